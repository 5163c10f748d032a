import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const report = (...args: string[]) =>
  run('node_modules/.bin/tsx', ['kit/src/report/report-cli.ts', ...args]).catch((error: { code: number; stderr: string }) => error);

describe('npm run report', () => {
  it('refuses a malformed period with what is expected, and writes nothing', async () => {
    const result = (await report('--territory', 'commune:25056', '--period', '2026-Q1')) as { code: number; stderr: string };
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a year (2026) or a quarter (2026-T1 to 2026-T4)');
  });

  it('says which request failed when no server answers', async () => {
    const result = (await report('--territory', 'commune:25056', '--period', '2026-T1', '--endpoint', 'http://127.0.0.1:9')) as {
      code: number;
      stderr: string;
    };
    expect(result.code).toBe(2);
    // Five requests leave at once; whichever fails first is named.
    expect(result.stderr).toMatch(/GET http:\/\/127\.0\.0\.1:9\/v1\/\S+\u202f: pas de réponse/u);
    expect(result.stderr).toContain('is a server running at http://127.0.0.1:9');
  });

  it('with --audits, refuses --period and a malformed year with what is expected, and writes nothing', async () => {
    const misplaced = (await report('--audits', '--territory', 'commune:25056', '--period', '2026')) as { code: number; stderr: string };
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--period is for the analysis report, not with --audits');
    const year = (await report('--audits', '--territory', 'commune:25056', '--year', '1999')) as { code: number; stderr: string };
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('expected a year between 2020 and 2100, such as 2026');
    const alone = (await report('--territory', 'commune:25056', '--year', '2026', '--token', 'x')) as { code: number; stderr: string };
    expect(alone.stderr).toContain('--year, --token goes with --audits only');
  });

  it('with --audits, says which request failed when no server answers', async () => {
    const result = (await report('--audits', '--territory', 'commune:25056', '--year', '2026', '--endpoint', 'http://127.0.0.1:9')) as {
      code: number;
      stderr: string;
    };
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /GET http:\/\/127\.0\.0\.1:9\/v1\/territories\/commune%3A25056\/(audits\?year=2026|results\?from=2026-01&to=2026-12)\u202f: pas de réponse/u,
    );
  });
}, 60_000);
