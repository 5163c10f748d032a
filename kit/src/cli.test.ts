import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../scripts/lib/local-server.js';
import { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';

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
      kit('--territory', 'commune:25056', '--lang', 'nl', '--out', out),
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
    expect(badLang).toContain('expected one of the survey’s languages: fr, en, es, de, it, pt, ar, fr-falc');
    expect(badLang).toContain('lang');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('writes the kit with one progress line per file when not on a terminal, then a summary; --crop-marks marks the print PDFs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kit-cli-ok-'));
    const result = await kit(
      '--territory',
      'commune:25056',
      '--color',
      '#18753c',
      '--lang',
      'en',
      '--base-url',
      'https://barometre.example.fr',
      '--out',
      out,
      '--crop-marks',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[1/32] commune:25056 affiche-a4.pdf');
    expect(result.stderr).toContain('[32/32] commune:25056 kit-commune-25056-en.zip');
    expect(result.stdout).toContain('A4 poster');
    expect(result.stdout).toContain(`written to ${out}`);
    expect(existsSync(join(out, 'kit-commune-25056-en.zip'))).toBe(true);
    expect(existsSync(join(out, 'story-1080x1920.png'))).toBe(true);
    expect(existsSync(join(out, 'story-1080x1920@2x.png'))).toBe(true);
    expect(existsSync(join(out, 'banniere-728x90.html'))).toBe(true);
    // The trim, then 3 mm of bleed and 7 mm for the marks on every side.
    const flyer = await PDFDocument.load(readFileSync(join(out, 'flyer-a5.pdf')));
    expect(flyer.getPageCount()).toBe(2);
    expect(((flyer.getPage(0).getMediaBox().width - flyer.getPage(0).getTrimBox().width) * 25.4) / 72).toBeCloseTo(20, 3);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('Crop marks at the four corners');
  }, 60_000);
});

/** Ports 8820 and 8821 are this test's: the server on the first, nothing on the second. */
const SERVER_PORT = 8820;
const NO_SERVER = 'http://127.0.0.1:8821';

describe('npm run kit against a running server (--all-registered, --results)', () => {
  const state = mkdtempSync(join(tmpdir(), 'kit-cli-state-'));
  let server: LocalServer | undefined;

  beforeAll(async () => {
    // Every answer of these tests comes from one address: lift the per-respondent cap so each counts.
    server = await startLocalServer({
      persistTo: join(state, 'wrangler'),
      port: SERVER_PORT,
      fresh: true,
      vars: { ANSWERS_PER_RESPONDENT_PER_DAY: '1000000' },
    });
  }, 150_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(state, { recursive: true, force: true });
  }, 30_000);

  /** Claims a territory through the public API and approves the claim with the operator token, as the team would. */
  async function register(territory: string): Promise<void> {
    const url = server?.url ?? '';
    const claimed = await fetch(`${url}/v1/territories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ territory, contact: 'mairie@ville.example.fr' }),
    });
    expect(claimed.status, await claimed.clone().text()).toBe(201);
    const { claim } = ((await claimed.json()) as { data: { claim: string } }).data;
    const approved = await fetch(`${url}/v1/registrations/${claim}/approve`, { method: 'POST', headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } });
    expect(approved.status, await approved.clone().text()).toBe(200);
  }

  it('asks the running server for its registered territories and builds a kit for each', async () => {
    const out = join(state, 'kits');
    const url = server?.url ?? '';
    const empty = await kit('--all-registered', '--server', url, '--out', out);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`no territory is registered on ${url}`);
    const wrongToken = await kit('--all-registered', '--server', url, '--operator-token', 'not-the-operator-token', '--out', out);
    expect(wrongToken.code).toBe(2);
    expect(wrongToken.stderr).toContain('refused the operator token: 403');
    expect(existsSync(out)).toBe(false);

    await register('commune:25056');
    await register('epci:200067106');
    const result = await kit('--all-registered', '--server', url, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 kits in');
    expect(existsSync(join(out, 'commune-25056', 'kit-commune-25056-fr.zip'))).toBe(true);
    expect(existsSync(join(out, 'commune-25056', 'affiche-a4.pdf'))).toBe(true);
    expect(existsSync(join(out, 'epci-200067106', 'kit-epci-200067106-fr.zip'))).toBe(true);
  }, 120_000);

  it('--results draws the results assets from the server’s published figures, and refuses figures under the threshold', async () => {
    const out = join(state, 'results');
    const url = server?.url ?? '';
    // A month with no answer: nothing published, nothing drawn.
    const refused = await kit('--territory', 'commune:39001', '--results', '2024-01..2024-03', '--server', url, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Pas assez de réponses de janvier à mars 2024 (0)');
    expect(existsSync(out)).toBe(false);
    const malformed = await kit('--territory', 'commune:39001', '--results', '2024-13..2024-03', '--out', out);
    expect(malformed.stderr).toContain('a period as YYYY-MM..YYYY-MM');

    // Twelve answers this month, sent like any client's: now the figures are published.
    const month = new Date().toISOString().slice(0, 7);
    const answers = Array.from({ length: 12 }, (_, index) => ({
      id: crypto.randomUUID(),
      questionnaire: 'v1',
      territory: 'commune:39001',
      service: 'mairie',
      overall: index < 9 ? 'tres-bien' : 'moyen',
      criteria: { accueil: 5 },
    }));
    const sent = await fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
    expect(sent.status, await sent.clone().text()).toBe(200);
    const drawn = await kit('--territory', 'commune:39001', '--results', `${month}..${month}`, '--server', url, '--out', out);
    expect(drawn.code, drawn.stderr).toBe(0);
    expect(existsSync(join(out, `affiche-resultats-${month}-${month}.pdf`))).toBe(true);
    expect(existsSync(join(out, `social-resultats-${month}-${month}@2x.png`))).toBe(true);
  }, 120_000);

  it('says to start the server when none answers at --server', async () => {
    const out = join(state, 'nothing');
    const result = await kit('--all-registered', '--server', NO_SERVER, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot reach the server at ${NO_SERVER}`);
    expect(result.stderr).toContain('start it with npm start');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
