/**
 * `npm run report -- --territory commune:25056 --period 2026|2026-T1 [--endpoint http://localhost:8787] [--out rapport.pdf]`
 * `npm run report -- --audits --territory commune:25056 --year 2026 [--token ADMIN_TOKEN] [--endpoint URL] [--out audits.pdf]`
 *
 * The yearly or quarterly analysis of a territory as a PDF, or with `--audits` its mystery-audit
 * report for a year, from the API of a running server, as any client would ask it. The audit
 * report lists the items most often failed only with the territory's admin token (`--token`, or
 * BAROMETRE_ADMIN_TOKEN so it stays out of the shell's history); without it, the public report.
 * Flags are parsed with zod; a malformed or misplaced flag, an unknown territory, a refused token
 * or a failed request stops with a message saying what to fix (exit 2), and nothing is written.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { YearSchema } from '../../../survey/period.js';
import '../../../survey/reference-data.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { loadFonts } from '../fonts.js';
import { FONT_PATHS } from '../render/png-node.js';
import { loadAuditReportData } from './audit-data.js';
import { auditReportPdf } from './audit-pdf.js';
import { loadReportData, ReportDataError } from './report-data.js';
import { ReportPeriodSchema, parseReportPeriod } from './report-period.js';
import { reportPdf } from './report-pdf.js';

const Common = {
  territory: TerritoryIdSchema,
  endpoint: z._default(z.url({ protocol: /^https?$/ }), 'http://localhost:8787'),
  out: z.optional(z.string().check(z.minLength(1))),
};
const AnalysisFlagsSchema = z.object({ ...Common, period: ReportPeriodSchema });
const AuditFlagsSchema = z.object({
  ...Common,
  year: z
    .string({ error: 'expected --year, such as 2026' })
    .check(z.refine((year) => YearSchema.safeParse(year).success, 'expected a year between 2020 and 2100, such as 2026')),
  token: z.optional(z.string().check(z.minLength(1, 'the territory’s admin token, or leave --token out for the public report'))),
});

const USAGE = {
  analysis: 'usage: npm run report -- --territory commune:25056 --period 2026|2026-T1 [--endpoint URL] [--out file.pdf]',
  audits: 'usage: npm run report -- --audits --territory commune:25056 --year 2026 [--token ADMIN_TOKEN] [--endpoint URL] [--out file.pdf]',
};

function fail(message: string): never {
  console.error(`npm run report: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        territory: { type: 'string' },
        period: { type: 'string' },
        audits: { type: 'boolean' },
        year: { type: 'string' },
        token: { type: 'string' },
        endpoint: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const fonts = () => loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
const unreachable = (endpoint: string) => (error: unknown) => {
  if (!(error instanceof ReportDataError)) throw error;
  if (error.status === null) fail(`${error.message}\n(is a server running at ${endpoint}? start one with npm start)`);
  if (error.status === 401 || error.status === 403)
    fail(`${error.message}\n(--token must be this territory’s admin token; leave it out for the public report)`);
  fail(error.message);
};
const started = performance.now();

// A flag of the other report (--year without --audits, --period with it) is refused, not ignored.
const misplaced = values.audits
  ? (['period'] as const).filter((flag) => values[flag] !== undefined)
  : (['year', 'token'] as const).filter((flag) => values[flag] !== undefined);
if (misplaced.length > 0)
  fail(
    `--${misplaced.join(', --')} ${values.audits ? 'is for the analysis report, not with --audits' : 'goes with --audits only'}\n${values.audits ? USAGE.audits : USAGE.analysis}`,
  );

if (values.audits) {
  const parsed = AuditFlagsSchema.safeParse({ ...values, token: values.token ?? process.env['BAROMETRE_ADMIN_TOKEN'] });
  if (!parsed.success) fail(`${z.prettifyError(parsed.error)}\n${USAGE.audits}`);
  const flags = { ...parsed.data, year: Number(parsed.data.year) };
  const territory = findTerritory(flags.territory);
  if (!territory) fail(`no territory ${flags.territory} in the reference data.`);
  const out = resolve(flags.out ?? `audits-${territory.id.replace(':', '-')}-${flags.year}.pdf`);
  const data = await loadAuditReportData(flags.endpoint, territory.id, flags.year, { token: flags.token }).catch(unreachable(flags.endpoint));
  writeFileSync(out, await auditReportPdf(data, fonts(), new Date()));
  const version = data.audits.detail === null ? 'public, without the item detail' : 'with the item detail';
  console.log(`${territory.name}, audits ${flags.year} (${version}): ${out} (${Math.round(performance.now() - started)} ms)`);
} else {
  const parsed = AnalysisFlagsSchema.safeParse(values);
  if (!parsed.success) fail(`${z.prettifyError(parsed.error)}\n${USAGE.analysis}\n${USAGE.audits}`);
  const flags = parsed.data;
  const territory = findTerritory(flags.territory);
  if (!territory) fail(`no territory ${flags.territory} in the reference data.`);
  const period = parseReportPeriod(flags.period);
  const out = resolve(flags.out ?? `rapport-${territory.id.replace(':', '-')}-${period.id}.pdf`);
  const data = await loadReportData(flags.endpoint, territory.id, period).catch(unreachable(flags.endpoint));
  writeFileSync(out, await reportPdf(data, fonts(), new Date()));
  console.log(`${territory.name}, ${period.title}: ${out} (${Math.round(performance.now() - started)} ms)`);
}
