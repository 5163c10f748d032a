/**
 * The auditors beside the citizens (issue 20): per criterion, and overall, the mystery audits'
 * score out of 10 next to the citizens' score out of 10 the same year, the gap between them and a
 * verdict. The dashboard and `<barometre-resultats>` both read it; neither decides on its own when
 * the two disagree.
 *
 * Types only from the contracts (no zod at run time): `<barometre-resultats>` imports this file,
 * and the threshold of audits comes from the API's reply (`threshold`), not from audits.ts.
 * @module
 */
import { frenchNumber, NNBSP } from './french-figures.js';
import { CRITERIA, type Criterion } from './questionnaire.js';
import type { AuditFigure, AuditResults } from './audits.js';
import type { Results } from './results.js';
import { MIN_ANSWERS } from './scoring.js';

/**
 * Points out of 10 from which the auditors and the citizens are said to disagree. The two do not
 * measure the same thing: the auditors check a fixed grid (was the phone answered by the fourth
 * ring, did the agent introduce themself), the citizens say how satisfied they were. A gap of a
 * point or so is what two such measures give for one and the same service, so only a wide gap —
 * a fifth of the scale — is worth a flag a reader acts on.
 */
export const DISAGREEMENT_POINTS = 2;

export const AUDIT_VERDICTS = ['auditors-higher', 'citizens-higher', 'agree', 'not-comparable'] as const;
export type AuditVerdict = (typeof AUDIT_VERDICTS)[number];

/** The citizens' side of one line: answers counted and the score, null when suppressed. */
export interface CitizensFigure {
  n: number;
  score: number | null;
  suppressed: boolean;
}

export interface AuditComparisonLine {
  /** A criterion, or `overall` (the audits' overall score beside the citizens' « appréciation générale »). */
  indicator: Criterion | 'overall';
  auditors: AuditFigure;
  citizens: CitizensFigure;
  /** Auditors minus citizens, in points out of 10 rounded to hundredths; null unless both are published. */
  gap: number | null;
  verdict: AuditVerdict;
  /** One French sentence saying the verdict, for a reader (French typography). */
  sentence: string;
}

export interface AuditComparison {
  /** Fewest audits a published audit figure rests on (the reply's `threshold`). */
  threshold: number;
  overall: AuditComparisonLine;
  /** The five criteria, in CRITERIA order. */
  criteria: AuditComparisonLine[];
}

const points = (value: number) => `${frenchNumber(value, 1)}${NNBSP}point${Math.abs(value) >= 2 ? 's' : ''} sur 10`;

/** The sentence of a verdict; `gap` is the signed gap when there is one. */
export function verdictSentence(verdict: AuditVerdict, gap: number | null, why: { auditors: boolean; citizens: boolean; threshold: number }): string {
  switch (verdict) {
    case 'auditors-higher':
      return `Les auditeurs notent plus haut que les usagers (écart de ${points(Math.abs(gap ?? 0))}).`;
    case 'citizens-higher':
      return `Les usagers notent plus haut que les auditeurs (écart de ${points(Math.abs(gap ?? 0))}).`;
    case 'agree':
      return `Auditeurs et usagers concordent (écart de moins de ${DISAGREEMENT_POINTS}${NNBSP}points sur 10).`;
    case 'not-comparable': {
      const missing = [
        why.auditors ? `moins de ${why.threshold}${NNBSP}audits` : '',
        why.citizens ? `moins de ${MIN_ANSWERS}${NNBSP}réponses d’usagers` : '',
      ].filter(Boolean);
      return `Pas de comparaison${NNBSP}: ${missing.join(' et ')}.`;
    }
  }
}

/** One line: the verdict only when both figures are published, a flag only from DISAGREEMENT_POINTS on. */
export function compareLine(indicator: Criterion | 'overall', auditors: AuditFigure, citizens: CitizensFigure, threshold: number): AuditComparisonLine {
  const auditorsOut = auditors.suppressed || auditors.score === null;
  const citizensOut = citizens.suppressed || citizens.score === null;
  // Hundredths, so 8,3 − 6,3 is 2 and not 1,9999999999999996: both scores are given in hundredths.
  const gap = auditorsOut || citizensOut ? null : Math.round(((auditors.score ?? 0) - (citizens.score ?? 0)) * 100) / 100;
  const verdict: AuditVerdict =
    gap === null ? 'not-comparable' : gap >= DISAGREEMENT_POINTS ? 'auditors-higher' : gap <= -DISAGREEMENT_POINTS ? 'citizens-higher' : 'agree';
  const citizensFigure = { n: citizens.n, score: citizensOut ? null : citizens.score, suppressed: citizensOut };
  return {
    indicator,
    auditors: { audits: auditors.audits, score: auditorsOut ? null : auditors.score, suppressed: auditorsOut },
    citizens: citizensFigure,
    gap,
    verdict,
    sentence: verdictSentence(verdict, gap, { auditors: auditorsOut, citizens: citizensOut, threshold }),
  };
}

/**
 * The audits of a territory's year beside its citizens' results for the same year (the caller
 * asks `/results` for that calendar year: like with like). A criterion no audit observed is
 * « not comparable », like one the citizens did not rate often enough.
 */
export function compareAuditsWithCitizens(
  audits: Pick<AuditResults, 'threshold' | 'figures'>,
  citizens: Pick<Results, 'overall' | 'criteria'>,
): AuditComparison {
  const none: AuditFigure = { audits: 0, score: null, suppressed: true };
  return {
    threshold: audits.threshold,
    overall: compareLine('overall', audits.figures.overall, citizens.overall, audits.threshold),
    criteria: CRITERIA.map((criterion) =>
      compareLine(criterion, audits.figures.criteria.find((line) => line.criterion === criterion) ?? none, citizens.criteria[criterion], audits.threshold),
    ),
  };
}

/** True when the territory has at least one published audit figure that year: otherwise nothing is shown beside the citizens. */
export const hasPublishedAudits = (audits: Pick<AuditResults, 'figures'>) =>
  !audits.figures.overall.suppressed || audits.figures.criteria.some((line) => !line.suppressed);

/**
 * The verdict as a symbol and words, never colour alone: the arrow points the auditors' way
 * (▲ above the citizens, ▼ below), « ≈ » when they agree, « — » when there is nothing to compare.
 */
export const VERDICT_MARKS_FR: Readonly<Record<AuditVerdict, { symbol: string; words: string }>> = {
  'auditors-higher': { symbol: '▲', words: 'auditeurs plus haut' },
  'citizens-higher': { symbol: '▼', words: 'usagers plus haut' },
  agree: { symbol: '≈', words: 'concordent' },
  'not-comparable': { symbol: '—', words: 'non comparable' },
};
