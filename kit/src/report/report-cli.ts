/**
 * `npm run report -- --territory commune:25056 --period 2026|2026-T1 [--endpoint http://localhost:8787] [--out rapport.pdf]`
 *
 * The yearly or quarterly analysis of a territory as a PDF, from the public API of a running
 * server, as any client would ask it. Flags are parsed with zod; a malformed flag, an unknown
 * territory or a failed request stops with a message saying what to fix (exit 2), and nothing is
 * written.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import '../../../survey/reference-data.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { loadFonts } from '../fonts.js';
import { FONT_PATHS } from '../render/png-node.js';
import { loadReportData, ReportDataError } from './report-data.js';
import { ReportPeriodSchema, parseReportPeriod } from './report-period.js';
import { reportPdf } from './report-pdf.js';

const FlagsSchema = z.object({
  territory: TerritoryIdSchema,
  period: ReportPeriodSchema,
  endpoint: z._default(z.url({ protocol: /^https?$/ }), 'http://localhost:8787'),
  out: z.optional(z.string().check(z.minLength(1))),
});

function fail(message: string): never {
  console.error(`npm run report: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { territory: { type: 'string' }, period: { type: 'string' }, endpoint: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const parsed = FlagsSchema.safeParse(values);
if (!parsed.success)
  fail(`${z.prettifyError(parsed.error)}\nusage: npm run report -- --territory commune:25056 --period 2026|2026-T1 [--endpoint URL] [--out file.pdf]`);
const flags = parsed.data;
const territory = findTerritory(flags.territory);
if (!territory) fail(`no territory ${flags.territory} in the reference data.`);
const period = parseReportPeriod(flags.period);
const out = resolve(flags.out ?? `rapport-${territory.id.replace(':', '-')}-${period.id}.pdf`);

const started = performance.now();
const data = await loadReportData(flags.endpoint, territory.id, period).catch((error: unknown) => {
  if (error instanceof ReportDataError) fail(`${error.message}\n(is a server running at ${flags.endpoint}? start one with npm start)`);
  throw error;
});
const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
writeFileSync(out, await reportPdf(data, fonts, new Date()));
console.log(`${territory.name}, ${period.title}: ${out} (${Math.round(performance.now() - started)} ms)`);
