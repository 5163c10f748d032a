/**
 * `npm run kit -- --territory commune:25056 [--color '#000091'] [--logo path] [--lang fr|en|es|de|it|pt|ar|fr-falc] [--out dir] [--base-url https://…] [--crop-marks]`
 * `npm run kit -- --all-registered [--server http://localhost:8787] [--operator-token …] [...]`: a kit for every territory
 * registered on a running server, read from its operator route GET /v1/registrations/territories (the
 * token: --operator-token, else OPERATOR_TOKEN, else the local server's public one).
 *
 * `npm run kit -- --territory commune:25056 --results 2026-01..2026-06 [--server …] [...]`: the results poster and image
 *   for that period, from the published figures of the running server (refused under the answers threshold).
 * The print PDFs always have 3 mm bleed; `--crop-marks` adds crop marks outside it (for a print shop that wants them).
 *
 * Every flag is parsed with zod; an unknown territory, a bad colour, a colour text cannot be read
 * on, or an unreadable logo stop with a message saying what to fix (exit 2) before anything is
 * written. A progress bar on a terminal, one line per file otherwise, then a summary.
 * @module
 */
import { SingleBar } from 'cli-progress';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { LOCAL_OPERATOR_TOKEN, RegisteredTerritoriesReplySchema } from '../../survey/registration.js';
import { ErrorEnvelopeSchema } from '../../survey/api.js';
import { ResultsReplySchema, type Results, type Territory } from '../../survey/results.js';
import { TerritoryIdSchema } from '../../survey/territory.js';
import '../../survey/reference-data.js';
import { findTerritory } from '../../survey/territory-directory.js';
import { BrandColorSchema, ContrastError, DEFAULT_COLOR, paletteFor } from './brand.js';
import { loadFonts } from './fonts.js';
import { KitLanguageSchema } from './i18n.js';
import { buildKit, type KitFile } from './kit.js';
import { LogoError, readLogo } from './logo.js';
import { buildResults } from './results-kit.js';
import { ResultsRefusal } from './results-figures.js';
import { FONT_PATHS, outlineSvgNode, rasterizeNode } from './render/png-node.js';

const FlagsSchema = z.object({
  territory: z.optional(TerritoryIdSchema),
  'all-registered': z.boolean(),
  'crop-marks': z.boolean(),
  /** The period of the results assets, first and last months. */
  results: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])\.\.\d{4}-(0[1-9]|1[0-2])$/, 'a period as YYYY-MM..YYYY-MM, e.g. 2026-01..2026-06'))),
  color: z._default(BrandColorSchema, DEFAULT_COLOR),
  logo: z.optional(z.string().check(z.minLength(1))),
  lang: z._default(KitLanguageSchema, 'fr'),
  out: z.optional(z.string().check(z.minLength(1))),
  'base-url': z._default(z.url({ protocol: /^https?$/ }), process.env.KIT_BASE_URL ?? 'http://localhost:8787'),
  server: z._default(z.url({ protocol: /^https?$/ }), 'http://localhost:8787'),
  'operator-token': z._default(z.string().check(z.minLength(1)), process.env.OPERATOR_TOKEN || LOCAL_OPERATOR_TOKEN),
});

function fail(message: string): never {
  console.error(`npm run kit: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        territory: { type: 'string' },
        'all-registered': { type: 'boolean', default: false },
        'crop-marks': { type: 'boolean', default: false },
        results: { type: 'string' },
        color: { type: 'string' },
        logo: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        server: { type: 'string' },
        'operator-token': { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const parsed = FlagsSchema.safeParse(values);
if (!parsed.success) fail(z.prettifyError(parsed.error));
const flags = parsed.data;
if (!flags.territory === !flags['all-registered']) fail('give either --territory <id> (e.g. commune:25056) or --all-registered.');
const [resultsFrom = '', resultsTo = ''] = flags.results?.split('..') ?? [];
if (flags.results && !flags.territory) fail('--results draws one territory’s results: give --territory <id>.');
if (resultsFrom > resultsTo) fail(`--results ${flags.results}: the first month comes after the last.`);

try {
  paletteFor(flags.color);
} catch (error) {
  if (error instanceof ContrastError) fail(error.message);
  throw error;
}

/** `--server` without its trailing slashes. */
const server = flags.server.replace(/\/+$/, '');

/** A GET to `--server`: its status and its body read as JSON (undefined if not); a clear stop when nothing answers. */
async function askServer(path: string, headers: Record<string, string> = {}): Promise<{ response: Response; body: unknown; said: string }> {
  let response: Response;
  try {
    response = await fetch(`${server}${path}`, { headers, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    fail(`cannot reach the server at ${server} (${cause}): start it with npm start, or pass --server <url> of a running one.`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  // The server's own words when it refuses, for the message.
  const envelope = ErrorEnvelopeSchema.safeParse(body);
  return { response, body, said: !response.ok && envelope.success ? ` (${envelope.data.error.message.replace(/\.$/, '')})` : '' };
}

/** The territories registered on `--server`, asked through its operator route like any client would. */
async function registeredTerritories(): Promise<Territory[]> {
  const { response, body, said } = await askServer('/v1/registrations/territories', { authorization: `Bearer ${flags['operator-token']}` });
  if (!response.ok) {
    if (response.status === 401 || response.status === 403)
      fail(`the server at ${server} refused the operator token: ${response.status}${said}. Pass the server's token with --operator-token or OPERATOR_TOKEN.`);
    if (response.status === 429) fail(`the server at ${server} refuses this connection for a while after wrong tokens: 429${said}.`);
    fail(`the server at ${server} answered ${response.status} to GET /v1/registrations/territories${said}.`);
  }
  const reply = RegisteredTerritoriesReplySchema.safeParse(body);
  if (!reply.success) fail(`the server at ${server} sent an unexpected list of registered territories:\n${z.prettifyError(reply.error)}`);
  const territories: Territory[] = [];
  for (const registered of reply.data.data.territories) {
    // The kit is drawn from this checkout's reference data, the same the server reads.
    const territory = findTerritory(registered.id);
    if (territory) territories.push(territory);
    else console.error(`note: ${registered.id} is registered but not in this reference data; no kit for it.`);
  }
  if (territories.length === 0) fail(`no territory is registered on ${server} (POST /v1/territories claims one; the team approves it).`);
  return territories;
}

