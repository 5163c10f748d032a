/**
 * `npm run bench:api`: the Worker's figures under `wrangler dev`, load from autocannon on 127.0.0.1
 * only, every phase bounded in time. Prints a table and writes bench/results/api.json.
 *
 * 1. Ingestion of single-answer requests against its floor: a local-only route (/v1/dev/floor)
 *    that parses and validates the same body, then makes exactly one durable SQLite INSERT of it in
 *    a Durable Object, acknowledged once committed: the physical floor of « stored before
 *    acknowledged » on this machine. Also against a route that only parses and validates. The three
 *    alternate (validate, floor, ingest, three times) so machine noise hits them alike.
 * 2. Exactness: answers acknowledged = answers in the tallies = answers in the D1 summaries.
 * 3. Results latency on a territory holding 1,000,000 answers against one holding 1,000, both
 *    seeded with the same variety of services, channels, sources and months.
 * 4. The members of the département holding that million (issue: p99 within 1.5× of a small one).
 * 5. The services compared (/services) of the territory holding that million against the one
 *    holding 1,000 with the same variety (services, channels, months), in the same département: the
 *    same target, the cost of volume. Also, for information, against a commune of the ingestion
 *    phase (a few answers on a few services): the cost of variety, which a table of 31 services ×
 *    12 months has and a quiet commune has not.
 * 6. Mystery audits (bench/lib/audits.ts): audits/s through POST /v1/audits and their exactness
 *    (sent = stored = tallied), and a territory's audit results among 100,000 audits nationally
 *    against among 1,000. `--only audits` runs this phase alone, on a server of its own, and
 *    replaces only the `audits` figures of bench/results/api.json.
 *
 * The rate limit's thresholds are raised for the run (all load comes from one address); its code
 * still runs on every answer. Phase 1 runs twice: with the local state on disk, as `npm start`
 * keeps it, and on tmpfs (/dev/shm), which separates the Worker's own cost from this machine's
 * disk sync on every durable commit.
 *
 *   npm run bench:api [-- --duration 10 --connections 8 --big 1000000 --small 1000 --audits 100000 --few-audits 1000]
 *   npm run bench:api -- --only audits
 * @module
 */
import autocannon from 'autocannon';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import type { Answer } from '../survey/response.js';
import '../survey/reference-data.js';
import { findTerritory } from '../survey/territory-directory.js';
import { startLocalServer, type LocalServer } from '../scripts/lib/local-server.js';
import { Random } from '../scripts/seed/random.js';
import { benchAnswer, UNLIMITED_CLIENT_VARS } from './lib/answer.js';
import { AUDITED, auditIngestion, auditReads, loadAudits } from './lib/audits.js';
import { seedTerritory } from './lib/seed-territory.js';
import { spentBetween, workerdWrites } from './lib/workerd.js';

const FlagsSchema = z.object({
  duration: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(120)), 10),
  connections: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(256)), 8),
  big: z._default(z.coerce.number().check(z.int(), z.minimum(1000), z.maximum(5_000_000)), 1_000_000),
  small: z._default(z.coerce.number().check(z.int(), z.minimum(10), z.maximum(100_000)), 1_000),
  /** Reads measure latency, not queueing: a light concurrency. */
  'read-connections': z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(64)), 2),
  /** Audits nationally in the year a territory's audit results are read among, and in the quiet year. */
  audits: z._default(z.coerce.number().check(z.int(), z.minimum(10_000), z.maximum(1_000_000)), 100_000),
  'few-audits': z._default(z.coerce.number().check(z.int(), z.minimum(100), z.maximum(10_000)), 1_000),
  only: z.optional(z.enum(['audits'], { error: '--only takes audits' })),
});
const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    big: { type: 'string' },
    small: { type: 'string' },
    'read-connections': { type: 'string' },
    audits: { type: 'string' },
    'few-audits': { type: 'string' },
    only: { type: 'string' },
  },
});
const parsedFlags = FlagsSchema.safeParse(values);
if (!parsedFlags.success) {
  console.error(`npm run bench:api: ${z.prettifyError(parsedFlags.error)}`);
  process.exit(2);
}
const flags = parsedFlags.data;

/** Ingestion spreads over these communes, as real traffic spreads over territories. */
const INGEST_TERRITORIES = Array.from({ length: 100 }, (_, index) => `commune:${String(39001 + index * 3).padStart(5, '0')}`).filter((id) => findTerritory(id));
const BIG = 'commune:13055'; // Marseille
const SMALL = 'commune:13001'; // Aix-en-Provence

