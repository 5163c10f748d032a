/**
 * Prints one closing line for the whole suite from the JSON reports of vitest and Playwright:
 * `tests: N passed, N failed` (and skipped), so a reader, or CI, sees the total at a glance.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function read<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

const vitest = read<VitestReport>('test-results/vitest.json');
const e2e = read<PlaywrightReport>('test-results/e2e.json');
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);
if (vitest) console.log(`unit and Worker tests: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
if (e2e) console.log(`browser tests: ${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed`);
if (existsSync('test-results/reliability.md')) {
  const verdict = /\*\*Verdict: (.*)\.\*\*/.exec(readFileSync('test-results/reliability.md', 'utf8'))?.[1] ?? 'no verdict';
  console.log(`reliability (short): ${verdict} — test-results/reliability.md`);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
