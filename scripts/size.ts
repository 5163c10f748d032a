/**
 * `npm run size`: what the survey widget costs a host page, from the built files and Vite's
 * manifest (run `npm run build` first). Prints raw, gzip and brotli sizes for
 * - the first question: the entry and every chunk it imports statically (styles and French strings
 *   are in them; the widget loads no font), in French and in each other language (its strings chunk);
 * - what loads after the first question is on screen (the outbox chunk);
 * - every file of the widget, for reference.
 * Fails (exit 1) when the first question, in any language, is over the budget.
 *
 *   npm run size [-- --budget 30]
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';

const OUT = 'build/public';
const ENTRY = 'widget/src/embed.ts';

const FlagsSchema = z.object({ budget: z._default(z.coerce.number().check(z.positive(), z.maximum(1000)), 30) });
const { values } = parseArgs({ options: { budget: { type: 'string' } } });
const flags = FlagsSchema.safeParse(values);
if (!flags.success) {
  console.error(`npm run size: ${z.prettifyError(flags.error)}`);
  process.exit(2);
}
const budgetKiB = flags.data.budget;

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
const outboxKeys = Object.keys(manifest).filter((key) => key.endsWith('controllers/outbox.ts'));

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: { what: string; files: number; raw: string; gzip: string; brotli: string; budget: string }[] = [];
const add = (what: string, keys: Iterable<string>, budget = ''): Size => {
  const list = files(keys);
  const size = sum(list.map(sizeOf));
  rows.push({ what, files: list.length, raw: kib(size.raw), gzip: kib(size.gzip), brotli: kib(size.brotli), budget });
  return size;
};

const firstQuestion: { language: string; size: Size }[] = [
  { language: 'fr', size: add('first question, fr (entry + static imports)', first, `≤ ${budgetKiB}`) },
];
for (const key of localeKeys) {
  const language = key.match(/locales\/([\w-]+)\.ts$/)?.[1] ?? key;
  const keys = new Set([...first, ...staticClosure(key)]);
  firstQuestion.push({ language, size: add(`first question, ${language} (+ its strings)`, keys, `≤ ${budgetKiB}`) });
}
for (const key of outboxKeys) add('after the first question: outbox (idb-keyval, zod/mini)', staticClosure(key));
const everything = new Set(Object.keys(manifest).filter((key) => key.startsWith('widget/') || key.startsWith('_') || key.startsWith('node_modules')));
add('every file of the widget (all languages)', everything);
console.table(rows);
console.log(`sizes in KiB; gzip level 9, brotli quality 11. Lazily loaded chunks: ${dynamic.length}.`);

const over = firstQuestion.filter(({ size }) => size.gzip > budgetKiB * 1024);
if (over.length > 0) {
  console.error(
    `over budget (${budgetKiB} KiB gzip) for the first question in: ${over.map(({ language, size }) => `${language} ${kib(size.gzip)} KiB`).join(', ')}`,
  );
  process.exit(1);
}
const worst = Math.max(...firstQuestion.map(({ size }) => size.gzip));
console.log(`first question within budget: at most ${kib(worst)} KiB gzip of ${budgetKiB} KiB.`);
