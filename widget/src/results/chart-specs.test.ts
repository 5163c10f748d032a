import { describe, expect, it } from 'vitest';
import type { Benchmarks } from '../../../survey/benchmarks.js';
import type { CriterionIndicator, Results, SummaryFigure } from '../../../survey/results.js';
import { chartSpecs, type ChartSpec } from './chart-specs.js';
import { COLORS } from './chart-config.js';
import { horizontalChartRem } from './chart-layout.js';

const suppressed = { n: 3, score: null, rate: null, interval: null, distribution: null, suppressed: true };
const criterion = (n: number, score: number | null): CriterionIndicator =>
  score === null
    ? { ...suppressed, n, notConcerned: 0 }
    : { n, score, rate: 0.5, interval: { low: 0.3, high: 0.7 }, distribution: {}, suppressed: false, notConcerned: 1 };
const figure = (score: number | null): SummaryFigure =>
  score === null ? { n: 2, score: null, rate: null, suppressed: true } : { n: 40, score, rate: 0.6, suppressed: false };

const results: Results = {
  territory: { id: 'commune:39131', kind: 'commune', name: 'La Chaux-du-Dombief', population: 574, departement: '39' },
  questionnaire: 'v1',
  filters: { service: null, channel: null, from: '2026-01', to: '2026-03' },
  answers: 12,
  respondents: 10,
  participation: 17.42,
  overall: {
    n: 12,
    score: 7.25,
    rate: 0.75,
    interval: { low: 0.47, high: 0.91 },
    distribution: { 'pas-bien': 1, moyen: 2, 'tres-bien': 9 },
    suppressed: false,
  },
  criteria: {
    accessibilite: criterion(12, 8),
    accueil: criterion(12, 6.5),
    attente: criterion(3, null),
    efficacite: criterion(11, 9),
    'en-ligne': criterion(4, null),
  },
  breakdown: { sources: { site: 3, qr: 9 }, services: { mairie: 8, bibliotheque: 4 }, channels: {} },
  months: [
    { month: '2026-01', answers: 2, overall: figure(null) },
    { month: '2026-02', answers: 10, overall: { n: 10, score: 7.5, rate: 0.8, suppressed: false } },
  ],
  excluded: { refused: 0, flagged: 0, capped: 0 },
};

const benchmarks: Benchmarks = {
  period: { year: null, from: '2026-01', to: '2026-03' },
  filters: { service: null, channel: null },
  national: {
    answers: 1000,
    indicators: { overall: figure(6), accessibilite: figure(7), accueil: figure(7.5), attente: figure(5), efficacite: figure(6.5), 'en-ligne': figure(null) },
  },
  departement: { code: '39', name: 'Jura', answers: 80, indicators: { overall: figure(6.8), accueil: figure(7) } },
};

