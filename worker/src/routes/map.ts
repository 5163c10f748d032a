/**
 * `GET /v1/map`: one figure per département for the national choropleth, every département listed
 * (those without enough answers marked suppressed, for « données insuffisantes » hatching).
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { scoreSums } from '../../../survey/scoring.js';
import { departementsList } from '../../../survey/territory-directory.js';
import { participationRate } from '../../../survey/trophy.js';
import { answersByDepartement, overallByDepartement } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { parseQuery, resolvePeriod, YearOrPeriodQuery } from '../http/query.js';

const MapQuerySchema = z.object({
  metric: z._default(z.enum(['satisfaction', 'participation']), 'satisfaction'),
  level: z._default(z.enum(['departement']), 'departement'),
  ...YearOrPeriodQuery,
});

export const map = new Hono<AppEnv>().get('/', async (c) => {
  const query = parseQuery(MapQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const departements = departementsList();
  let regions;
  if (query.metric === 'satisfaction') {
    const rows = new Map((await overallByDepartement(c.env, period)).map((row) => [row.departement, row]));
    regions = departements.map(({ departement: code, name, population }) => {
      const row = rows.get(code);
      const figure = scoreSums({ n: row?.n ?? 0, scoreSum: row?.score_sum ?? 0, satisfied: row?.satisfied ?? 0 });
      return { code, name, population, answers: figure.n, value: figure.rate, score: figure.score, suppressed: figure.suppressed };
    });
  } else {
    const rows = new Map((await answersByDepartement(c.env, period)).map((row) => [row.departement, row]));
    regions = departements.map(({ departement: code, name, population }) => {
      const answers = rows.get(code)?.answers ?? 0;
      return { code, name, population, answers, value: participationRate(answers, population), score: null, suppressed: false };
    });
  }
  return c.json({ data: { metric: query.metric, level: query.level, period, unit: query.metric === 'satisfaction' ? 'share of « Très bien » (0–1)' : 'answers per 1,000 inhabitants', regions } });
});
