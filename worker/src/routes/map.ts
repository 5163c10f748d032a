/**
 * `GET /v1/map`: one figure per département for the national choropleth, every département listed
 * (those without enough answers, or audits, marked suppressed, for « données insuffisantes »
 * hatching): the citizens' satisfaction, their participation, or the mystery audits' score.
 * @module
 */
import { Hono } from 'hono';
import { auditFigure } from '../../../survey/audits.js';
import { MapQuerySchema, type MapMetric, type MapRegion, type MapReply } from '../../../survey/map.js';
import { scoreSums } from '../../../survey/scoring.js';
import { departementsList } from '../../../survey/territory-directory.js';
import { participationRate } from '../../../survey/participation.js';
import { auditsByDepartement } from '../db/audit-rankings.js';
import { answersByDepartement, overallByDepartement } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { parseQuery, resolvePeriod } from '../http/query.js';

const UNITS: Record<MapMetric, string> = {
  satisfaction: 'share of « Très bien » (0–1)',
  participation: 'respondents per 1,000 inhabitants',
  audits: 'mystery audits’ overall score out of 10',
};

export const map = new Hono<AppEnv>().get('/', async (c) => {
  const query = parseQuery(MapQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const departements = departementsList();
  let regions: MapRegion[];
  if (query.metric === 'satisfaction') {
    const [overall, participation] = await Promise.all([overallByDepartement(c.env, period), answersByDepartement(c.env, period)]);
    const rows = new Map(overall.map((row) => [row.departement, row]));
    const respondents = new Map(participation.map((row) => [row.departement, row.respondents]));
    regions = departements.map(({ departement: code, name, population }) => {
      const row = rows.get(code);
      const figure = scoreSums({ n: row?.n ?? 0, scoreSum: row?.score_sum ?? 0, satisfied: row?.satisfied ?? 0 });
      return {
        code,
        name,
        population,
        answers: figure.n,
        respondents: respondents.get(code) ?? 0,
        value: figure.rate,
        score: figure.score,
        suppressed: figure.suppressed,
      };
    });
  } else if (query.metric === 'audits') {
    const [tallies, participation] = await Promise.all([auditsByDepartement(c.env, period), answersByDepartement(c.env, period)]);
    const rows = new Map(tallies.map((row) => [row.departement, row]));
    const citizens = new Map(participation.map((row) => [row.departement, row]));
    regions = departements.map(({ departement: code, name, population }) => {
      const row = rows.get(code);
      // Suppressed below MIN_AUDITS, like a territory's own audit figures: one audit is one agent on one day.
      const figure = auditFigure(row?.audits ?? 0, row?.score_centi ?? 0);
      return {
        code,
        name,
        population,
        answers: citizens.get(code)?.answers ?? 0,
        respondents: citizens.get(code)?.respondents ?? 0,
        value: figure.score,
        score: figure.score,
        suppressed: figure.suppressed,
        audits: figure.audits,
      };
    });
  } else {
    const rows = new Map((await answersByDepartement(c.env, period)).map((row) => [row.departement, row]));
    regions = departements.map(({ departement: code, name, population }) => {
      const row = rows.get(code);
      const respondents = row?.respondents ?? 0;
      return {
        code,
        name,
        population,
        answers: row?.answers ?? 0,
        respondents,
        value: participationRate(respondents, population),
        score: null,
        suppressed: false,
      };
    });
  }
  return c.json({
    data: {
      metric: query.metric,
      level: query.level,
      period,
      unit: UNITS[query.metric],
      regions,
    },
  } satisfies MapReply);
});
