/**
 * `GET /v1/territories/:id/members`: the communes of an intercommunalité, the communes and
 * intercommunalités of a département, each with its answers, respondents, participation and overall
 * figures from the D1 summaries (survey/members.ts). Public, like the results. Mounted under
 * `/v1/territories`.
 * @module
 */
import { Hono } from 'hono';
import { MembersQuerySchema, type Member, type MembersReplySchema } from '../../../survey/members.js';
import { participationRate } from '../../../survey/participation.js';
import type { Territory } from '../../../survey/results.js';
import { scoreSums } from '../../../survey/scoring.js';
import { membersOf } from '../../../survey/territory-directory.js';
import type * as z from 'zod/mini';
import { overallByTerritory, territorySums } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http/api-error.js';
import { parseQuery, resolvePeriod, territoryParam } from '../http/query.js';

/** Most answers first, then by name in French order. */
const byAnswers = (a: Member, b: Member) => b.answers - a.answers || a.territory.name.localeCompare(b.territory.name, 'fr');

const total = (members: Member[]) => ({
  answers: members.reduce((sum, member) => sum + member.answers, 0),
  respondents: members.reduce((sum, member) => sum + member.respondents, 0),
});

export const members = new Hono<AppEnv>().get('/:id/members', async (c) => {
  const territory = territoryParam(c.req.param('id'));
  if (territory.kind === 'commune') {
    const message = 'A commune has no member territories: ask for its intercommunalité or its département.';
    throw new ApiError(400, 'invalid_request', message, [{ path: ['params', 'id'], message }]);
  }
  const period = resolvePeriod(parseQuery(MembersQuerySchema, c.req.query()));
  const group = membersOf(territory.id);
  // The summaries are read per département: an intercommunalité's communes may lie in several.
  const departements = [...new Set([...group.communes, ...group.epci].map((member) => member.departement))];
  const read = await Promise.all(departements.map(async (code) => Promise.all([territorySums(c.env, period, code), overallByTerritory(c.env, period, code)])));
  const sums = new Map(read.flatMap(([rows]) => rows.map((row) => [row.territory_id, row] as const)));
  const overall = new Map(read.flatMap(([, rows]) => rows.map((row) => [row.territory_id, row] as const)));
  const member = (place: Territory): Member => {
    const counted = sums.get(place.id);
    const figures = overall.get(place.id);
    const respondents = counted?.respondents ?? 0;
    return {
      territory: place,
      answers: counted?.answers ?? 0,
      respondents,
      participation: participationRate(respondents, place.population),
      overall: scoreSums({ n: figures?.n ?? 0, scoreSum: figures?.score_sum ?? 0, satisfied: figures?.satisfied ?? 0 }),
    };
  };
  const communes = group.communes.map(member).sort(byAnswers);
  const epci = group.epci.map(member).sort(byAnswers);
  return c.json({
    data: { territory, period, includesMembers: false, communes, epci, totals: { communes: total(communes), epci: total(epci) } },
  } satisfies z.infer<typeof MembersReplySchema>);
});
