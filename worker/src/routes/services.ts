/**
 * `GET /v1/territories/:id/services`: the comparative map of a territory's services
 * (survey/services.ts). The territory's own figures come from its ledger at once, as its results
 * do; the same services' département and national figures from the D1 summaries (`slice_month`),
 * under the same channel filter. Public, like the results. Mounted under `/v1/territories`.
 * @module
 */
import { Hono } from 'hono';
import { SERVICES, type Service } from '../../../survey/questionnaire.js';
import { compareServices, sumsOfCells, sumsOfRows, type ServiceSums } from '../../../survey/service-comparison.js';
import { ServicesQuerySchema, type ServicesReplySchema } from '../../../survey/services.js';
import { SIGNIFICANCE_EXPLANATION_FR } from '../../../survey/significance.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import type * as z from 'zod/mini';
import { referenceFigures } from '../db/reference-cache.js';
import { serviceSums } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { parseQuery, resolvePeriod, territoryParam } from '../http/query.js';
import { mergeServiceCells } from '../ledger/aggregates.js';
import { allLedgers } from '../ledger/shards.js';

/** D1 rows grouped by service, as sums per indicator. */
function byService(rows: { service: string; indicator: string; n: number; score_sum: number; satisfied: number }[]) {
  const grouped = new Map<string, typeof rows>();
  for (const row of rows) {
    const known = grouped.get(row.service);
    if (known) known.push(row);
    else grouped.set(row.service, [row]);
  }
  return new Map([...grouped].map(([service, serviceRows]) => [service, sumsOfRows(serviceRows)]));
}

export const services = new Hono<AppEnv>().get('/:id/services', async (c) => {
  const territory = territoryParam(c.req.param('id'));
  const query = parseQuery(ServicesQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const filter = { channel: query.channel, from: period.from, to: period.to };
  const parts = await Promise.all(allLedgers(c.env, territory.id).map((stub) => stub.serviceCells(filter, SERVICES)));
  const own = mergeServiceCells(parts).filter((entry): entry is { service: Service; cells: typeof entry.cells } =>
    SERVICES.some((service) => service === entry.service),
  );
  // Every service's references at once: the same for every territory of the département (or of the
  // nation) that asks, so kept a while by this instance (db/reference-cache.ts).
  const key = `services|${period.from}|${period.to}|${query.channel ?? ''}`;
  const [departementRows, nationalRows] = await Promise.all([
    referenceFigures(c.env, `${key}|${territory.departement}`, () => serviceSums(c.env, period, SERVICES, query.channel, territory.departement)),
    referenceFigures(c.env, key, () => serviceSums(c.env, period, SERVICES, query.channel)),
  ]);
  const departement = byService(departementRows);
  const national = byService(nationalRows);
  const sums = new Map<Service, ServiceSums>(
    own.map(({ service, cells }) => [
      service,
      { territory: sumsOfCells(cells), departement: departement.get(service) ?? {}, national: national.get(service) ?? {} },
    ]),
  );
  const departementName = findTerritory(`departement:${territory.departement}`)?.name ?? territory.departement;
  return c.json({
    data: {
      territory,
      period,
      filters: { channel: query.channel ?? null },
      departement: { code: territory.departement, name: departementName },
      services: compareServices(sums),
      significance: SIGNIFICANCE_EXPLANATION_FR,
    },
  } satisfies z.infer<typeof ServicesReplySchema>);
});
