/**
 * `npm run bench:capacity`: a capacity model of a national year of answers, fed with figures
 * measured in the same run against `wrangler dev` on 127.0.0.1, and a local replay of the model's
 * peak minute that checks its predictions. Prints tables and writes bench/results/capacity.json.
 *
 * Measured here (one local server, ports 8840–8849, throw-away state, rate limits and the
 * per-respondent cap lifted because all the load comes from one address):
 *  - one ledger's sustained write rate (POST /v1/responses, every answer to commune:75056), against
 *    the same load spread over many ledgers, and single answers against batches of 20;
 *  - the D1 summary push: statements per push (counted from the ledger's own summaryStatements)
 *    and the workerd CPU time one push costs (alarms of a burst of warm ledgers, nothing else running);
 *  - the read path (GET /v1/territories/:id/results): latency at one connection, throughput;
 *  - CPU per request: CPU time of the server's workerd processes (Worker, ledgers and local D1
 *    together) over each phase, divided by its requests.
 * Modelled (assumptions, all in MODEL below): how answers spread over territories (by population),
 * the year's calendar (campaign month, weekdays, opening hours, minute bursts), versions sent per
 * answer and results views per answer.
 *
 *   npm run bench:capacity [-- --port 8840 --phase 6 --replay 20 --replay-volume 100000000]
 * @module
 */
import autocannon from 'autocannon';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import type { Answer } from '../survey/response.js';
import type { Territory } from '../survey/results.js';
import { INDICATORS } from '../survey/tally.js';
import '../survey/reference-data.js';
import { allTerritories, findTerritory } from '../survey/territory-directory.js';
import { startLocalServer } from '../scripts/lib/local-server.js';
import { Random } from '../scripts/seed/random.js';
import { DEFAULT_SUMMARY_DELAY_SECONDS } from '../worker/src/ledger/summary-delay.js';
import { benchAnswer, UNLIMITED_CLIENT_VARS } from './lib/answer.js';
import { spentBetween, workerdCpu } from './lib/workerd.js';

const FlagsSchema = z.object({
  port: z._default(z.coerce.number().check(z.int(), z.minimum(8840), z.maximum(8849)), 8840),
  /** Seconds per measured load phase. */
  phase: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(30)), 6),
  /** Seconds of the local replay (at most 60). */
  replay: z._default(z.coerce.number().check(z.int(), z.minimum(5), z.maximum(60)), 20),
  'replay-volume': z._default(z.coerce.number().check(z.int(), z.minimum(100_000)), 100_000_000),
  connections: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(128)), 16),
  /** Hottest objects warmed, burst-pushed and replayed. */
  objects: z._default(z.coerce.number().check(z.int(), z.minimum(30), z.maximum(3000)), 600),
});
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    phase: { type: 'string' },
    replay: { type: 'string' },
    'replay-volume': { type: 'string' },
    connections: { type: 'string' },
    objects: { type: 'string' },
  },
});
const parsedFlags = FlagsSchema.safeParse(values);
if (!parsedFlags.success) {
  console.error(`npm run bench:capacity: ${z.prettifyError(parsedFlags.error)}`);
  process.exit(2);
}
const flags = parsedFlags.data;

// ── The model's assumptions ───────────────────────────────────────────────────────────────────────
const MODEL = {
  volumes: [1_000_000, 5_000_000, 20_000_000, 100_000_000],
  /** Which kind of authority an answer rates; within a kind, answers follow population. */
  kindShares: { commune: 0.7, epci: 0.15, departement: 0.15 } as Record<string, number>,
  /** Month weights: ordinary 1, August 0.5, the campaign month (October) × campaignMultiplier. */
  campaignMultiplier: 3,
  augustWeight: 0.5,
  /** Day weights within a month; the campaign's launch day (a weekday: mailing, posters) counts launchDayFactor. */
  dayWeights: { weekday: 1, saturday: 0.35, sunday: 0.1 },
  launchDayFactor: 2,
  /**
   * Weekday hours (Europe/Paris), 0 h to 23 h: counters open about 8:30–12:00 and 13:30–17:30
   * (answers at the counter, by QR code in the waiting room), online answers into the evening.
   */
  hourWeights: [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.0, 3.2, 3.6, 3.3, 2.0, 2.2, 3.0, 3.2, 2.9, 2.2, 1.4, 1.1, 1.0, 0.8, 0.5, 0.25],
  /** The busiest minute of the peak hour against the hour's mean minute (a newsletter, a queue at a poster). */
  minuteBurst: 1.5,
  /** POSTs per answer: the first tap, then a fuller version (criteria, comment) for those who go on. */
  writesPerAnswer: 1.6,
  /** Results views (GET …/results, not cached: no-store) per answer; each view reads every shard. */
  readsPerAnswer: 0.5,
  /** A limit is planned against at this utilisation. */
  headroom: 0.5,
  /** Cloudflare's documented figures (see ARCHITECTURE.md « Capacity at national scale » for sources). */
  cloudflare: {
    durableObjectSoftRps: 1000,
    d1QueriesPerSecondAt1ms: 1000,
    workersFreeCpuMs: 10,
    workersPaidCpuMsDefault: 30_000,
    workersFreeRequestsPerDay: 100_000,
  },
};

