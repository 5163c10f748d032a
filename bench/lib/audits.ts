/**
 * The audit phase of `npm run bench:api` (issue 20), alone with `--only audits`:
 *
 * 1. Ingestion: audits/s through the real `POST /v1/audits` (an auditor's token, a campaign
 *    assigning it the territories), then exactness: audits sent = stored (the campaign's count per
 *    line, read from the `audits` table) = tallied (the `overall` rows of `audit_month`, read
 *    through `GET /v1/territories/{id}/audits`).
 * 2. Latency of a territory's audit results among 100,000 audits nationally against the same
 *    territory, with the same audits, among 1,000: two past years of one server, loaded in bulk
 *    through `POST /v1/dev/audits` (db/audit-writes.ts: thousands of audits and their tallies per D1
 *    batch, the rows `POST /v1/audits` writes; one at a time through the API would take many
 *    minutes). Besides p50/p99 under load, the first read of each year, before the Worker keeps
 *    the national and département references (REFERENCES_CACHE_SECONDS).
 * @module
 */
import autocannon from 'autocannon';
import { AUDIT_CHANNELS, AUDIT_GRID_VERSION, type AuditChannel } from '../../survey/audit-grid.js';
import type { AuditRequest, CampaignReply } from '../../survey/audits.js';
import type { Service } from '../../survey/questionnaire.js';
import { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';
import type { TerritoryId } from '../../survey/territory.js';
import '../../survey/reference-data.js';
import { allTerritories } from '../../survey/territory-directory.js';
import { seedObservations } from '../../scripts/seed/audits.js';
import { Random } from '../../scripts/seed/random.js';

const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'content-type': 'application/json' };
/** The territory whose audit results are read, with the same audits both years. */
export const AUDITED = 'commune:25056'; // Besançon
const FOCUS_AUDITS = 60;
const SERVICES: Service[] = ['mairie', 'etat-civil', 'urbanisme', 'ccas'];

async function data<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: T }).data;
}

function audit(random: Random, territory: string, year: number, channel: AuditChannel, service: Service, at?: number): AuditRequest {
  const observedAt = at ?? Date.UTC(year, random.int(0, 11), random.int(2, 27), random.int(7, 16), random.int(0, 59));
  return {
    id: crypto.randomUUID(),
    grid: AUDIT_GRID_VERSION,
    territory: territory as TerritoryId,
    service,
    channel,
    observedAt: new Date(observedAt).toISOString(),
    observations: seedObservations(channel, 0.3 + random.next() * 0.6, random),
  };
}

export interface AuditIngestFigures {
  auditsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  sent: number;
  acknowledgedUnderLoad: number;
  inFlightResent: Record<string, number>;
  stored: number;
  tallied: number;
  lost: number;
  doubled: number;
}

/** Ingestion through POST /v1/audits for `duration` seconds over `territories`, then the exactness check. */
export async function auditIngestion(
  url: string,
  options: { duration: number; connections: number; territories: readonly string[]; random: Random },
): Promise<AuditIngestFigures> {
  const year = new Date().getUTCFullYear();
  const { auditor, token } = await data<{ auditor: { id: string }; token: string }>(
    await fetch(`${url}/v1/auditors`, { method: 'POST', headers: operator, body: JSON.stringify({ name: 'Auditeur du banc d’essai' }) }),
    'creating the bench auditor',
  );
  const lines = options.territories.map((territory) => ({ auditor: auditor.id, territory, service: 'mairie' as const, channel: 'telephone' as const }));
  await data(
    await fetch(`${url}/v1/campaigns/${year}`, { method: 'PUT', headers: operator, body: JSON.stringify({ assignments: lines }) }),
    'saving the bench campaign',
  );
  const sent = new Map<string, { body: string; acknowledged: boolean }>();
  let acknowledgedUnderLoad = 0;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const result = await autocannon({
    url: `${url}/v1/audits`,
    method: 'POST',
    duration: options.duration,
    connections: options.connections,
    headers,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request, context: object) => {
          // Observed a minute ago: always in this year's campaign, never in the future.
          const made = audit(options.random, options.random.pick(options.territories), year, 'telephone', 'mairie', Date.now() - 60_000);
          const body = JSON.stringify(made);
          sent.set(made.id, { body, acknowledged: false });
          (context as { id?: string }).id = made.id;
          return { ...request, body };
        },
        onResponse: (status: number, body: string, context: object) => {
          if ((status !== 200 && status !== 201) || !body.includes('"accepted"')) return;
          acknowledgedUnderLoad += 1;
          const entry = sent.get((context as { id?: string }).id ?? '');
          if (entry) entry.acknowledged = true;
        },
      },
    ],
  });
  // Requests in flight when the time ran out were processed but never answered: sent again, as the audit app's outbox would.
  const inFlightResent: Record<string, number> = {};
  for (const entry of [...sent.values()].filter((item) => !item.acknowledged)) {
    const response = await fetch(`${url}/v1/audits`, { method: 'POST', headers, body: entry.body });
    const status = response.ok ? (((await response.json()) as { data: { status: string } }).data.status ?? 'none') : `http-${response.status}`;
    inFlightResent[status] = (inFlightResent[status] ?? 0) + 1;
  }
  const campaign = await data<CampaignReply['data']>(await fetch(`${url}/v1/campaigns/${year}`, { headers: operator }), 'reading the bench campaign');
  const stored = campaign.assignments.reduce((sum, line) => sum + line.audits, 0);
  let tallied = 0;
  for (const territory of options.territories)
    tallied += (await data<{ audits: number }>(await fetch(`${url}/v1/territories/${territory}/audits?year=${year}`), `audits of ${territory}`)).audits;
  return {
    auditsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    sent: sent.size,
    acknowledgedUnderLoad,
    inFlightResent,
    stored,
    tallied,
    lost: Math.max(0, sent.size - stored, sent.size - tallied),
    doubled: Math.max(0, stored - sent.size, tallied - sent.size),
  };
}

