/**
 * No module takes part in an import cycle, type-only imports included: a cycle is two modules that
 * can only be understood (and changed) together. ESLint's cycle rules skip `import type`, which is
 * how the Worker's `Env` and its ledger class once came to need each other, so this check uses
 * dpdm, which reads the TypeScript imports as written. Part of `npm run lint`; proved by
 * scripts/lint.test.ts on a committed pair of modules that import each other.
 *
 *   tsx scripts/check-cycles.ts            (every source folder)
 *   tsx scripts/check-cycles.ts <globs…>   (only these files and what they import)
 * @module
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { pathToFileURL } from 'node:url';

/** Every folder of sources, tests and tools; the deliberately wrong fixtures are left out. */
export const SOURCE_GLOBS = ['survey', 'widget/src', 'worker', 'kit', 'demo/src', 'scripts', 'bench', 'e2e'].map((folder) => `${folder}/**/*.ts`);

/** The import cycles among these files (each a list of paths, relative to the working directory). */
export async function importCycles(globs: string[], exclude = /node_modules/): Promise<string[][]> {
  const tree = await parseDependencyTree(globs, { context: process.cwd(), transform: false, skipDynamicImports: false, exclude });
  return parseCircular(tree);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const globs = process.argv.slice(2);
  const cycles = globs.length > 0 ? await importCycles(globs) : await importCycles([...SOURCE_GLOBS, '*.ts'], /node_modules|lint-fixtures/);
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  if (cycles.length > 0) process.exit(1);
}
