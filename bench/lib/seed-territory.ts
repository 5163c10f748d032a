/**
 * Fills one territory with `count` synthetic answers spread over the last twelve months, through
 * the dev seeding route (2,000 per request), for the benchmarks that need a very large territory.
 * @module
 */
import type { Territory } from '../../survey/results.js';
import '../../survey/reference-data.js';
import { findTerritory } from '../../survey/territory-directory.js';
import { Random } from '../../scripts/seed/random.js';
import { postSeedBatch } from '../../scripts/seed/run-seed.js';
import { lastTwelveMonths, syntheticAnswer } from '../../scripts/seed/synthetic.js';

/** Seconds it took. */
export async function seedTerritory(url: string, id: string, count: number): Promise<number> {
  const territory = findTerritory(id) as Territory;
  const random = new Random(count);
  const months = lastTwelveMonths(Date.now());
  const started = Date.now();
  let sent = 0;
  const perMonth = Math.ceil(count / months.length);
  const batches: { at: number; size: number }[] = [];
  for (const at of months)
    for (let done = 0; done < perMonth && sent + done < count; done += 2000) batches.push({ at, size: Math.min(2000, perMonth - done, count - sent - done) });
  for (const { at, size } of batches) {
    await postSeedBatch(url, { at, answers: Array.from({ length: size }, () => syntheticAnswer(territory, 0.6, random)) });
    sent += size;
    if (process.stderr.isTTY) process.stderr.write(`\r  seeding ${id}: ${sent.toLocaleString('fr-FR')} / ${count.toLocaleString('fr-FR')}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return (Date.now() - started) / 1000;
}