/** The territory's published results for the period, asked of `--server` like any client would. */
async function publishedResults(territory: Territory): Promise<Results> {
  const path = `/v1/territories/${encodeURIComponent(territory.id)}/results`;
  const { response, body, said } = await askServer(`${path}?from=${resultsFrom}&to=${resultsTo}`);
  if (!response.ok) {
    fail(`the server at ${server} answered ${response.status} to GET ${path}${said}.`);
  }
  const reply = ResultsReplySchema.safeParse(body);
  if (!reply.success) fail(`the server at ${server} sent unexpected results:\n${z.prettifyError(reply.error)}`);
  return reply.data.data;
}

async function territoriesToBuild(): Promise<Territory[]> {
  if (!flags.territory) return registeredTerritories();
  const territory = findTerritory(flags.territory);
  if (!territory) fail(`no territory has the id ${flags.territory} (use the INSEE code: commune:25056 is Besançon).`);
  return [territory];
}

let logo;
if (flags.logo) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(flags.logo);
  } catch (error) {
    fail(`cannot read the logo ${flags.logo}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  try {
    logo = readLogo(bytes, flags.logo, outlineSvgNode);
  } catch (error) {
    if (error instanceof LogoError) fail(error.message);
    throw error;
  }
}

const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
const territories = await territoriesToBuild();
if (flags['base-url'].startsWith('http://localhost')) {
  console.error(`note: QR codes point to ${flags['base-url']}; pass --base-url https://your-host (or set KIT_BASE_URL) for print.`);
}

if (flags.results) {
  const territory = territories[0] as Territory;
  const out = resolve(flags.out ?? join('kit-output', territory.id.replace(':', '-')));
  let files: KitFile[] = [];
  try {
    files = await buildResults(
      { territory, color: flags.color, language: flags.lang, baseUrl: flags['base-url'], logo, cropMarks: flags['crop-marks'] },
      await publishedResults(territory),
      { fonts, rasterize: rasterizeNode },
    );
  } catch (error) {
    if (error instanceof ResultsRefusal) fail(`${territory.name}: ${error.message}`);
    throw error;
  }
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(join(out, file.name), file.bytes);
  console.table(files.map((file) => ({ file: file.name, KiB: Math.round((file.bytes.length / 1024) * 10) / 10 })));
  console.log(`results ${resultsFrom}..${resultsTo} written to ${out}`);
}

const started = performance.now();
const summary: { territory: string; files: number; zip: string; seconds: number }[] = [];
for (const territory of flags.results ? [] : territories) {
  const out = resolve(
    flags.out ? (territories.length > 1 ? join(flags.out, territory.id.replace(':', '-')) : flags.out) : join('kit-output', territory.id.replace(':', '-')),
  );
  mkdirSync(out, { recursive: true });
  const bar = process.stderr.isTTY ? new SingleBar({ format: `${territory.name} [{bar}] {value}/{total} {file}`, hideCursor: true }) : undefined;
  const begin = performance.now();
  let files: KitFile[];
  try {
    files = await buildKit(
      { territory, color: flags.color, language: flags.lang, baseUrl: flags['base-url'], logo, cropMarks: flags['crop-marks'] },
      { fonts, rasterize: rasterizeNode },
      (done, total, name) => {
        if (bar) {
          if (done === 1) bar.start(total, 0, { file: '' });
          bar.update(done, { file: name });
        } else console.error(`[${done}/${total}] ${territory.id} ${name}`);
      },
    );
  } finally {
    bar?.stop();
  }
  for (const file of files) writeFileSync(join(out, file.name), file.bytes);
  const zip = files.find((file) => file.format === 'zip');
  summary.push({
    territory: `${territory.name} (${territory.id})`,
    files: files.length,
    zip: zip ? join(out, zip.name) : '',
    seconds: Math.round((performance.now() - begin) / 100) / 10,
  });
  if (territories.length === 1) {
    console.table(
      files.map((file) => ({
        file: file.name,
        what: file.asset?.label[flags.lang] ?? (file.format === 'zip' ? 'ZIP' : 'README'),
        KiB: Math.round((file.bytes.length / 1024) * 10) / 10,
      })),
    );
    console.log(`written to ${out} in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  }
}
if (territories.length > 1) {
  console.table(summary);
  console.log(`${territories.length} kits in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
