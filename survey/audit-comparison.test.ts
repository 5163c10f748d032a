import { describe, expect, it } from 'vitest';
import { compareAuditsWithCitizens, compareLine, DISAGREEMENT_POINTS, hasPublishedAudits, VERDICT_MARKS_FR, AUDIT_VERDICTS } from './audit-comparison.js';
import { auditFigure, MIN_AUDITS, type AuditFigures } from './audits.js';
import { CRITERIA } from './questionnaire.js';
import type { Results } from './results.js';
import { frenchTypographyErrors } from './typography.js';

const published = (score: number, audits = 4) => ({ audits, score, suppressed: false });
const citizen = (score: number | null, n = 20) => ({ n, score, suppressed: score === null });

describe('one criterion, auditors beside citizens', () => {
  it('flags a gap of the stated points or more, in the direction of the higher score, and only then', () => {
    expect(DISAGREEMENT_POINTS).toBe(2);
    expect(compareLine('accueil', published(8.3), citizen(6.3), MIN_AUDITS)).toMatchObject({ gap: 2, verdict: 'auditors-higher' });
    expect(compareLine('accueil', published(6.3), citizen(8.3), MIN_AUDITS)).toMatchObject({ gap: -2, verdict: 'citizens-higher' });
    expect(compareLine('accueil', published(8.29), citizen(6.3), MIN_AUDITS)).toMatchObject({ gap: 1.99, verdict: 'agree' });
    expect(compareLine('accueil', published(5), citizen(6.99), MIN_AUDITS)).toMatchObject({ gap: -1.99, verdict: 'agree' });
  });

  it('compares nothing when either side is suppressed, and says which side is missing', () => {
    const fewAudits = compareLine('attente', auditFigure(2, 1800), citizen(3), MIN_AUDITS);
    expect(fewAudits).toMatchObject({ gap: null, verdict: 'not-comparable' });
    expect(fewAudits.sentence).toBe('Pas de comparaison\u202f: moins de 3\u202faudits.');
    const fewAnswers = compareLine('attente', published(9), { n: 4, score: null, suppressed: true }, MIN_AUDITS);
    expect(fewAnswers.sentence).toBe('Pas de comparaison\u202f: moins de 5\u202fréponses d’usagers.');
    expect(compareLine('attente', auditFigure(0, 0), { n: 0, score: null, suppressed: true }, MIN_AUDITS).sentence).toBe(
      'Pas de comparaison\u202f: moins de 3\u202faudits et moins de 5\u202fréponses d’usagers.',
    );
  });

  it('says each verdict in a French sentence with the gap in points', () => {
    expect(compareLine('accueil', published(9.25), citizen(6.5), MIN_AUDITS).sentence).toBe(
      'Les auditeurs notent plus haut que les usagers (écart de 2,8\u202fpoints sur 10).',
    );
    expect(compareLine('accueil', published(4), citizen(7), MIN_AUDITS).sentence).toBe(
      'Les usagers notent plus haut que les auditeurs (écart de 3\u202fpoints sur 10).',
    );
    expect(compareLine('accueil', published(7), citizen(7.5), MIN_AUDITS).sentence).toBe(
      'Auditeurs et usagers concordent (écart de moins de 2\u202fpoints sur 10).',
    );
  });
});

describe('a territory’s year', () => {
  const figures: AuditFigures = {
    overall: published(7.1, 6),
    criteria: [
      { criterion: 'accessibilite', ...published(9, 6) },
      { criterion: 'accueil', ...published(5, 6) },
      { criterion: 'attente', ...published(6, 6) },
      { criterion: 'efficacite', ...auditFigure(2, 1500) },
      { criterion: 'en-ligne', ...auditFigure(0, 0) },
    ],
  };
  const indicator = (score: number | null, n = 12) => ({ ...citizen(score, n), rate: null, interval: null, distribution: null, notConcerned: 0 });
  const results: Pick<Results, 'overall' | 'criteria'> = {
    overall: indicator(7.5),
    criteria: { accessibilite: indicator(6.5), accueil: indicator(8), attente: indicator(6.4), efficacite: indicator(7), 'en-ligne': indicator(null, 3) },
  };

  it('gives every criterion in order and the overall, each with its verdict', () => {
    const comparison = compareAuditsWithCitizens({ threshold: MIN_AUDITS, figures }, results);
    expect(comparison.criteria.map((line) => line.indicator)).toEqual([...CRITERIA]);
    expect(comparison.criteria.map((line) => [line.gap, line.verdict])).toEqual([
      [2.5, 'auditors-higher'],
      [-3, 'citizens-higher'],
      [-0.4, 'agree'],
      [null, 'not-comparable'],
      [null, 'not-comparable'],
    ]);
    expect(comparison.overall).toMatchObject({ indicator: 'overall', gap: -0.4, verdict: 'agree', citizens: { n: 12, score: 7.5 } });
    expect(comparison.criteria[3]?.auditors).toEqual({ audits: 2, score: null, suppressed: true });
  });

  it('reads a criterion missing from the audit figures as no audit', () => {
    const comparison = compareAuditsWithCitizens({ threshold: MIN_AUDITS, figures: { overall: figures.overall, criteria: [] } }, results);
    expect(comparison.criteria[0]).toMatchObject({ auditors: { audits: 0, suppressed: true }, verdict: 'not-comparable' });
  });

  it('knows whether there is anything published to show beside the citizens', () => {
    expect(hasPublishedAudits({ figures })).toBe(true);
    const none = { overall: auditFigure(2, 1400), criteria: CRITERIA.map((criterion) => ({ criterion, ...auditFigure(2, 1400) })) };
    expect(hasPublishedAudits({ figures: none })).toBe(false);
  });
});

describe('the words', () => {
  it('are French typography, and every verdict has its own symbol and words', () => {
    const sentences = [
      compareLine('accueil', published(9.25), citizen(6.5), MIN_AUDITS).sentence,
      compareLine('accueil', published(4), citizen(7), MIN_AUDITS).sentence,
      compareLine('accueil', published(7), citizen(7), MIN_AUDITS).sentence,
      compareLine('accueil', auditFigure(0, 0), { n: 0, score: null, suppressed: true }, MIN_AUDITS).sentence,
      ...AUDIT_VERDICTS.map((verdict) => VERDICT_MARKS_FR[verdict].words),
    ];
    expect(sentences.flatMap(frenchTypographyErrors)).toEqual([]);
    expect(new Set(AUDIT_VERDICTS.map((verdict) => VERDICT_MARKS_FR[verdict].symbol)).size).toBe(AUDIT_VERDICTS.length);
    expect(new Set(AUDIT_VERDICTS.map((verdict) => VERDICT_MARKS_FR[verdict].words)).size).toBe(AUDIT_VERDICTS.length);
  });
});