const ingestAnswer = (random: Random): Answer => benchAnswer(random, random.pick(INGEST_TERRITORIES));

interface Phase {
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  acknowledged: number;
  /** Bytes the server's workerd processes wrote to storage per request (/proc/<pid>/io); null when workerd restarted. */
  bytesWrittenPerRequest: number | null;
}

/** Every answer the ingest phases sent, and whether the server's reply reached the client. */
const sent = new Map<string, { answer: Answer; acknowledged: boolean }>();

/** A local server: its URL and the process group of its workerd processes. */
interface Target {
  url: string;
  group: number;
}
const targetOf = (server: LocalServer): Target => ({ url: server.url, group: server.process.pid ?? 0 });

async function load({ url, group }: Target, path: string, method: 'GET' | 'POST', random: Random, connections = flags.connections): Promise<Phase> {
  let acknowledged = 0;
  const writesBefore = workerdWrites(group);
  const result = await autocannon({
    url: `${url}${path}`,
    method,
    duration: flags.duration,
    connections,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method,
        ...(method === 'POST'
          ? {
              // One request in flight per connection: the context remembers which answer it carries.
              setupRequest: (request: autocannon.Request, context: object) => {
                const answer = ingestAnswer(random);
                (context as { id?: string }).id = answer.id;
                if (path === '/v1/responses') sent.set(answer.id, { answer, acknowledged: false });
                return { ...request, body: JSON.stringify(answer) };
              },
            }
          : {}),
        onResponse: (status: number, body: string, context: object) => {
          if (status !== 200 || path !== '/v1/responses' || !body.includes('"accepted"')) return;
          acknowledged += 1;
          const entry = sent.get((context as { id?: string }).id ?? '');
          if (entry) entry.acknowledged = true;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged,
    bytesWrittenPerRequest: ((written) => (written.restarted ? null : Math.round(written.amount / Math.max(result.requests.total, 1))))(
      spentBetween(writesBefore, workerdWrites(group)),
    ),
  };
}

/** Phase 6: audits through POST /v1/audits, then a territory's audit results among many audits and among few. */
async function auditsPhase(url: string, random: Random) {
  console.log(
    `  audits: ingestion for ${flags.duration} s, then ${flags.audits.toLocaleString('fr-FR')} and ${flags['few-audits'].toLocaleString('fr-FR')} audits loaded in bulk…`,
  );
  const ingest = await auditIngestion(url, { duration: flags.duration, connections: flags.connections, territories: INGEST_TERRITORIES, random });
  // Two past years of one server: the same territory with the same audits, among many and among few nationally.
  const year = new Date().getUTCFullYear();
  const [many, few] = [year - 2, year - 3];
  const loadSeconds = { many: await loadAudits(url, many, flags.audits, 1), few: await loadAudits(url, few, flags['few-audits'], 2) };
  const reads = { connections: flags['read-connections'], duration: flags.duration };
  const fewRead = await auditReads(url, few, reads);
  const manyRead = await auditReads(url, many, reads);
  return {
    ingestion: ingest,
    results: {
      territory: AUDITED,
      many: manyRead,
      few: fewRead,
      p99Ratio: Math.round((manyRead.p99 / Math.max(fewRead.p99, 1)) * 100) / 100,
      target: 1.5,
      connections: flags['read-connections'],
      loadSeconds: { many: Math.round(loadSeconds.many), few: Math.round(loadSeconds.few) },
      loadedPerSecond: Math.round(flags.audits / Math.max(loadSeconds.many, 0.001)),
    },
  };
}

function printAudits(audits: Awaited<ReturnType<typeof auditsPhase>>): void {
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const { ingestion, results } = audits;
  console.table([
    { figure: `audits ingested (audits/s, ${flags.connections} connections)`, value: Math.round(ingestion.auditsPerSecond), target: '', verdict: '' },
    { figure: 'audit ingest p50 / p99 (ms)', value: `${ingestion.p50} / ${ingestion.p99}`, target: '', verdict: '' },
    { figure: 'audit ingest errors (non-2xx, errors, timeouts)', value: ingestion.errors, target: '0', verdict: ok(ingestion.errors === 0) },
    {
      figure: 'audits sent / stored / tallied (overall)',
      value: `${ingestion.sent} / ${ingestion.stored} / ${ingestion.tallied}`,
      target: 'equal',
      verdict: ok(ingestion.sent === ingestion.stored && ingestion.stored === ingestion.tallied),
    },
    { figure: 'audits in flight at the deadline, resent', value: JSON.stringify(ingestion.inFlightResent), target: '', verdict: '' },
    {
      figure: `bulk load (audits/s, ${results.many.nationalAudits.toLocaleString('en')} audits)`,
      value: results.loadedPerSecond,
      target: '(information)',
      verdict: '',
    },
    {
      figure: `audit results p50 / p99 (ms), ${results.territory} among ${results.many.nationalAudits.toLocaleString('en')}`,
      value: `${results.many.p50} / ${results.many.p99}`,
      target: '',
      verdict: '',
    },
    {
      figure: `audit results p50 / p99 (ms), ${results.territory} among ${results.few.nationalAudits.toLocaleString('en')}`,
      value: `${results.few.p50} / ${results.few.p99}`,
      target: '',
      verdict: '',
    },
    { figure: 'audit results p99 ratio, many / few', value: results.p99Ratio, target: '≤ 1.5', verdict: ok(results.p99Ratio <= 1.5) },
    {
      figure: 'first read (references not kept yet), many / few (ms)',
      value: `${results.many.firstReadMs} / ${results.few.firstReadMs}`,
      target: '(information)',
      verdict: '',
    },
    {
      figure: 'audit results errors',
      value: results.many.errors + results.few.errors,
      target: '0',
      verdict: ok(results.many.errors + results.few.errors === 0),
    },
  ]);
}

if (flags.only === 'audits') {
  const server = await startLocalServer({ persistTo: '.wrangler/bench-audits-state', fresh: true, vars: UNLIMITED_CLIENT_VARS });
  try {
    const audits = { startedAt: new Date().toISOString(), ...(await auditsPhase(server.url, new Random(20))) };
    // Only the audit figures change: the others stay those of the last full run.
    const file = 'bench/results/api.json';
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...previous, audits }, null, 2)}\n`);
    printAudits(audits);
    console.log(`written to ${file} (audits only)`);
  } finally {
    await server.stop();
    rmSync('.wrangler/bench-audits-state', { recursive: true, force: true });
  }
  process.exit(0);
}

const ROUNDS = 3;
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: T }).data;
}

const ratio = (numerator: number, denominator: number) => Math.round((numerator / Math.max(denominator, 1e-9)) * 1000) / 1000;

/** Validate-only, the one-insert floor and ingest, alternated, on one server. */
async function compare(target: Target, random: Random) {
  const validate: Phase[] = [];
  const floor: Phase[] = [];
  const ingest: Phase[] = [];
  // Three rounds: on a shared 2-core machine one round in three is an outlier, and a median of two is the better one.
  for (let round = 0; round < ROUNDS; round += 1) {
    validate.push(await load(target, '/v1/responses/validate', 'POST', random));
    floor.push(await load(target, '/v1/dev/floor', 'POST', random));
    ingest.push(await load(target, '/v1/responses', 'POST', random));
  }
  const validateRate = median(validate.map((phase) => phase.requestsPerSecond));
  const floorRate = median(floor.map((phase) => phase.requestsPerSecond));
  const ingestRate = median(ingest.map((phase) => phase.requestsPerSecond));
  return {
    validate,
    floor,
    ingest,
    validateRate,
    floorRate,
    ingestRate,
    ratio: ratio(ingestRate, validateRate),
    floorRatio: ratio(ingestRate, floorRate),
    // Per round, ingest against the floor measured just before it: how much noise the median hides.
    roundFloorRatios: ingest.map((phase, index) => ratio(phase.requestsPerSecond, floor[index]?.requestsPerSecond ?? 0)),
    // What each request made workerd write to storage: the disk's share of the gap between ingest and the floor.
    bytesWrittenPerRequest: {
      validate: median(validate.flatMap((phase) => phase.bytesWrittenPerRequest ?? [])),
      floor: median(floor.flatMap((phase) => phase.bytesWrittenPerRequest ?? [])),
      ingest: median(ingest.flatMap((phase) => phase.bytesWrittenPerRequest ?? [])),
    },
  };
}

const random = new Random(7);
const startedAt = new Date().toISOString();
console.log(`bench:api — ${flags.duration} s per phase, ${flags.connections} connections, load from 127.0.0.1`);

let tmpfs: Awaited<ReturnType<typeof compare>> | null = null;
if (existsSync('/dev/shm')) {
  const memory = await startLocalServer({ persistTo: '/dev/shm/barometre-bench-state', fresh: true, vars: UNLIMITED_CLIENT_VARS });
  try {
    tmpfs = await compare(targetOf(memory), random);
  } finally {
    await memory.stop();
    rmSync('/dev/shm/barometre-bench-state', { recursive: true, force: true });
  }
  sent.clear();
}

const server = await startLocalServer({ persistTo: '.wrangler/bench-state', fresh: true, vars: UNLIMITED_CLIENT_VARS });
try {
  // 1. Validate-only against ingest, alternated, state on disk.
  const disk = await compare(targetOf(server), random);
  const { validate, ingest } = disk;
  const acknowledgedUnderLoad = ingest.reduce((sum, phase) => sum + phase.acknowledged, 0);
  // Requests in flight when a phase's time ran out were processed, but their replies never reached
  // the client: resend them, as the widget resends what its outbox still holds.
  const inFlight = [...sent.values()].filter((entry) => !entry.acknowledged);
  const resent: Record<string, number> = {};
  for (const { answer } of inFlight) {
    const response = await fetch(`${server.url}/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(answer),
    });
    const status = response.ok
      ? (((await response.json()) as { data: { results: { status: string }[] } }).data.results[0]?.status ?? 'none')
      : `http-${response.status}`;
    resent[status] = (resent[status] ?? 0) + 1;
  }
  const acknowledged = sent.size;

  // 2. Exactness: tallies and, after their alarms, the D1 summaries.
  const tallied = (await Promise.all(INGEST_TERRITORIES.map((id) => json<{ answers: number }>(`${server.url}/v1/territories/${id}/results`)))).reduce(
    (sum, results) => sum + results.answers,
    0,
  );
  let summarised = 0;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    summarised = (await json<{ summarised: number }>(`${server.url}/v1/dev/totals`)).summarised;
    if (summarised === tallied) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  // 3. Results latency: 1,000,000 answers against 1,000.
  console.log(`  seeding ${BIG} with ${flags.big.toLocaleString('fr-FR')} answers and ${SMALL} with ${flags.small.toLocaleString('fr-FR')}…`);
  const seedSeconds = (await seedTerritory(server.url, BIG, flags.big)) + (await seedTerritory(server.url, SMALL, flags.small));
  const bigAnswers = (await json<{ answers: number }>(`${server.url}/v1/territories/${BIG}/results`)).answers;
  const smallAnswers = (await json<{ answers: number }>(`${server.url}/v1/territories/${SMALL}/results`)).answers;
  const read = (territory: string, query = '') =>
    load(targetOf(server), `/v1/territories/${territory}/results${query}`, 'GET', random, flags['read-connections']);
  const smallRead = await read(SMALL);
  const bigRead = await read(BIG);
  const smallFiltered = await read(SMALL, '?service=mairie');
  const bigFiltered = await read(BIG, '?service=mairie');
  // A département's members (its communes and EPCI, from the D1 summaries): Marseille's, holding the
  // seeded million answers, against Alpes-de-Haute-Provence's, holding the ingestion phase's few.
  const members = (departement: string) =>
    load(targetOf(server), `/v1/territories/departement:${departement}/members`, 'GET', random, flags['read-connections']);
  const bigMembers = await members(findTerritory(BIG)?.departement ?? '13');
  const smallMembers = await members('04');
  // The services compared: the ledger's per-service slices and D1's per-service summaries of its
  // département and the nation, for the million against a commune of the ingestion phase.
  const QUIET = INGEST_TERRITORIES[0] ?? SMALL;
  const servicesOf = (territory: string) => load(targetOf(server), `/v1/territories/${territory}/services`, 'GET', random, flags['read-connections']);
  const smallServices = await servicesOf(SMALL);
  const bigServices = await servicesOf(BIG);
  const quietServices = await servicesOf(QUIET);
  const audits = { startedAt: new Date().toISOString(), ...(await auditsPhase(server.url, random)) };

  const { validateRate, floorRate, ingestRate } = disk;
  const figures = {
    startedAt,
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    settings: flags,
    ingestion: {
      validateOnlyRequestsPerSecond: validateRate,
      floorRequestsPerSecond: floorRate,
      ingestRequestsPerSecond: ingestRate,
      ratio: disk.ratio,
      target: 0.8,
      floorRatio: disk.floorRatio,
      roundFloorRatios: disk.roundFloorRatios,
      bytesWrittenPerRequest: disk.bytesWrittenPerRequest,
      floorTarget: 0.9,
      rounds: { validate, floor: disk.floor, ingest },
      tmpfs: tmpfs && {
        validateOnlyRequestsPerSecond: tmpfs.validateRate,
        floorRequestsPerSecond: tmpfs.floorRate,
        ingestRequestsPerSecond: tmpfs.ingestRate,
        ratio: tmpfs.ratio,
        floorRatio: tmpfs.floorRatio,
        roundFloorRatios: tmpfs.roundFloorRatios,
      },
      errors: [...ingest, ...disk.floor].reduce((sum, phase) => sum + phase.errors + phase.timeouts + phase.non2xx, 0),
    },
    exactness: {
      sent: sent.size,
      acknowledgedUnderLoad,
      inFlightResent: resent,
      acknowledged,
      tallied,
      summarised,
      lost: Math.max(0, acknowledged - tallied),
      doubled: Math.max(0, tallied - acknowledged),
    },
    results: {
      big: {
        territory: BIG,
        answers: bigAnswers,
        p50: bigRead.p50,
        p99: bigRead.p99,
        requestsPerSecond: bigRead.requestsPerSecond,
        errors: bigRead.errors + bigRead.non2xx,
      },
      small: {
        territory: SMALL,
        answers: smallAnswers,
        p50: smallRead.p50,
        p99: smallRead.p99,
        requestsPerSecond: smallRead.requestsPerSecond,
        errors: smallRead.errors + smallRead.non2xx,
      },
      p99Ratio: Math.round((bigRead.p99 / Math.max(smallRead.p99, 1)) * 100) / 100,
      connections: flags['read-connections'],
      filteredByService: {
        big: { p50: bigFiltered.p50, p99: bigFiltered.p99 },
        small: { p50: smallFiltered.p50, p99: smallFiltered.p99 },
        errors: bigFiltered.errors + bigFiltered.non2xx + smallFiltered.errors + smallFiltered.non2xx,
      },
      targets: { p99Ratio: 1.5, p50Ms: 10 },
      seedSeconds: Math.round(seedSeconds),
    },
    members: {
      big: { departement: findTerritory(BIG)?.departement, p50: bigMembers.p50, p99: bigMembers.p99, errors: bigMembers.errors + bigMembers.non2xx },
      small: { departement: '04', p50: smallMembers.p50, p99: smallMembers.p99, errors: smallMembers.errors + smallMembers.non2xx },
      p99Ratio: Math.round((bigMembers.p99 / Math.max(smallMembers.p99, 1)) * 100) / 100,
      target: 1.5,
    },
    services: {
      big: { territory: BIG, p50: bigServices.p50, p99: bigServices.p99, errors: bigServices.errors + bigServices.non2xx },
      small: { territory: SMALL, p50: smallServices.p50, p99: smallServices.p99, errors: smallServices.errors + smallServices.non2xx },
      quiet: { territory: QUIET, p50: quietServices.p50, p99: quietServices.p99, errors: quietServices.errors + quietServices.non2xx },
      p99Ratio: Math.round((bigServices.p99 / Math.max(smallServices.p99, 1)) * 100) / 100,
      target: 1.5,
    },
    audits,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api.json', `${JSON.stringify(figures, null, 2)}\n`);

  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  console.table([
    { figure: `validate-only (req/s, median of ${ROUNDS}), disk`, value: Math.round(validateRate), target: '', verdict: '' },
    { figure: `floor: one insert per request (req/s, median of ${ROUNDS}), disk`, value: Math.round(floorRate), target: '', verdict: '' },
    { figure: `ingest single answers (req/s, median of ${ROUNDS}), disk`, value: Math.round(ingestRate), target: '', verdict: '' },
    { figure: 'ingest / floor, state on disk', value: figures.ingestion.floorRatio, target: '≥ 0.9', verdict: ok(figures.ingestion.floorRatio >= 0.9) },
    {
      figure: 'bytes written per request, floor / ingest, disk',
      value: `${disk.bytesWrittenPerRequest.floor} / ${disk.bytesWrittenPerRequest.ingest}`,
      target: '(information)',
      verdict: '',
    },
    { figure: 'ingest / validate, state on disk', value: figures.ingestion.ratio, target: '≥ 0.8', verdict: ok(figures.ingestion.ratio >= 0.8) },
    ...(tmpfs
      ? [
          {
            figure: 'validate-only / floor / ingest (req/s), tmpfs',
            value: `${Math.round(tmpfs.validateRate)} / ${Math.round(tmpfs.floorRate)} / ${Math.round(tmpfs.ingestRate)}`,
            target: '',
            verdict: '',
          },
          { figure: 'ingest / floor, state on tmpfs', value: tmpfs.floorRatio, target: '(code alone)', verdict: '' },
          { figure: 'ingest / validate, state on tmpfs', value: tmpfs.ratio, target: '(code alone)', verdict: '' },
        ]
      : []),
    { figure: 'ingest errors (non-2xx, errors, timeouts)', value: figures.ingestion.errors, target: '0', verdict: ok(figures.ingestion.errors === 0) },
    { figure: 'answers sent (all acknowledged in the end)', value: acknowledged, target: '', verdict: '' },
    { figure: 'in flight at a deadline, resent: duplicate', value: resent.duplicate ?? 0, target: '', verdict: '' },
    { figure: 'in flight at a deadline, resent: accepted', value: resent.accepted ?? 0, target: '', verdict: '' },
    { figure: 'answers in the tallies', value: tallied, target: '= acknowledged', verdict: ok(tallied === acknowledged) },
    { figure: 'answers in the D1 summaries', value: summarised, target: '= acknowledged', verdict: ok(summarised === acknowledged) },
    { figure: `results p50 (ms), ${bigAnswers.toLocaleString('en')} answers`, value: bigRead.p50, target: '≤ 10', verdict: ok(bigRead.p50 <= 10) },
    { figure: `results p99 (ms), ${bigAnswers.toLocaleString('en')} answers`, value: bigRead.p99, target: '', verdict: '' },
    { figure: `results p99 (ms), ${smallAnswers.toLocaleString('en')} answers`, value: smallRead.p99, target: '', verdict: '' },
    { figure: 'p99 ratio, 1M / 1k', value: figures.results.p99Ratio, target: '≤ 1.5', verdict: ok(figures.results.p99Ratio <= 1.5) },
    { figure: 'filtered ?service=mairie p50 / p99 (ms), 1M', value: `${bigFiltered.p50} / ${bigFiltered.p99}`, target: '(information)', verdict: '' },
    { figure: 'filtered ?service=mairie p50 / p99 (ms), 1k', value: `${smallFiltered.p50} / ${smallFiltered.p99}`, target: '(information)', verdict: '' },
  ]);
  console.table([
    {
      figure: `members of département ${figures.members.big.departement} (holding the 1M) p50 / p99 (ms)`,
      value: `${bigMembers.p50} / ${bigMembers.p99}`,
      target: '',
      verdict: '',
    },
    { figure: 'members of département 04 p50 / p99 (ms)', value: `${smallMembers.p50} / ${smallMembers.p99}`, target: '', verdict: '' },
    { figure: 'members p99 ratio', value: figures.members.p99Ratio, target: '≤ 1.5', verdict: ok(figures.members.p99Ratio <= 1.5) },
    { figure: `services of ${BIG} (1M answers) p50 / p99 (ms)`, value: `${bigServices.p50} / ${bigServices.p99}`, target: '', verdict: '' },
    { figure: `services of ${SMALL} (1k, same variety) p50 / p99 (ms)`, value: `${smallServices.p50} / ${smallServices.p99}`, target: '', verdict: '' },
    { figure: 'services p99 ratio, 1M / 1k', value: figures.services.p99Ratio, target: '≤ 1.5', verdict: ok(figures.services.p99Ratio <= 1.5) },
    {
      figure: `services of ${QUIET} (a few answers, few services) p50 / p99 (ms)`,
      value: `${quietServices.p50} / ${quietServices.p99}`,
      target: '(information)',
      verdict: '',
    },
    {
      figure: 'members / services errors',
      value: [figures.members.big, figures.members.small, figures.services.big, figures.services.small, figures.services.quiet].reduce(
        (sum, side) => sum + side.errors,
        0,
      ),
      target: '0',
      verdict: ok(
        [figures.members.big, figures.members.small, figures.services.big, figures.services.small, figures.services.quiet].every((side) => side.errors === 0),
      ),
    },
  ]);
  printAudits(audits);
  console.log('written to bench/results/api.json');
} finally {
  await server.stop();
}
