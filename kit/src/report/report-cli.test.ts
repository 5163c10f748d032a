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
}, 60_000);
