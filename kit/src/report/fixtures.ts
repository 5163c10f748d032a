/**
 * Replies of the API for the report's tests, parsed with the contract's schemas so they cannot
 * drift from it: Besançon with enough answers to compare, and a village with three.
 * @module
 */
import { BenchmarksSchema } from '../../../survey/benchmarks.js';
import { CommentThemesSchema } from '../../../survey/comment-themes.js';
import { ResultsSchema, type Results } from '../../../survey/results.js';
import { wilsonInterval } from '../../../survey/scoring.js';
import { ServicesSchema } from '../../../survey/services.js';
import type { ReportData } from './report-data.js';
import { parseReportPeriod, previousPeriod } from './report-period.js';

const indicator = (n: number, satisfied: number, score: number) =>
  n < 5
    ? { n, score: null, rate: null, interval: null, distribution: null, suppressed: true }
    : { n, score, rate: Math.round((satisfied / n) * 10000) / 10000, interval: wilsonInterval(satisfied, n), distribution: {}, suppressed: false };
const summary = (n: number, satisfied: number, score: number) =>
  n < 5 ? { n, score: null, rate: null, suppressed: true } : { n, score, rate: Math.round((satisfied / n) * 10000) / 10000, suppressed: false };
const withInterval = (n: number, satisfied: number, score: number) => ({
  ...summary(n, satisfied, score),
  interval: n < 5 ? null : wilsonInterval(satisfied, n),
});

const BESANCON = { id: 'commune:25056', kind: 'commune', name: 'Besançon', population: 119198, departement: '25' } as const;
const VILLAGE = { id: 'commune:25001', kind: 'commune', name: 'Abbans-Dessous', population: 250, departement: '25' } as const;

function results(
  territory: typeof BESANCON | typeof VILLAGE,
  from: string,
  to: string,
  answers: number,
  overall: [number, number, number],
  criteria: Record<string, [number, number, number]>,
): Results {
  return ResultsSchema.parse({
    territory,
    questionnaire: 'v1',
    filters: { service: null, channel: null, from, to },
    answers,
    respondents: Math.round(answers * 0.9),
    participation: Math.round(((answers * 0.9) / territory.population) * 100000) / 100,
    overall: indicator(...overall),
    criteria: Object.fromEntries(Object.entries(criteria).map(([key, value]) => [key, { ...indicator(...value), notConcerned: 3 }])),
    breakdown: { sources: answers >= 100 ? { site: 120, 'affiche-a4': 60, qr: 20 } : { site: answers }, services: {}, channels: {} },
    months: answers >= 100 ? [{ month: `${from.slice(0, 4)}-03`, answers: 200, overall: summary(...overall) }] : [],
    excluded: { refused: 2, flagged: 1, capped: 4 },
  });
}

const benchmarks = (from: string, to: string) =>
  BenchmarksSchema.parse({
    period: { from, to, year: null },
    filters: { service: null, channel: null },
    national: {
      answers: 50000,
      indicators: {
        overall: summary(50000, 30000, 7.1),
        accessibilite: summary(48000, 33600, 7.2),
        accueil: summary(48000, 37440, 7.8),
        attente: summary(47000, 28200, 6.1),
        efficacite: summary(47000, 32900, 7),
        'en-ligne': summary(30000, 18000, 6.4),
      },
    },
    departement: {
      code: '25',
      name: 'Doubs',
      answers: 2000,
      indicators: {
        overall: summary(2000, 1240, 7.3),
        accessibilite: summary(1900, 1330, 7.2),
        accueil: summary(1900, 1482, 7.9),
        attente: summary(1900, 1140, 6.2),
        efficacite: summary(1900, 1330, 7),
        'en-ligne': summary(1200, 720, 6.3),
      },
    },
  });

const side = (answers: number, overall: [number, number, number]) => ({
  answers,
  indicators: Object.fromEntries(['overall', 'accessibilite', 'accueil', 'attente', 'efficacite', 'en-ligne'].map((key) => [key, withInterval(...overall)])),
});
const same = { departement: 'same', national: 'same' } as const;