/**
 * `count` audits of `year` in bulk: AUDITED's FOCUS_AUDITS (the same for every `seed`, so both
 * years hold the same audits for it) and the rest over communes drawn from the whole country.
 * Returns the seconds it took.
 */
export async function loadAudits(url: string, year: number, count: number, seed: number): Promise<number> {
  const started = Date.now();
  const focus = new Random(25056);
  const random = new Random(seed);
  const communes = allTerritories()
    .filter((territory) => territory.kind === 'commune' && territory.id !== AUDITED)
    .map((territory) => territory.id);
  const auditor = crypto.randomUUID();
  const made = function* () {
    for (let index = 0; index < FOCUS_AUDITS; index += 1)
      yield audit(focus, AUDITED, year, AUDIT_CHANNELS[index % AUDIT_CHANNELS.length] as AuditChannel, SERVICES[index % SERVICES.length] as Service);
    for (let index = FOCUS_AUDITS; index < count; index += 1)
      yield audit(random, random.pick(communes), year, random.pick(AUDIT_CHANNELS), random.pick(SERVICES));
  };
  const batches: AuditRequest[][] = [[]];
  for (const item of made()) {
    const last = batches[batches.length - 1] as AuditRequest[];
    if (last.length === 2000) batches.push([item]);
    else last.push(item);
  }
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let index = next++; index < batches.length; index = next++) {
      const audits = (batches[index] as AuditRequest[]).map((item) => ({ auditor, receivedAt: Date.parse(item.observedAt) + 3_600_000, audit: item }));
      const body = JSON.stringify({ audits });
      // wrangler dev answers 503 when it restarts the Worker mid-request (a file under worker/src
      // changed): sent again. A batch is all or nothing, so a 409 on a second try means the first
      // one was committed before the answer was lost.
      for (let attempt = 1; ; attempt += 1) {
        const response = await fetch(`${url}/v1/dev/audits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (response.status === 503 && attempt < 5) {
          await response.body?.cancel();
          await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
          continue;
        }
        if (response.status === 409 && attempt > 1) await response.body?.cancel();
        else await data(response, 'bulk audits');
        break;
      }
      done += audits.length;
      if (process.stderr.isTTY) process.stderr.write(`\r  loading ${year}: ${done.toLocaleString('fr-FR')} / ${count.toLocaleString('fr-FR')} audits`);
    }
  };
  await Promise.all([worker(), worker()]);
  if (process.stderr.isTTY) process.stderr.write('\n');
  return (Date.now() - started) / 1000;
}

export interface AuditReadFigures {
  year: number;
  nationalAudits: number;
  territoryAudits: number;
  /** The first read after loading, references not kept yet (ms). */
  firstReadMs: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

export async function auditReads(url: string, year: number, options: { duration: number; connections: number }): Promise<AuditReadFigures> {
  const path = `/v1/territories/${AUDITED}/audits?year=${year}`;
  const started = performance.now();
  const first = await data<{ audits: number; references: { france: { overall: { audits: number } } } }>(await fetch(`${url}${path}`), path);
  const firstReadMs = Math.round(performance.now() - started);
  const result = await autocannon({ url: `${url}${path}`, duration: options.duration, connections: options.connections });
  return {
    year,
    nationalAudits: first.references.france.overall.audits,
    territoryAudits: first.audits,
    firstReadMs,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