/** The ledgers' push delay as deployed: the model's. */
const SUMMARY_DELAY_MS = DEFAULT_SUMMARY_DELAY_SECONDS * 1000;
/**
 * The delay of the server measured here: short, so the push measurement and the replay's summary
 * lag take seconds, not minutes. A push costs the same whatever the delay before it.
 */
const MEASURED_DELAY_MS = 2000;

const HOT = 'commune:75056'; // Paris
const SECOND = 'commune:13055'; // Marseille

// ── Calendar ──────────────────────────────────────────────────────────────────────────────────────
function calendar() {
  const months = 12;
  const monthTotal = months - 2 + MODEL.augustWeight + MODEL.campaignMultiplier;
  const monthShare = MODEL.campaignMultiplier / monthTotal;
  // An average month: 30.44 days, 5/7 weekdays.
  const days = 30.44;
  const { weekday, saturday, sunday } = MODEL.dayWeights;
  const dayTotal = days * ((5 / 7) * weekday + (1 / 7) * saturday + (1 / 7) * sunday) + (MODEL.launchDayFactor - 1) * weekday;
  const dayShare = (MODEL.launchDayFactor * weekday) / dayTotal;
  const hourTotal = MODEL.hourWeights.reduce((sum, weight) => sum + weight, 0);
  const peakHour = MODEL.hourWeights.indexOf(Math.max(...MODEL.hourWeights));
  const hourShare = (MODEL.hourWeights[peakHour] ?? 0) / hourTotal;
  const minuteShare = (hourShare / 60) * MODEL.minuteBurst;
  const peakMinuteFraction = monthShare * dayShare * minuteShare;
  return { monthShare, dayShare, peakHour, hourShare, peakMinuteFraction, peakToMeanRatio: peakMinuteFraction * 365.25 * 24 * 60 };
}
const CAL = calendar();

// ── Territories and their share of a year ─────────────────────────────────────────────────────────
const territories = allTerritories();
const populationByKind = new Map<string, number>();
for (const territory of territories) populationByKind.set(territory.kind, (populationByKind.get(territory.kind) ?? 0) + territory.population);
/** Share of the national answers each territory receives. */
const shares = territories
  .map((territory) => ({
    territory,
    share: ((MODEL.kindShares[territory.kind] ?? 0) * territory.population) / Math.max(populationByKind.get(territory.kind) ?? 1, 1),
  }))
  .filter(({ share }) => share > 0)
  .sort((a, b) => b.share - a.share);
const counts = Object.fromEntries(['commune', 'epci', 'departement'].map((kind) => [kind, territories.filter((t) => t.kind === kind).length]));
const shareOf = (id: string) => shares.find(({ territory }) => territory.id === id)?.share ?? 0;

/** Peak-minute rates (per second) of one territory at a national yearly volume. */
function peakRates(volume: number, share: number) {
  const answers = (volume * share * CAL.peakMinuteFraction) / 60;
  return { answers, writes: answers * MODEL.writesPerAnswer, reads: answers * MODEL.readsPerAnswer };
}

/**
 * D1 summary pushes per second across every ledger. A ledger's alarm is set SUMMARY_DELAY_MS after
 * the first write that finds none pending and pushes once; the next write after that starts the
 * next cycle: a ledger written at w per second pushes 1 / (1/w + T + p) times a second.
 */
function d1Load(volume: number, options: { delayMs: number; pushSeconds: number; shardsOfHot: number; subset?: typeof shares }) {
  let pushes = 0;
  for (const { territory, share } of options.subset ?? shares) {
    const shards = territory.id === HOT ? options.shardsOfHot : 1;
    const writes = peakRates(volume, share).writes / shards;
    if (writes <= 0) continue;
    pushes += shards / (1 / writes + options.delayMs / 1000 + options.pushSeconds);
  }
  return pushes;
}

// ── Statements per push: the ledger's own code, against a D1 stand-in that counts ─────────────────
// The ledger's module is imported at run time by a path TypeScript does not follow: it is Worker code,
// typed against the Workers runtime, which this Node script's typecheck does not load.
const SUMMARY_MODULE = '../worker/src/ledger/summary.js';
const { summaryStatements } = (await import(SUMMARY_MODULE)) as {
  summaryStatements: (db: unknown, territory: Territory, shard: number, summaries: unknown[], now: number) => unknown[];
};
function statementsPerPush(months: number): number {
  const stub = { prepare: () => ({ bind: () => ({}) }) };
  const indicators = Object.fromEntries(INDICATORS.map((name) => [name, { n: 1, scoreSum: 1, satisfied: 1 }]));
  const summary = { month: '2026-10', answers: 1, flagged: 0, refused: 0, respondents: 1, capped: 0, withoutOrigin: 0, peakDay: 1, indicators };
  return summaryStatements(
    stub,
    findTerritory(HOT) as Territory,
    0,
    Array.from({ length: months }, () => summary),
    0,
  ).length;
}
const STATEMENTS_PER_PUSH = statementsPerPush(1);

