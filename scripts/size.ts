/**
 * `npm run size`: what the survey widget costs a host page, from the built files and Vite's
 * manifest (run `npm run build` first). Prints raw, gzip and brotli sizes for
 * - the first question: the entry (styles and French strings are in it; the widget loads no font),
 *   in French and in each other language (plus its strings chunk);
 * - what loads once the page is idle (the outbox chunk), then everything loaded by then, per
 *   language; and what loads at the citizen's first tap (i18next's chunk);
 * - every file of the widget, for reference.
 * Fails (exit 1) when the first question, in any language, is over its budget (18 KiB gzip: the
 * target is 16, the rest is room to grow), when everything loaded by idle time is over 30 KiB, or
 * when the entry imports a chunk statically: such a chunk is found only once the browser has read
 * the entry, one more round trip before the first question.
 *
 *   npm run size [-- --budget 18 --idle-budget 30]
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';

const OUT = 'build/public';
const ENTRY = 'widget/src/embed.ts';

const KiBSchema = z.coerce.number().check(z.positive(), z.maximum(1000));
const FlagsSchema = z.object({ budget: z._default(KiBSchema, 18), 'idle-budget': z._default(KiBSchema, 30) });
const { values } = parseArgs({ options: { budget: { type: 'string' }, 'idle-budget': { type: 'string' } } });
const flags = FlagsSchema.safeParse(values);
if (!flags.success) {
  console.error(`npm run size: ${z.prettifyError(flags.error)}`);
  process.exit(2);
}
const budgetKiB = flags.data.budget;
const idleBudgetKiB = flags.data['idle-budget'];

const ManifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.optional(z.array(z.string())), dynamicImports: z.optional(z.array(z.string())), isEntry: z.optional(z.boolean()) }),
);
let manifest: z.infer<typeof ManifestSchema>;
try {
  manifest = ManifestSchema.parse(JSON.parse(readFileSync('build/widget-manifest.json', 'utf8')));
} catch (error) {
  console.error(`npm run size: no widget build in ${OUT} (${(error as Error).message}). Run \`npm run build\` first.`);
  process.exit(2);
}

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeOf = (file: string): Size => {
  const bytes = readFileSync(join(OUT, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (sizes: Size[]): Size =>
  sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/** A manifest key and every chunk it imports statically, each once. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
  return seen;
}
const files = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]?.file ?? key);

const first = staticClosure(ENTRY);
const dynamic = manifest[ENTRY]?.dynamicImports ?? [];
const localeKeys = Object.keys(manifest).filter((key) => /widget\/src\/locales\/[\w-]+\.ts$/.test(key));
/** The chunks loaded once the page is idle, whatever the language: the outbox. */
const idleKeys = Object.keys(manifest).filter((key) => key.endsWith('controllers/outbox.ts'));
/** The chunk loaded at the first tap: i18next, for the strings with values after the first question. */
const tapKeys = Object.keys(manifest).filter((key) => key.endsWith('controllers/i18next-layer.ts'));

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: { what: string; files: number; raw: string; gzip: string; brotli: string; budget: string }[] = [];
const add = (what: string, keys: Iterable<string>, budget = ''): Size => {
  const list = files(keys);
  const size = sum(list.map(sizeOf));
  rows.push({ what, files: list.length, raw: kib(size.raw), gzip: kib(size.gzip), brotli: kib(size.brotli), budget });
  return size;
};

const firstQuestion: { language: string; keys: Set<string>; size: Size }[] = [
  { language: 'fr', keys: first, size: add('first question, fr (entry + static imports)', first, `≤ ${budgetKiB}`) },
];
for (const key of localeKeys) {
  const language = key.match(/locales\/([\w-]+)\.ts$/)?.[1] ?? key;
  const keys = new Set([...first, ...staticClosure(key)]);
  firstQuestion.push({ language, keys, size: add(`first question, ${language} (+ its strings)`, keys, `≤ ${budgetKiB}`) });
}
const idle = new Set(idleKeys.flatMap((key) => [...staticClosure(key)]));
const own = (key: string) => [...staticClosure(key)].filter((chunk) => !first.has(chunk));
for (const key of idleKeys) add('once idle: outbox (idb-keyval, zod/mini)', own(key));
for (const key of tapKeys) add('at the first tap: i18next', own(key));
const byIdle = firstQuestion.map(({ language, keys }) => ({
  language,
  size: add(`loaded by idle time, ${language}`, new Set([...keys, ...idle]), `≤ ${idleBudgetKiB}`),
}));
const everything = new Set(Object.keys(manifest).filter((key) => key.startsWith('widget/') || key.startsWith('_') || key.startsWith('node_modules')));
add('every file of the widget (all languages)', everything);
console.table(rows);
console.log(`sizes in KiB; gzip level 9, brotli quality 11. Lazily loaded chunks: ${dynamic.length}.`);

const failures: string[] = [];
const over = (list: { language: string; size: Size }[], budget: number) => list.filter(({ size }) => size.gzip > budget * 1024);
const list = (entries: { language: string; size: Size }[]) => entries.map(({ language, size }) => `${language} ${kib(size.gzip)} KiB`).join(', ');
if (over(firstQuestion, budgetKiB).length > 0) failures.push(`first question over ${budgetKiB} KiB gzip in: ${list(over(firstQuestion, budgetKiB))}`);
if (over(byIdle, idleBudgetKiB).length > 0) failures.push(`loaded by idle time over ${idleBudgetKiB} KiB gzip in: ${list(over(byIdle, idleBudgetKiB))}`);
const staticImports = manifest[ENTRY]?.imports ?? [];
if (staticImports.length > 0) failures.push(`the entry imports ${files(staticImports).join(', ')} statically: one more round trip before the first question`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`npm run size: ${failure}`);
  process.exit(1);
}
const worst = (entries: { size: Size }[]) => kib(Math.max(...entries.map(({ size }) => size.gzip)));
console.log(
  `within budget: first question at most ${worst(firstQuestion)} KiB gzip of ${budgetKiB}, loaded by idle time at most ${worst(byIdle)} of ${idleBudgetKiB}; the entry imports no chunk statically.`,
);
