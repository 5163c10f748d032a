import { describe, expect, it } from 'vitest';
import { frenchTypographyErrors } from '../../../survey/typography.js';
import { analyse, type ReportContent } from './analysis.js';
import { besanconData, villageData } from './fixtures.js';
import { parseReportPeriod, previousPeriod } from './report-period.js';

const MADE_ON = new Date('2026-11-30T10:00:00Z');
const nb = (text: string) => text.replace(/\u202f/g, ' ');

/** Every sentence and label the report prints, for the typography check. */
function allText(content: ReportContent): string[] {
  return [
    content.notice ?? '',
    ...content.keyFigures.flatMap(({ label, value }) => [label, value]),
    ...content.trend.sentences,
    ...content.services.sentences,
    ...content.strengths,
    ...content.improvements,
    content.themes.note,
    ...content.methods,
  ];
}

describe('the report period', () => {
  it('reads a year and a quarter as months, with the previous period of the same length', () => {
    expect(parseReportPeriod('2026')).toMatchObject({ from: '2026-01', to: '2026-12', label: 'l’année 2026' });
    expect(parseReportPeriod('2026-T3')).toMatchObject({ from: '2026-07', to: '2026-09', title: '3e trimestre 2026' });
    expect(previousPeriod(parseReportPeriod('2026-T1'))).toMatchObject({ id: '2025-T4', from: '2025-10', to: '2025-12' });
  });

  it('refuses a malformed period with what is expected', () => {
    expect(() => parseReportPeriod('2026-Q1')).toThrow('expected a year (2026) or a quarter (2026-T1 to 2026-T4)');
    expect(() => parseReportPeriod('1999')).toThrow('expected a year between 2020 and 2100');
  });
});

describe('the analysis', () => {
  const content = analyse(besanconData(), MADE_ON);

  it('names the strongest and weakest criteria against the département, and only meaningful differences', () => {
    expect(content.strengths.map(nb)).toEqual([
      'L’accueil est le point fort : 90 % de satisfaits, au-dessus de la moyenne du département (78 %).',
      'La satisfaction générale fait mieux que la moyenne du département : 75 % de satisfaits contre 62 %.',
      'La satisfaction progresse : 75 % de satisfaits contre 60 % sur l’année 2025 (+15 points).',
    ]);
    expect(content.improvements.map(nb)).toEqual([
      'Le temps d’attente est le point à améliorer en priorité : 40 % de satisfaits, en dessous de la moyenne du département (60 %).',
    ]);
    // 70 % for accessibility against the département's 70 %: « comparable », never « au-dessus ».
    expect(content.comparison.find((row) => row.indicator === 'accessibilite')).toMatchObject({ vsDepartement: 'same', vsNational: 'same' });
  });

  it('says how participation and satisfaction moved since the period before', () => {
    expect(content.trend.sentences.map(nb)).toEqual([
      'Participation : 200 réponses, contre 150 sur l’année 2025.',
      'La satisfaction progresse : 75 % de satisfaits contre 60 % sur l’année 2025 (+15 points).',
    ]);
  });

  it('compares the services with the same services in the département', () => {
    expect(content.services.sentences.map(nb)).toEqual([
      'Le service « État civil » fait mieux que le même service dans le département : 90 % de satisfaits contre 65 %.',
      'Le service « Urbanisme » est en dessous du même service dans le département : 30 % de satisfaits contre 60 %.',
    ]);
  });

  it('gives the key figures and the comment themes as counts, never a comment', () => {
    expect(content.keyFigures.map(({ value }) => nb(value))).toEqual(['200', '180', '1,51', '8,1 / 10', '75 %']);
    expect(content.themes.terms).toEqual([
      { term: 'attente', comments: 18 },
      { term: 'accueil', comments: 12 },
      { term: 'horaires d’ouverture', comments: 7 },
      { term: 'parking', comments: 5 },
    ]);
  });

  it('writes every sentence in correct French typography', () => {
    for (const text of allText(content)) expect(frenchTypographyErrors(text), text).toEqual([]);
  });
});

describe('a territory with too few answers', () => {
  const content = analyse(villageData(), MADE_ON);

  it('still makes a report, which says why it says little and prints no suppressed figure', () => {
    expect(nb(content.notice ?? '')).toBe(
      'Seulement 3 réponses à la question générale sur le 3e trimestre 2026 : il en faut au moins 5 pour publier un chiffre, afin qu’aucune réponse ne puisse être attribuée à une personne. Ce rapport en dit donc peu ; il se remplira avec les réponses.',
    );
    expect(content.keyFigures.slice(3).map(({ value }) => value)).toEqual(['données insuffisantes', 'données insuffisantes']);
    expect(content.strengths).toEqual(['Trop peu de réponses pour dégager un point fort.']);
    expect(content.improvements).toEqual(['Trop peu de réponses pour dégager un point à améliorer.']);
    expect(content.comparison.every((row) => row.territory.rate === null && row.vsDepartement === null && row.vsNational === null)).toBe(true);
    expect(content.services.sentences.map(nb)).toEqual(['Aucun service ne compte assez de réponses (au moins 5) pour être comparé.']);
    expect(nb(content.themes.note)).toBe('Trop peu de commentaires (2) pour en dégager des thèmes : un thème doit revenir dans au moins 5 commentaires.');
    for (const text of allText(content)) expect(frenchTypographyErrors(text), text).toEqual([]);
  });
});

describe('the trend', () => {
  it('is not called a fall when the period before rests on a handful of answers', () => {
    const data = besanconData();
    // Five answers, all « Très bien », in 2025: 100 % whose own interval (57 % to 100 %) holds 2026's 75 %.
    data.previous = { ...data.previous, overall: { ...data.previous.overall, n: 5, rate: 1, score: 10, interval: { low: 0.5655, high: 1 } } };
    const content = analyse(data, MADE_ON);
    expect(content.trend.sentences[1]?.replace(/\u202f/g, ' ')).toBe(
      'La satisfaction est stable : 75 % de satisfaits contre 100 % sur l’année 2025, un écart qui peut s’expliquer par le hasard.',
    );
    expect(content.improvements.join(' ')).not.toContain('recule');
  });
});
