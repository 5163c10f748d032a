/**
 * Replies of the audits API for the audit report's tests, parsed with the contract's schemas
 * (survey/audits.ts) so they cannot drift from it: Besançon with twelve audits in 2026, with and
 * without the item detail, and a village with two (every figure suppressed). The citizens'
 * results are the analysis report's fixtures for the same territories.
 * @module
 */
import type { AuditChannel } from '../../../survey/audit-grid.js';
import { AuditResultsSchema, auditFigure, gridItem, type AuditResults } from '../../../survey/audits.js';
import type { Criterion } from '../../../survey/questionnaire.js';
import type { AuditReportData } from './audit-data.js';
import { besanconData, villageData } from './fixtures.js';

/** A figure from its audits and mean score, through the contract's own `auditFigure` (suppressed below 3 audits). */
const figure = (audits: number, mean: number) => auditFigure(audits, Math.round(mean * 100) * audits);

type Scores = [audits: number, mean: number];
const figures = (overall: Scores, criteria: Record<Criterion, Scores>) => ({
  overall: figure(...overall),
  criteria: (Object.entries(criteria) as [Criterion, Scores][]).map(([criterion, scores]) => ({ criterion, ...figure(...scores) })),
});

const DEPARTEMENT = figures([40, 6.9], {
  accessibilite: [40, 7.8],
  accueil: [40, 7],
  attente: [38, 6.5],
  efficacite: [40, 7.2],
  'en-ligne': [21, 6.1],
});
const FRANCE = figures([900, 7.05], {
  accessibilite: [900, 7.6],
  accueil: [900, 7.4],
  attente: [850, 6.2],
  efficacite: [900, 7.1],
  'en-ligne': [500, 6.4],
});

/** One item's figures over the year, its label and criterion read from grid v1. */
function item(channel: AuditChannel, id: string, counted: number, notApplicable: number, met: number | null, meanValue: number | null = null) {
  const entry = gridItem(channel, id);
  if (!entry) throw new Error(`no item ${id} in the ${channel} grid`);
  return { channel, item: id, label: entry.label, criterion: entry.criterion, counted, notApplicable, met, meanValue };
}

/**
 * Besançon, 2026: twelve audits; accessibility and accueil above the département, efficacy and
 * attente below; accessibility rated over 2 points higher by the auditors than by the citizens
 * (9.5 against 7.3), efficacy over 2 points lower (5.25 against 7.4), accueil and attente within
 * 2 points; online procedures audited twice only (suppressed).
 */
export function besanconAudits(withDetail: boolean): AuditReportData {
  const citizens = besanconData().results;
  const audits: AuditResults = AuditResultsSchema.parse({
    territory: citizens.territory,
    year: 2026,
    grid: 'v1',
    threshold: 3,
    audits: 12,
    figures: figures([12, 7.42], {
      accessibilite: [12, 9.5],
      accueil: [12, 8.75],
      attente: [10, 5.21],
      efficacite: [12, 5.25],
      'en-ligne': [2, 6],
    }),
    channels: [
      {
        channel: 'accueil-physique',
        ...figures([5, 8.12], { accessibilite: [5, 8], accueil: [5, 9], attente: [5, 6], efficacite: [5, 7], 'en-ligne': [0, 0] }),
      },
      { channel: 'telephone', ...figures([4, 6.4], { accessibilite: [4, 9], accueil: [4, 8], attente: [4, 4.5], efficacite: [4, 5.5], 'en-ligne': [1, 10] }) },
      { channel: 'courriel', ...figures([3, 7.1], { accessibilite: [3, 8], accueil: [3, 9], attente: [1, 5], efficacite: [3, 6], 'en-ligne': [1, 0] }) },
      { channel: 'site-internet', ...figures([2, 9], { accessibilite: [0, 0], accueil: [0, 0], attente: [0, 0], efficacite: [0, 0], 'en-ligne': [0, 0] }) },
    ],
    references: { departement: DEPARTEMENT, france: FRANCE },
    detail: withDetail
      ? {
          items: [
            item('accueil-physique', 'horaires-affiches', 5, 0, 0.4),
            item('accueil-physique', 'attente-minutes', 5, 0, 0.3, 18.4),
            item('accueil-physique', 'salutation', 5, 0, 1),
            item('accueil-physique', 'entree-sans-marche', 0, 5, null),
            item('telephone', 'sonneries', 4, 0, 0.5, 6),
            item('telephone', 'presentation', 4, 0, 0.75),
            item('courriel', 'accuse-reception', 3, 0, 0.3333),
            // Counted in two audits only: never listed, however often failed.
            item('site-internet', 'declaration-accessibilite', 2, 0, 0),
          ],
          audits: [],
        }
      : null,
  });
  return { year: 2026, audits, citizens, departementName: 'Doubs' };
}

/** A village audited twice in 2026: every figure of its own suppressed, the references published. */
export function villageAudits(): AuditReportData {
  const citizens = villageData().results;
  const two: Scores = [2, 4.5];
  const audits = AuditResultsSchema.parse({
    territory: citizens.territory,
    year: 2026,
    grid: 'v1',
    threshold: 3,
    audits: 2,
    figures: figures(two, { accessibilite: two, accueil: two, attente: two, efficacite: two, 'en-ligne': [0, 0] }),
    channels: [{ channel: 'telephone', ...figures(two, { accessibilite: two, accueil: two, attente: two, efficacite: two, 'en-ligne': [0, 0] }) }],
    references: { departement: DEPARTEMENT, france: FRANCE },
    detail: null,
  });
  return { year: 2026, audits, citizens, departementName: 'Doubs' };
}