const byId = (specs: ChartSpec[], id: ChartSpec['id']) => {
  const spec = specs.find((item) => item.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
};

describe('chartSpecs', () => {
  const specs = chartSpecs({ results, benchmarks });

  it('gives the seven charts, in order', () => {
    expect(specs.map((spec) => spec.id)).toEqual(['criteria', 'distribution', 'trend', 'participation', 'sources', 'services', 'channels']);
  });

  it('compares each indicator with the département and France, leaving suppressed figures out', () => {
    const spec = byId(specs, 'criteria');
    expect(spec.config.type).toBe('bar');
    // Horizontal bars, each label wrapped into lines and whole once joined; the chart grows with its bars.
    expect(spec.config.options).toMatchObject({ indexAxis: 'y', scales: { x: { max: 10 } } });
    expect(spec.heightRem).toBe(horizontalChartRem(spec.config.data.labels as string[][], 3));
    expect((spec.config.data.labels as string[][]).map((lines) => lines.join(' '))).toEqual([
      'Appréciation générale',
      'Accessibilité du service (horaires, lieu, téléphone)',
      'Accueil et courtoisie',
      'Temps d’attente',
      'Efficacité (réponse claire, demande traitée)',
      'Démarches en ligne',
    ]);
    expect(spec.config.data.datasets.map((dataset) => [dataset.label, dataset.data, dataset.backgroundColor])).toEqual([
      ['La Chaux-du-Dombief', [7.25, 8, 6.5, null, 9, null], COLORS.territory],
      ['Jura (moyenne)', [6.8, null, 7, null, null, null], COLORS.departement],
      ['France (moyenne)', [6, 7, 7.5, 5, 6.5, null], COLORS.national],
    ]);
    expect(spec.config.options?.scales?.x).toMatchObject({ beginAtZero: true, max: 10 });
    expect(spec.config.options?.plugins?.legend?.display).toBe(true);
    expect(spec.table.head).toEqual(['Indicateur', 'La Chaux-du-Dombief', 'Jura', 'France']);
    expect(spec.table.rows[0]).toEqual(['Appréciation générale', '7,3\u202f/\u202f10', '6,8\u202f/\u202f10', '6\u202f/\u202f10']);
    expect(spec.table.rows[3]).toEqual(['Temps d’attente', 'Données insuffisantes', 'Données insuffisantes', '5\u202f/\u202f10']);
    expect(spec.summary).toMatch(
      /^Notes sur 10 par critère, comparées au département et à la France\. Appréciation générale\u202f: 7,3\u202f\/\u202f10 \(département 6,8\u202f\/\u202f10, France 6\u202f\/\u202f10\)\u202f; /u,
    );
    expect(spec.insufficient).toBeUndefined();
  });

  it('drops the département series when the benchmarks have none', () => {
    const spec = byId(chartSpecs({ results, benchmarks: { ...benchmarks, departement: null } }), 'criteria');
    expect(spec.config.data.datasets.map((dataset) => dataset.label)).toEqual(['La Chaux-du-Dombief', 'France (moyenne)']);
    expect(spec.table.head[2]).toBe('Département');
  });

  it('labels the averages as filtered like the figures beside them', () => {
    const filtered = { ...benchmarks, filters: { service: 'mairie' as const, channel: null } };
    const spec = byId(chartSpecs({ results, benchmarks: filtered }), 'criteria');
    expect(spec.config.data.datasets.map((dataset) => dataset.label)).toEqual([
      'La Chaux-du-Dombief',
      'Jura (moyenne, même filtre)',
      'France (moyenne, même filtre)',
    ]);
  });

  it('counts the overall answers per level, or says they are too few', () => {
    const spec = byId(specs, 'distribution');
    expect(spec.config.data.labels).toEqual(['Pas bien', 'Moyen', 'Très bien']);
    expect(spec.config.data.datasets[0]?.data).toEqual([1, 2, 9]);
    expect(spec.config.options?.plugins?.legend?.display).toBe(false);
    expect(spec.table.rows).toEqual([
      ['Pas bien', 1],
      ['Moyen', 2],
      ['Très bien', 9],
    ]);
    expect(spec.summary).toBe('Répartition des réponses à la question générale. Pas bien\u202f: 1, Moyen\u202f: 2, Très bien\u202f: 9');
    expect(spec.insufficient).toBe(false);

    const few = byId(chartSpecs({ results: { ...results, overall: { ...suppressed } }, benchmarks }), 'distribution');
    expect(few.insufficient).toBe(true);
    expect(few.table.rows[0]).toEqual(['Pas bien', 'Données insuffisantes']);
  });

  it('draws the months as a line of scores, with a gap where a month has too few answers, and as bars of answers', () => {
    const trend = byId(specs, 'trend');
    expect(trend.config.type).toBe('line');
    expect(trend.config.data.labels).toEqual(['janv. 2026', 'févr. 2026']);
    expect(trend.config.data.datasets[0]?.data).toEqual([null, 7.5]);
    expect(trend.table.rows).toEqual([
      ['janv. 2026', 2, 'Données insuffisantes', 'Données insuffisantes'],
      ['févr. 2026', 10, '7,5\u202f/\u202f10', '80\u202f%'],
    ]);

    const participation = byId(specs, 'participation');
    expect(participation.config.type).toBe('bar');
    expect(participation.config.data.datasets[0]?.data).toEqual([2, 10]);
    expect(participation.table.rows).toEqual([
      ['janv. 2026', 2, '3,48'],
      ['févr. 2026', 10, '17,42'],
    ]);
    expect(participation.summary).toBe('Participation\u202f: réponses par mois. janv. 2026\u202f: 2, févr. 2026\u202f: 10');
  });

  it('sorts each breakdown by answers, in French names, and marks an empty one as insufficient', () => {
    const sources = byId(specs, 'sources');
    expect(sources.config.options).toMatchObject({ indexAxis: 'y', scales: { x: { beginAtZero: true } } });
    expect((sources.config.data.labels as string[][]).map((lines) => lines.join(' '))).toEqual([
      'Code QR (sans support précisé)',
      'Site internet (questionnaire intégré)',
    ]);
    expect(sources.config.data.datasets[0]?.data).toEqual([9, 3]);
    expect(sources.summary).toBe(
      'Réponses par provenance. Réponses par provenance\u202f: Code QR (sans support précisé) 9, Site internet (questionnaire intégré) 3.',
    );

    const services = byId(specs, 'services');
    expect(services.table.rows).toEqual([
      ['Mairie', 8],
      ['Bibliothèque, médiathèque', 4],
    ]);

    const channels = byId(specs, 'channels');
    expect(channels.insufficient).toBe(true);
    expect(channels.table.rows).toEqual([]);
    expect(channels.summary).toBe('Réponses par canal. Réponses par canal\u202f: aucune réponse.');
  });
});
