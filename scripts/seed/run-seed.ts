/**
 * Sends a seed plan to a running local Worker through `/v1/dev/seed`, its batches packed into
 * requests of up to ANSWERS_PER_REQUEST answers, a few requests at a time, showing progress.
 * Answers keep their seeded ids, so seeding twice adds nothing.
 * @module
 */
import '../../survey/reference-data.js';
import { departementsList, findTerritory } from '../../survey/territory-directory.js';
import type { Territory } from '../../survey/results.js';
import reference from '../../survey/generated/territories.js';
import { runAuditSeed, type AuditSeedResult } from './run-audit-seed.js';
import { seedPlan, type SeedBatch } from './synthetic.js';

export function allTerritories(): Territory[] {
  const ids = [...reference.communes.map(([code]) => `commune:${code}`), ...reference.epci.map(([code]) => `epci:${code}`)];
  return [...ids.map((id) => findTerritory(id)).filter((territory): territory is Territory => territory !== undefined), ...departementsList()];
}

function progress(done: number, total: number, started: number): void {
  const share = total === 0 ? 1 : done / total;
  const width = 30;
  const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
  const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
  const line = `seeding ${bar} ${(share * 100).toFixed(0).padStart(3)} %  ${done.toLocaleString('fr-FR')} / ${total.toLocaleString('fr-FR')} answers  (${rate.toLocaleString('fr-FR')}/s)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
  else if (done === total || Math.floor(share * 10) !== Math.floor(((done - 1) / total) * 10)) process.stderr.write(`${line}\n`);
}

/** Answers per request to /v1/dev/seed (its MAX_SEED_BATCH): a territory's month is often only a few dozen. */
const ANSWERS_PER_REQUEST = 500;

/** Consecutive batches of the plan, packed into requests of at most ANSWERS_PER_REQUEST answers (a batch is never split). */
function* packed(batches: Iterator<SeedBatch>): Generator<SeedBatch[]> {
  let pack: SeedBatch[] = [];
  let size = 0;
  for (let next = batches.next(); !next.done; next = batches.next()) {
    if (size + next.value.answers.length > ANSWERS_PER_REQUEST && pack.length > 0) {
      yield pack;
      pack = [];
      size = 0;
    }
    pack.push(next.value);
    size += next.value.answers.length;
  }
  if (pack.length > 0) yield pack;
}

/**
 * `wrangler dev` answers 503 to a request in flight when it restarts the Worker (a reload, its
 * first start settling) and never retries a POST itself. Seeding is idempotent (answers keep their
 * ids), so such a request is simply sent again.
 */
const ATTEMPTS = 5;

export async function postSeedBatch(url: string, batch: SeedBatch | SeedBatch[]): Promise<number> {
  const body = JSON.stringify(Array.isArray(batch) ? { batches: batch } : batch);
  const post = () => fetch(`${url}/v1/dev/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  let response = await post();
  for (let attempt = 1; response.status === 503 && attempt < ATTEMPTS; attempt += 1) {
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    response = await post();
  }
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { results: { status: string }[] } };
  return data.results.filter((result) => result.status === 'accepted').length;
}

export async function postCandidates(url: string, territories: string[]): Promise<number> {
  const response = await fetch(`${url}/v1/dev/candidates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ territories }),
  });
  if (!response.ok) throw new Error(`registering candidates failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { registered: number } }).data.registered;
}

export async function runSeed(
  url: string,
  options: { territories?: number; perThousand?: number; concurrency?: number } = {},
): Promise<{ territories: number; answers: number; accepted: number; seconds: number; audits: AuditSeedResult }> {
  const plan = seedPlan(allTerritories(), { territories: options.territories ?? 300, perThousand: options.perThousand ?? 2 });
  const started = Date.now();
  const requests = packed(plan.batches());
  let done = 0;
  let accepted = 0;
  const worker = async () => {
    for (let next = requests.next(); !next.done; next = requests.next()) {
      // Not `accepted += await …`: that reads `accepted` before the await, and concurrent workers lose counts.
      const fresh = await postSeedBatch(url, next.value);
      accepted += fresh;
      done += next.value.reduce((sum, batch) => sum + batch.answers.length, 0);
      progress(done, plan.answers, started);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  if (process.stderr.isTTY) process.stderr.write('\n');
  // Three seeded territories in four are Trophée candidates (approved registrations), so the local
  // Trophée ranks some and shows the others as not candidates.
  await postCandidates(
    url,
    plan.territories.filter((_, index) => index % 4 !== 3).map((territory) => territory.id),
  );
  // Mystery audits of some of the same territories, this year's and last year's campaigns.
  const audits = await runAuditSeed(url, plan.territories);
  return { territories: plan.territories.length, answers: plan.answers, accepted, seconds: (Date.now() - started) / 1000, audits };
}
