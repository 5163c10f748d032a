import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function kit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['kit/src/cli.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function wrangler(...args: string[]): Promise<unknown> {
  return run('node_modules/.bin/wrangler', args, { timeout: 60_000 });
}

describe('npm run kit', () => {
  it('stops before writing anything, with a message saying what to fix', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kit-cli-'));
    writeFileSync(join(scratch, 'notes.txt'), 'not a logo');
    writeFileSync(join(scratch, 'broken.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect');
    const out = join(scratch, 'out');
    const cases = await Promise.all([
      kit('--territory', 'commune:99999', '--out', out),
      kit('--territory', 'commune:25056', '--color', 'bleu', '--out', out),
      kit('--territory', 'commune:25056', '--color', '#7a7a7a', '--out', out),
      kit('--territory', 'commune:25056', '--logo', join(scratch, 'missing.png'), '--out', out),
      kit('--territory', 'commune:25056', '--logo', join(scratch, 'notes.txt'), '--out', out),
      kit('--territory', 'commune:25056', '--logo', join(scratch, 'broken.svg'), '--out', out),
      kit('--out', out),
      kit('--territory', 'commune:25056', '--lang', 'de', '--out', out),
    ]);
    expect(cases.map((result) => result.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    const [unknown, badColour, lowContrast, missing, notImage, brokenSvg, noTerritory, badLang] = cases.map((result) => result.stderr);
    expect(unknown).toContain('no territory has the id commune:99999');
    expect(badColour).toContain('expected a colour such as #000091');
    expect(lowContrast).toContain('4.5:1');
    expect(missing).toMatch(/cannot read the logo .*missing\.png: no such file/);
    expect(notImage).toContain('must be a PNG or an SVG');
    expect(brokenSvg).toContain('cannot be drawn');
    expect(noTerritory).toContain('give either --territory');
    expect(badLang).toMatch(/lang/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('writes the kit with one progress line per file when not on a terminal, then a summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kit-cli-ok-'));
    const result = await kit('--territory', 'commune:25056', '--color', '#18753c', '--lang', 'en', '--base-url', 'https://barometre.example.fr', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[1/19] commune:25056 affiche-a4.pdf');
    expect(result.stderr).toContain('[19/19] commune:25056 kit-commune-25056-en.zip');
    expect(result.stdout).toContain('A4 poster');
    expect(result.stdout).toContain(`written to ${out}`);
    expect(existsSync(join(out, 'kit-commune-25056-en.zip'))).toBe(true);
    expect(existsSync(join(out, 'story-1080x1920.png'))).toBe(true);
  }, 60_000);

  it('--all-registered builds a kit for every territory registered in the local state', async () => {
    const state = mkdtempSync(join(tmpdir(), 'kit-cli-state-'));
    const out = join(state, 'kits');
    await wrangler('d1', 'migrations', 'apply', 'barometre', '--local', '--persist-to', state);
    const empty = await kit('--all-registered', '--persist-to', state, '--out', out);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no territory is registered');
    await wrangler(
      'd1',
      'execute',
      'barometre',
      '--local',
      '--persist-to',
      state,
      '--command',
      "INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) VALUES ('commune:25056', 'a@b.fr', '[]', 'h1', 0), ('epci:200067106', 'c@d.fr', '[]', 'h2', 0)",
    );
    const result = await kit('--all-registered', '--persist-to', state, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 kits in');
    expect(existsSync(join(out, 'commune-25056', 'kit-commune-25056-fr.zip'))).toBe(true);
    expect(existsSync(join(out, 'epci-200067106', 'kit-epci-200067106-fr.zip'))).toBe(true);
  }, 90_000);
});
