import { describe, expect, it } from 'vitest';
import { frenchTypographyErrors } from '../../../survey/typography.js';
import { analyseAudits, DETAIL_RESERVED_NOTE, type AuditReportContent } from './audit-analysis.js';
import { besanconAudits, villageAudits } from './audit-fixtures.js';

const MADE_ON = new Date('2026-11-30T10:00:00Z');
const nb = (text: string) => text.replace(/\u202f/g, ' ');

/** Every sentence and label the audit report prints, for the typography check. */
function allText(content: AuditReportContent): string[] {
  return [
    content.notice ?? '',
    ...content.keyFigures.flatMap(({ label, value }) => [label, value]),
    ...content.findings,
    ...content.citizens,
    content.items?.note ?? DETAIL_RESERVED_NOTE,
    ...content.methods,
  ];
}

describe('the audit analysis', () => {
  const content = analyseAudits(besanconAudits(true), MADE_ON);

  it('gives the key figures from the reply', () => {
    expect(content.keyFigures.map(({ label, value }) => `${label} ${nb(value)}`)).toEqual([
      'Audits comptés 12',
      'Canaux audités 4',
      'Note globale des audits 7,4 / 10',
      'Note globale des usagers 8,1 / 10',
    ]);
  });

  it('writes what the audits show from published figures only, a gap with the département from one point', () => {
    expect(content.findings.map(nb)).toEqual([
      'Note globale des audits : 7,4 / 10 sur 12 audits, contre 6,9 / 10 dans le département et 7,1 / 10 en France.',
      // Online procedures (two audits, 6 / 10) are suppressed: never the weakest, never named.
      'Le critère le mieux noté par les auditeurs est l’accessibilité du service (9,5 / 10) ; le moins bien noté, le temps d’attente (5,2 / 10).',
      'L’accessibilité du service est notée au-dessus de la moyenne du département : 9,5 / 10 contre 7,8 / 10.',
      'L’accueil est noté au-dessus de la moyenne du département : 8,8 / 10 contre 7 / 10.',
      'L’efficacité est notée en dessous de la moyenne du département : 5,3 / 10 contre 7,2 / 10.',
      'Le temps d’attente est noté en dessous de la moyenne du département : 5,2 / 10 contre 6,5 / 10.',
      // The site (two audits, 9 / 10) is suppressed: not the best channel.
      'Par canal, la meilleure note va aux visites sur place (8,1 / 10), la plus basse aux appels téléphoniques (6,4 / 10).',
    ]);
  });

  it('sets the citizens’ score beside the auditors’ on each criterion both publish, with the dashboard’s verdicts', () => {
    expect(content.citizens.map(nb)).toEqual([
      // The dashboard's rule (DISAGREEMENT_POINTS): 2 points apart or more, else « à moins de 2 points ».
      'Sur l’accessibilité du service, les auditeurs notent plus favorablement que les usagers : 9,5 / 10 contre 7,3 / 10.',
      'Sur l’efficacité, les auditeurs notent plus sévèrement que les usagers : 5,3 / 10 contre 7,4 / 10.',
      'Sur l’accueil et le temps d’attente, auditeurs et usagers sont à moins de 2 points d’écart.',
    ]);
    expect(content.criteria.map((row) => [row.criterion, row.citizens.score])).toEqual([
      ['overall', 8.1],
      ['accessibilite', 7.3],
      ['accueil', 8.9],
      ['attente', 5.2],
      ['efficacite', 7.4],
      ['en-ligne', 6.5],
    ]);
  });

  it('lists the items most often failed, lowest first, leaving out those counted in fewer than 3 audits and those always met', () => {
    expect(content.items?.rows.map((row) => [row.channel, row.item, row.counted, row.met, row.meanValue])).toEqual([
      ['accueil-physique', 'attente-minutes', 5, 0.3, '18,4 minutes'],
      ['courriel', 'accuse-reception', 3, 0.3333, null],
      ['accueil-physique', 'horaires-affiches', 5, 0.4, null],
      ['telephone', 'sonneries', 4, 0.5, '6 sonneries'],
      ['telephone', 'presentation', 4, 0.75, null],
    ]);
    expect(nb(content.items?.note ?? '')).toBe(
      'Le point le plus souvent manqué : « Minutes d’attente avant d’être reçu » (visite sur place), engagement tenu à 30 % sur 5 audits, en moyenne 18,4 minutes. La liste ne retient que les points observés dans au moins 3 audits.',
    );
  });

  it('without the detail (no admin token), lists no item and the report says so', () => {
    const open = analyseAudits(besanconAudits(false), MADE_ON);
    expect(open.items).toBeNull();
    expect(open.findings).toEqual(content.findings);
    expect(nb(DETAIL_RESERVED_NOTE)).toMatch(/^Détail par point réservé à la collectivité : /);
  });

  it('writes every sentence in correct French typography', () => {
    for (const text of allText(content)) expect(frenchTypographyErrors(text), text).toEqual([]);
  });
});

describe('a territory with fewer than 3 audits', () => {
  const content = analyseAudits(villageAudits(), MADE_ON);

  it('says why it says little, and prints « moins de 3 audits » in place of every own score', () => {
    expect(nb(content.notice ?? '')).toBe(
      'Seulement 2 audits en 2026 : il en faut au moins 3 pour publier une note, afin qu’aucun agent ne puisse être reconnu. Ce rapport en dit donc peu.',
    );
    expect(content.keyFigures.map(({ value }) => value)).toEqual(['2', '1', 'moins de 3 audits', 'données insuffisantes']);
    expect(content.findings).toEqual(['Trop peu d’audits pour dégager un point fort ou un point faible.']);
    expect(nb(content.citizens.join(' '))).toBe(
      'Pas de comparaison possible avec les usagers : il faut, sur un même critère, au moins 3 audits et 5 réponses d’usagers.',
    );
    expect(content.criteria.every((row) => row.territory.suppressed && row.territory.score === null)).toBe(true);
    for (const text of allText(content)) expect(frenchTypographyErrors(text), text).toEqual([]);
  });
});