const services = (territory: typeof BESANCON | typeof VILLAGE, from: string, to: string, rich: boolean) =>
  ServicesSchema.parse({
    territory,
    period: { from, to, year: null },
    filters: { channel: null },
    departement: { code: '25', name: 'Doubs' },
    services: rich
      ? [
          {
            service: 'mairie',
            territory: side(120, [120, 70, 7.4]),
            departement: side(900, [900, 540, 7.2]),
            national: side(20000, [20000, 12000, 7.1]),
            differences: { overall: same, accessibilite: same, accueil: same, attente: same, efficacite: same, 'en-ligne': same },
          },
          {
            service: 'etat-civil',
            territory: side(50, [50, 45, 9.1]),
            departement: side(400, [400, 260, 7.4]),
            national: side(9000, [9000, 5850, 7.3]),
            differences: {
              overall: { departement: 'higher', national: 'higher' },
              accessibilite: same,
              accueil: same,
              attente: same,
              efficacite: same,
              'en-ligne': same,
            },
          },
          {
            service: 'urbanisme',
            territory: side(30, [30, 9, 4.8]),
            departement: side(200, [200, 120, 7]),
            national: side(5000, [5000, 3000, 6.9]),
            differences: {
              overall: { departement: 'lower', national: 'lower' },
              accessibilite: same,
              accueil: same,
              attente: same,
              efficacite: same,
              'en-ligne': same,
            },
          },
        ]
      : [
          {
            service: 'mairie',
            territory: side(3, [3, 2, 0]),
            departement: side(900, [900, 540, 7.2]),
            national: side(20000, [20000, 12000, 7.1]),
            differences: {
              overall: { departement: null, national: null },
              accessibilite: { departement: null, national: null },
              accueil: { departement: null, national: null },
              attente: { departement: null, national: null },
              efficacite: { departement: null, national: null },
              'en-ligne': { departement: null, national: null },
            },
          },
        ],
    significance: 'Un écart est signalé seulement…',
  });

const themes = (territory: typeof BESANCON | typeof VILLAGE, from: string, to: string, rich: boolean) =>
  CommentThemesSchema.parse({
    territory,
    period: { from, to, year: null },
    filters: { service: null, channel: null },
    comments: rich ? 64 : 2,
    themes: rich
      ? [
          { term: 'attente', comments: 18 },
          { term: 'accueil', comments: 12 },
          { term: 'horaires d’ouverture', comments: 7 },
          { term: 'parking', comments: 5 },
        ]
      : [],
  });

/** Besançon, 2026: 200 answers, « accueil » well above the département, « attente » well below, satisfaction up on 2025. */
export function besanconData(): ReportData {
  const period = parseReportPeriod('2026');
  const before = previousPeriod(period);
  return {
    period,
    previousPeriod: before,
    results: results(BESANCON, period.from, period.to, 200, [200, 150, 8.1], {
      accessibilite: [190, 133, 7.3],
      accueil: [190, 171, 8.9],
      attente: [185, 74, 5.2],
      efficacite: [188, 135, 7.4],
      'en-ligne': [120, 74, 6.5],
    }),
    previous: results(BESANCON, before.from, before.to, 150, [150, 90, 7.2], {
      accessibilite: [140, 90, 7],
      accueil: [140, 110, 8],
      attente: [140, 60, 5.5],
      efficacite: [140, 95, 7],
      'en-ligne': [90, 50, 6],
    }),
    benchmarks: benchmarks(period.from, period.to),
    services: services(BESANCON, period.from, period.to, true),
    themes: themes(BESANCON, period.from, period.to, true),
  };
}

/** A village with three answers in the 3rd quarter of 2026: every figure suppressed. */
export function villageData(): ReportData {
  const period = parseReportPeriod('2026-T3');
  const before = previousPeriod(period);
  const few: [number, number, number] = [3, 2, 0];
  const criteria = { accessibilite: few, accueil: few, attente: few, efficacite: few, 'en-ligne': few };
  return {
    period,
    previousPeriod: before,
    results: results(VILLAGE, period.from, period.to, 3, few, criteria),
    previous: results(VILLAGE, before.from, before.to, 1, [1, 1, 0], criteria),
    benchmarks: benchmarks(period.from, period.to),
    services: services(VILLAGE, period.from, period.to, false),
    themes: themes(VILLAGE, period.from, period.to, false),
  };
}