// ── Load ──────────────────────────────────────────────────────────────────────────────────────────
const random = new Random(15);
const answerFor = (territory: string): Answer => benchAnswer(random, territory);

interface Phase {
  name: string;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  answersAccepted: number;
  answersPerSecond: number;
  meanMs: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number | null;
  loadAverage: number;
  accepted?: Map<string, number>;
}

let totalAccepted = 0;
async function load(
  url: string,
  group: number,
  options: {
    name: string;
    path: string;
    method: 'GET' | 'POST';
    seconds: number;
    connections: number;
    body?: () => { body: string; territories: string[] };
    overallRate?: number;
  },
): Promise<Phase> {
  const accepted = new Map<string, number>();
  let acceptedTotal = 0;
  const cpuBefore = workerdCpu(group);
  const started = performance.now();
  const result = await autocannon({
    url: `${url}${options.path}`,
    method: options.method,
    duration: options.seconds,
    connections: options.connections,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: options.method,
        ...(options.body
          ? {
              setupRequest: (request: autocannon.Request, context: object) => {
                const { body, territories: named } = (options.body as NonNullable<typeof options.body>)();
                (context as { territories?: string[] }).territories = named;
                return { ...request, body };
              },
            }
          : {}),
        onResponse: (status: number, body: string, context: object) => {
          if (status !== 200 || options.method !== 'POST') return;
          const named = (context as { territories?: string[] }).territories ?? [];
          const matches = body.match(/"accepted"/g)?.length ?? 0;
          acceptedTotal += matches;
          // A single-territory request credits that territory; batches are credited to their first.
          const key = named[0] ?? '';
          accepted.set(key, (accepted.get(key) ?? 0) + matches);
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = spentBetween(cpuBefore, workerdCpu(group));
  totalAccepted += acceptedTotal;
  return {
    name: options.name,
    seconds: Math.round(seconds * 10) / 10,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    answersAccepted: acceptedTotal,
    answersPerSecond: Math.round((acceptedTotal / options.seconds) * 10) / 10,
    meanMs: Math.round(result.latency.mean * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: cpu.restarted ? null : Math.round((cpu.amount / Math.max(result.requests.total, 1)) * 100) / 100,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    accepted,
  };
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: T }).data;
}
const summarised = (url: string) => json<{ summarised: number }>(`${url}/v1/dev/totals`).then((data) => data.summarised);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes one answer to each of `ids`, 3 territories per request (a batch names at most 3), many requests at once. */
async function burst(url: string, ids: string[]): Promise<{ writeMs: number; accepted: number; failed: number }> {
  const requests: string[][] = [];
  for (let index = 0; index < ids.length; index += 3) requests.push(ids.slice(index, index + 3));
  let accepted = 0;
  let failed = 0;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 24 }, async () => {
      while (next < requests.length) {
        const group = requests[next++] ?? [];
        const response = await fetch(`${url}/v1/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: group.map(answerFor) }),
        });
        const count = (await response.text()).match(/"accepted"/g)?.length ?? 0;
        accepted += count;
        failed += group.length - count;
      }
    }),
  );
  totalAccepted += accepted;
  return { writeMs: performance.now() - started, accepted, failed };
}

/** Polls D1's total until it has not changed for `quietMs` (and at least `minMs` went by): when it last changed, and to what. */
async function settle(url: string, from: number, minMs: number, quietMs = 1500, timeoutMs = minMs + 20_000) {
  let total = await summarised(url);
  let changedAt = 0;
  while (performance.now() - from < timeoutMs) {
    await sleep(100);
    const now = await summarised(url);
    const at = performance.now() - from;
    if (now !== total) {
      total = now;
      changedAt = at;
    } else if (at >= minMs && at - changedAt >= quietMs) break;
  }
  return { lastChangeMs: Math.round(changedAt), total };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const fmt = (value: number) =>
  value >= 1e9
    ? `${round(value / 1e9, 1)} G`
    : value >= 1e6
      ? `${round(value / 1e6, 1)} M`
      : value >= 1e3
        ? `${round(value / 1e3, 1)} k`
        : `${round(value, 2)}`;

// ── Run ───────────────────────────────────────────────────────────────────────────────────────────
const startedAt = new Date().toISOString();
const runStarted = performance.now();
console.log(
  `bench:capacity — ${flags.phase} s per phase, replay ${flags.replay} s, port ${flags.port}, load from 127.0.0.1 (machine: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)})`,
);
const STATE = existsSync('/dev/shm') ? '/dev/shm/barometre-capacity-state' : '.wrangler/capacity-state';
const server = await startLocalServer({
  persistTo: STATE,
  port: flags.port,
  fresh: true,
  vars: { ...UNLIMITED_CLIENT_VARS, SUMMARY_DELAY_SECONDS: String(MEASURED_DELAY_MS / 1000) },
});
const group = server.process.pid ?? 0;
const url = server.url;

/** The hottest objects of the model (the same order at every volume): warmed, burst-pushed, replayed. */
const hottest = shares.slice(0, flags.objects);
const hottestIds = hottest.map(({ territory }) => territory.id);
const coverage = hottest.reduce((sum, { share }) => sum + share, 0);

try {
  // 0. Warm the isolate.
  await load(url, group, {
    name: 'warm-up',
    path: '/v1/responses/validate',
    method: 'POST',
    seconds: 2,
    connections: 4,
    body: () => ({ body: JSON.stringify(answerFor(HOT)), territories: [HOT] }),
  });

  // 1. D1 summary push. A first burst over the hottest objects creates their ledgers (schema, first
  // push). Then a smaller burst on warm ledgers, written faster than the alarm delay, so that every
  // push happens after the last write: the workerd CPU spent in the following seconds (the alarms:
  // reading the month's rows, a D1 batch of upserts, local D1 executing it), net of an idle
  // baseline, divided by the pushes, is the cost of one push. No request is made meanwhile.
  console.log(`  D1 push: creating the ${hottestIds.length} hottest ledgers, then a burst on warm ones…`);
  const creation = await burst(url, hottestIds);
  await settle(url, performance.now(), MEASURED_DELAY_MS + 500);
  const idleStart = performance.now();
  const idleCpu = workerdCpu(group);
  await sleep(2000);
  const idleMsPerSecond = (spentBetween(idleCpu, workerdCpu(group)).amount / (performance.now() - idleStart)) * 1000;
  const burstIds = hottestIds.slice(0, Math.min(100, hottestIds.length));
  const beforeBurst = await summarised(url);
  const measured = await burst(url, burstIds);
  const windowStart = performance.now();
  const windowCpu = workerdCpu(group);
  await sleep(MEASURED_DELAY_MS + 2000);
  const windowSeconds = (performance.now() - windowStart) / 1000;
  const windowUse = spentBetween(windowCpu, workerdCpu(group));
  if (windowUse.restarted) console.warn('  workerd restarted during the D1 push window (a file under worker/src changed): the push cost is unreliable');
  const pushCpu = windowUse.amount - idleMsPerSecond * windowSeconds;
  const afterBurst = (await settle(url, performance.now(), 0, 600)).total;
  const cpuMsPerPush = Math.max(pushCpu, 0.001) / Math.max(measured.accepted, 1);
  // One core of this machine doing nothing but pushes: a conservative local figure for D1's single
  // writer, since it also counts the ledgers' side of each alarm.
  const pushesPerSecond = 1000 / cpuMsPerPush;
  const d1 = {
    ledgers: measured.accepted,
    failedWrites: measured.failed + creation.failed,
    writeSpreadMs: Math.round(measured.writeMs),
    clean: measured.writeMs < MEASURED_DELAY_MS && !windowUse.restarted,
    pushedAnswers: afterBurst - beforeBurst,
    idleCpuMsPerSecond: round(idleMsPerSecond, 1),
    windowSeconds: round(windowSeconds, 2),
    windowCpuMsNetOfIdle: round(pushCpu, 1),
    cpuMsPerPush: round(cpuMsPerPush, 3),
    pushesPerSecond: Math.round(pushesPerSecond),
    statementsPerPush: STATEMENTS_PER_PUSH,
    statementsPerPushTwoMonths: statementsPerPush(2),
    cpuMsPerStatement: round(cpuMsPerPush / STATEMENTS_PER_PUSH, 3),
    creationBurst: { ledgers: creation.accepted, writeMs: Math.round(creation.writeMs) },
  };

  // 2. Worker only (validate) against ingestion: one ledger, then many.
  const body1 = (territory: () => string) => () => {
    const id = territory();
    return { body: JSON.stringify(answerFor(id)), territories: [id] };
  };
  console.log('  write rates…');
  const validate = await load(url, group, {
    name: 'validate only (Worker, no ledger)',
    path: '/v1/responses/validate',
    method: 'POST',
    seconds: flags.phase,
    connections: flags.connections,
    body: body1(() => HOT),
  });
  // Two rounds, alternated, so a neighbour's burst on this shared machine hits both alike; the best
  // round of each is its capacity (noise from other jobs only ever lowers a rate).
  const singles: Phase[] = [];
  const spreads: Phase[] = [];
  for (let round = 1; round <= 2; round += 1) {
    singles.push(
      await load(url, group, {
        name: `one ledger (${HOT}), single answers, round ${round}`,
        path: '/v1/responses',
        method: 'POST',
        seconds: flags.phase,
        connections: flags.connections,
        body: body1(() => HOT),
      }),
    );
    spreads.push(
      await load(url, group, {
        name: `${hottestIds.length} ledgers, single answers, round ${round}`,
        path: '/v1/responses',
        method: 'POST',
        seconds: flags.phase,
        connections: flags.connections,
        body: body1(() => random.pick(hottestIds)),
      }),
    );
  }
  const best = (phases: Phase[]) => phases.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  const single = best(singles);
  const spread = best(spreads);
  const batched = await load(url, group, {
    name: `one ledger (${HOT}), batches of 20`,
    path: '/v1/responses',
    method: 'POST',
    seconds: flags.phase,
    connections: flags.connections,
    body: () => ({ body: JSON.stringify({ answers: Array.from({ length: 20 }, () => answerFor(HOT)) }), territories: [HOT] }),
  });
  const light = await load(url, group, {
    name: 'one connection (unloaded latency)',
    path: '/v1/responses',
    method: 'POST',
    seconds: Math.max(3, flags.phase - 2),
    connections: 1,
    body: body1(() => random.pick(hottestIds)),
  });

  // 3. Read path on the hot ledger.
  console.log('  read path…');
  const parisAnswers = (await json<{ answers: number }>(`${url}/v1/territories/${HOT}/results`)).answers;
  const readLatency = await load(url, group, {
    name: `results ${HOT}, 1 connection`,
    path: `/v1/territories/${HOT}/results`,
    method: 'GET',
    seconds: Math.max(3, flags.phase - 2),
    connections: 1,
  });
  const readThroughput = await load(url, group, {
    name: `results ${HOT}, ${flags.connections} connections`,
    path: `/v1/territories/${HOT}/results`,
    method: 'GET',
    seconds: flags.phase,
    connections: flags.connections,
  });

  // ── The model at each volume ────────────────────────────────────────────────────────────────
  const localLedgerRps = single.requestsPerSecond;
  const localSpreadRps = spread.requestsPerSecond;
  const pushSeconds = 1 / pushesPerSecond;
  const limits = {
    doDocumented: MODEL.cloudflare.durableObjectSoftRps,
    doLocal: localLedgerRps,
    d1PushesLocal: pushesPerSecond,
    d1PushesDocumented: MODEL.cloudflare.d1QueriesPerSecondAt1ms / STATEMENTS_PER_PUSH,
  };
  const hotShare = shareOf(HOT);
  const hotLoad = (volume: number, shards = 1) => {
    const rates = peakRates(volume, hotShare);
    // Each shard takes 1/N of the writes; every results view reads every shard.
    return rates.writes / shards + rates.reads;
  };
  const d1At = (volume: number, delayMs = SUMMARY_DELAY_MS, shardsOfHot = 1) => d1Load(volume, { delayMs, pushSeconds, shardsOfHot });
  /** The smallest volume at which `utilisation(volume)` reaches 1, by bisection (utilisation grows with volume). */
  const bindsAt = (utilisation: (volume: number) => number) => {
    let low = 1e3;
    let high = 1e13;
    if (utilisation(high) < 1) return Infinity;
    for (let step = 0; step < 80; step += 1) {
      const middle = Math.sqrt(low * high);
      if (utilisation(middle) >= 1) high = middle;
      else low = middle;
    }
    return high;
  };
  const shardsFor = (volume: number, capacity: number) => {
    const rates = peakRates(volume, hotShare);
    if (rates.reads >= capacity * MODEL.headroom) return null; // reads alone: sharding cannot help
    return Math.max(1, Math.ceil(rates.writes / (capacity * MODEL.headroom - rates.reads)));
  };
  const cpuIngest = spread.cpuMsPerRequest;
  const cpuValidate = validate.cpuMsPerRequest;
  const cpuRead = readThroughput.cpuMsPerRequest;
  const requestsPerAnswer = MODEL.writesPerAnswer + MODEL.readsPerAnswer;

  const rows = MODEL.volumes.map((volume) => {
    const hot = peakRates(volume, hotShare);
    const second = peakRates(volume, shareOf(SECOND));
    const national = peakRates(volume, 1);
    const pushes = d1At(volume);
    return {
      volume,
      nationalPeakAnswersPerMinute: round(national.answers * 60, 1),
      nationalPeakWritesPerSecond: round(national.writes, 2),
      parisPeakWritesPerSecond: round(hot.writes, 3),
      parisPeakReadsPerSecond: round(hot.reads, 3),
      marseillePeakWritesPerSecond: round(second.writes, 3),
      parisUtilisationDocumentedDo: round(hotLoad(volume) / limits.doDocumented, 5),
      parisUtilisationLocalDo: round(hotLoad(volume) / limits.doLocal, 5),
      d1PushesPerSecond: round(pushes, 2),
      d1StatementsPerSecond: round(pushes * STATEMENTS_PER_PUSH, 1),
      d1UtilisationLocal: round(pushes / limits.d1PushesLocal, 4),
      d1UtilisationDocumented: round(pushes / limits.d1PushesDocumented, 4),
      workerCpuMsPerIngest: cpuIngest,
      workersFreePeakDayRequests: Math.round(volume * CAL.monthShare * CAL.dayShare * requestsPerAnswer),
      parisShardsNeeded: { documented: shardsFor(volume, limits.doDocumented), local: shardsFor(volume, limits.doLocal) },
    };
  });

  const binding = [
    { limit: 'Durable Object, Paris (documented soft 1,000 req/s)', volume: bindsAt((v) => hotLoad(v) / limits.doDocumented) },
    { limit: `Durable Object, Paris (measured local ${Math.round(limits.doLocal)} req/s)`, volume: bindsAt((v) => hotLoad(v) / limits.doLocal) },
    {
      limit: `D1 single writer, alarm fan-out (measured local ${Math.round(limits.d1PushesLocal)} pushes/s)`,
      volume: bindsAt((v) => d1At(v) / limits.d1PushesLocal),
    },
    {
      limit: `D1 single writer, alarm fan-out (documented ~1 ms/query: ${Math.round(limits.d1PushesDocumented)} pushes/s)`,
      volume: bindsAt((v) => d1At(v) / limits.d1PushesDocumented),
    },
    {
      limit: 'Workers Free: 100,000 requests/day (peak day)',
      volume: MODEL.cloudflare.workersFreeRequestsPerDay / (CAL.monthShare * CAL.dayShare * requestsPerAnswer),
    },
    {
      limit: `Worker CPU per request (${cpuValidate ?? '?'} ms measured for the Worker's part, Free 10 ms)`,
      volume: (cpuValidate ?? 0) > MODEL.cloudflare.workersFreeCpuMs ? 0 : Infinity,
    },
  ].map((entry) => ({ ...entry, volume: Number.isFinite(entry.volume) ? Math.round(entry.volume) : null }));
  const architectural = binding
    .filter((entry) => !entry.limit.startsWith('Workers Free') && entry.volume !== null)
    .sort((a, b) => (a.volume ?? 0) - (b.volume ?? 0));

  // Design answers for D1: the 2 s delay before this one, fewer statements per push (indicators as
  // columns of territory_month: one upsert), a longer summary delay, both; and what sharding Paris
  // does to D1 (it adds pushes).
  const d1Binds = (statements: number, delayMs: number, shardsOfHot = 1) =>
    bindsAt(
      (v) =>
        d1Load(v, { delayMs, pushSeconds: (pushSeconds * statements) / STATEMENTS_PER_PUSH, shardsOfHot }) /
        (pushesPerSecond * (STATEMENTS_PER_PUSH / statements)),
    );
  const d1BindsDocumented = (statements: number, delayMs: number) =>
    bindsAt((v) => (d1Load(v, { delayMs, pushSeconds, shardsOfHot: 1 }) * statements) / MODEL.cloudflare.d1QueriesPerSecondAt1ms);
  const designs = [
    {
      design: `today: ${STATEMENTS_PER_PUSH} statements per push, alarm ${SUMMARY_DELAY_MS / 1000} s`,
      statements: STATEMENTS_PER_PUSH,
      delayMs: SUMMARY_DELAY_MS,
    },
    { design: `before: alarm 2 s, ${STATEMENTS_PER_PUSH} statements`, statements: STATEMENTS_PER_PUSH, delayMs: 2_000 },
    { design: 'one upsert per push (indicators as columns)', statements: 1, delayMs: SUMMARY_DELAY_MS },
    { design: `alarm 5 min, ${STATEMENTS_PER_PUSH} statements`, statements: STATEMENTS_PER_PUSH, delayMs: 300_000 },
    { design: 'one upsert per push and alarm 5 min', statements: 1, delayMs: 300_000 },
  ].map(({ design, statements, delayMs }) => {
    const local = d1Binds(statements, delayMs);
    const documented = d1BindsDocumented(statements, delayMs);
    return {
      design,
      bindsAtLocal: Number.isFinite(local) ? Math.round(local) : null,
      bindsAtDocumented: Number.isFinite(documented) ? Math.round(documented) : null,
    };
  });

  // ── 4. Local replay of the model's peak minute ──────────────────────────────────────────────
  const replayVolume = flags['replay-volume'];
  const replayRates = hottest.map(({ territory, share }) => ({ id: territory.id, writes: peakRates(replayVolume, share).writes }));
  const replayNational = replayRates.reduce((sum, entry) => sum + entry.writes, 0);
  // Replayed at half of what this server sustained for the same mix (the median of the spread
  // rounds and the one-connection phase: on a shared machine, the best round overstates what the
  // next 20 s will offer).
  const sustained = [...spreads.map((phase) => phase.requestsPerSecond), light.requestsPerSecond].sort((a, b) => a - b)[1] ?? localSpreadRps;
  const utilisationTarget = 0.5;
  const offered = Math.max(5, Math.round(sustained * utilisationTarget));
  const scale = offered / replayNational;
  const cumulative: number[] = [];
  let acc = 0;
  for (const entry of replayRates) cumulative.push((acc += entry.writes));
  const sample = () => {
    const target = random.next() * acc;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return replayRates[low]?.id ?? HOT;
  };
  const scaled = replayRates.map((entry) => ({ ...entry, writes: entry.writes * scale }));
  // The server's capacity for this mix: the best of the spread phases (on a shared machine, a
  // phase another job disturbs comes out low).
  const rho = offered / sustained;
  const predicted = {
    acknowledgedPerSecond: offered,
    meanLatencyMs: round(light.meanMs / Math.max(1 - rho, 0.05), 1),
    parisShare: round((replayRates.find((entry) => entry.id === HOT)?.writes ?? 0) / replayNational, 4),
    d1PushesPerSecond: round(
      scaled.reduce((sum, entry) => sum + 1 / (1 / entry.writes + MEASURED_DELAY_MS / 1000 + pushSeconds), 0),
      1,
    ),
    // After the last write: the ledgers written in the last T seconds are dirty; their alarms fire
    // within T and drain at the measured push rate.
    summaryLagMs: Math.round(
      MEASURED_DELAY_MS + (scaled.reduce((sum, entry) => sum + (1 - Math.exp((-entry.writes * MEASURED_DELAY_MS) / 1000)), 0) / pushesPerSecond) * 1000,
    ),
  };
  console.log(`  replay: ${fmt(replayVolume)} answers/year, peak minute scaled by ${scale.toExponential(2)} to ${offered} req/s for ${flags.replay} s…`);
  const replay = await load(url, group, {
    name: `replay of the peak minute (${fmt(replayVolume)}/year, × ${scale.toExponential(2)})`,
    path: '/v1/responses',
    method: 'POST',
    seconds: flags.replay,
    connections: 32,
    overallRate: offered,
    body: body1(sample),
  });
  const replayEnd = performance.now();
  // When D1 last changed after the last write: requests in flight at the deadline were stored too.
  const lag = await settle(url, replayEnd, MEASURED_DELAY_MS + 500);
  const measuredReplay = {
    acknowledgedPerSecond: replay.answersPerSecond,
    meanLatencyMs: replay.meanMs,
    p99: replay.p99,
    parisShare: round((replay.accepted?.get(HOT) ?? 0) / Math.max(replay.answersAccepted, 1), 4),
    summaryLagMs: lag.lastChangeMs,
    errors: replay.errors,
  };
  const settledTotal = lag.total;

  // ── Output ──────────────────────────────────────────────────────────────────────────────────
  const strip = ({ accepted: _accepted, ...phase }: Phase) => phase;
  const phases = [validate, ...singles, ...spreads, batched, light, readLatency, readThroughput, replay].map(strip);
  const figures = {
    startedAt,
    seconds: Math.round((performance.now() - runStarted) / 1000),
    machine: {
      cores: cpus().length,
      node: process.version,
      loadAverageAtEnd: round(loadavg()[0] ?? 0),
      note: 'shared 2-core machine: other jobs run beside this one; figures are noisy',
    },
    settings: flags,
    model: {
      ...MODEL,
      calendar: CAL,
      territories: counts,
      hottest: shares
        .slice(0, 6)
        .map(({ territory, share }) => ({ id: territory.id, name: territory.name, population: territory.population, share: round(share, 5) })),
    },
    measured: {
      phases,
      localLedgerRequestsPerSecond: localLedgerRps,
      localSpreadRequestsPerSecond: localSpreadRps,
      ledgerOverSpread: round(localLedgerRps / Math.max(localSpreadRps, 1), 3),
      batchedAnswersPerSecondOneLedger: batched.answersPerSecond,
      cpuMsPerRequest: {
        validate: cpuValidate,
        ingestOneLedger: single.cpuMsPerRequest,
        ingestSpread: cpuIngest,
        ingestBatch20: batched.cpuMsPerRequest,
        read: cpuRead,
      },
      read: { territory: HOT, answers: parisAnswers, p50: readLatency.p50, p99: readLatency.p99, requestsPerSecond: readThroughput.requestsPerSecond },
      d1,
      acknowledgedTotal: totalAccepted,
      summarisedInD1AtEnd: settledTotal,
    },
    volumes: rows,
    binding,
    bindsFirst: architectural[0] ?? null,
    d1Designs: designs,
    parisFlashCrowdAnswersPerMinuteToSaturate: {
      documented: Math.round((limits.doDocumented * 60) / MODEL.writesPerAnswer),
      local: Math.round((limits.doLocal * 60) / MODEL.writesPerAnswer),
    },
    replay: {
      volume: replayVolume,
      objects: hottestIds.length,
      coverage: round(coverage, 4),
      scale,
      sustainedRequestsPerSecond: sustained,
      offeredRequestsPerSecond: offered,
      utilisation: round(rho, 3),
      predicted,
      measured: measuredReplay,
      ratios: {
        acknowledged: round(measuredReplay.acknowledgedPerSecond / predicted.acknowledgedPerSecond, 3),
        meanLatency: round(measuredReplay.meanLatencyMs / predicted.meanLatencyMs, 3),
        parisShare: round(measuredReplay.parisShare / Math.max(predicted.parisShare, 1e-9), 3),
        summaryLag: round(measuredReplay.summaryLagMs / predicted.summaryLagMs, 3),
      },
    },
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/capacity.json', `${JSON.stringify(figures, null, 2)}\n`);

  console.log('\nMeasured (local wrangler dev, 127.0.0.1):');
  console.table(
    phases.map((phase) => ({
      phase: phase.name,
      'req/s': phase.requestsPerSecond,
      'answers/s': phase.answersPerSecond || '',
      'mean ms': phase.meanMs,
      p50: phase.p50,
      p99: phase.p99,
      'CPU ms/req': phase.cpuMsPerRequest,
      errors: phase.errors,
    })),
  );
  console.log(
    `D1 push: ${STATEMENTS_PER_PUSH} statements per push (one dirty month); ${d1.ledgers} warm ledgers written in ${d1.writeSpreadMs} ms${d1.clean ? '' : ' (longer than the alarm delay: some pushes overlapped the writes)'}, ${d1.pushedAnswers} answers reached D1; ${d1.cpuMsPerPush} ms of workerd CPU per push → ${d1.pushesPerSecond} pushes/s on one core.`,
  );
  console.log(
    `\nModel: peak minute = ${(CAL.peakMinuteFraction * 100).toExponential(2)} % of a year (${round(CAL.peakToMeanRatio, 1)} × the mean minute); Paris receives ${(hotShare * 100).toFixed(2)} % of the answers.`,
  );
  console.table(
    rows.map((row) => ({
      'answers/year': fmt(row.volume),
      'national peak writes/s': row.nationalPeakWritesPerSecond,
      'Paris writes+reads/s': round(row.parisPeakWritesPerSecond + row.parisPeakReadsPerSecond, 3),
      'Paris DO use (1,000/s)': `${round(row.parisUtilisationDocumentedDo * 100, 3)} %`,
      'D1 pushes/s': row.d1PushesPerSecond,
      'D1 statements/s': row.d1StatementsPerSecond,
      'D1 use (local)': `${round(row.d1UtilisationLocal * 100, 2)} %`,
      'D1 use (1 ms/query)': `${round(row.d1UtilisationDocumented * 100, 2)} %`,
      'Free plan req on peak day': row.workersFreePeakDayRequests,
    })),
  );
  console.log('Volume (answers/year) at which each limit binds:');
  console.table(binding.map((entry) => ({ limit: entry.limit, 'binds at': entry.volume === null ? 'never (not volume-bound)' : fmt(entry.volume) })));
  console.table(
    designs.map((entry) => ({
      'D1 design': entry.design,
      'binds at (local)': entry.bindsAtLocal ? fmt(entry.bindsAtLocal) : 'never',
      'binds at (1 ms/query)': entry.bindsAtDocumented ? fmt(entry.bindsAtDocumented) : 'never',
    })),
  );
  console.log(
    `Binds first (plan-independent): ${figures.bindsFirst ? `${figures.bindsFirst.limit} at ${fmt(figures.bindsFirst.volume ?? 0)} answers/year` : 'nothing below 10 T answers/year'}.`,
  );
  console.log('\nReplay, predicted against measured:');
  console.table([
    {
      figure: 'acknowledged answers/s',
      predicted: predicted.acknowledgedPerSecond,
      measured: measuredReplay.acknowledgedPerSecond,
      ratio: figures.replay.ratios.acknowledged,
    },
    { figure: 'mean latency (ms)', predicted: predicted.meanLatencyMs, measured: measuredReplay.meanLatencyMs, ratio: figures.replay.ratios.meanLatency },
    { figure: "Paris's share of answers", predicted: predicted.parisShare, measured: measuredReplay.parisShare, ratio: figures.replay.ratios.parisShare },
    {
      figure: 'D1 last changed, ms after the last write',
      predicted: predicted.summaryLagMs,
      measured: measuredReplay.summaryLagMs,
      ratio: figures.replay.ratios.summaryLag,
    },
  ]);
  console.log(
    `acknowledged over the run: ${totalAccepted}; answers in D1 at the end: ${settledTotal} (≥: requests in flight at a phase's deadline are stored too)`,
  );
  console.log(`written to bench/results/capacity.json (${figures.seconds} s)`);
} finally {
  await server.stop();
  rmSync(STATE, { recursive: true, force: true });
}
