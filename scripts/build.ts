/**
 * The one build: every step that turns the sources into what the Worker serves, in order, each
 * timed. `npm run build` runs it; `npm start`, `npm test` and the benchmarks build through it.
 *
 *   1. territories  the reference data from @etalab/decoupage-administratif (scripts/build-territories.ts)
 *   2. widget       /widget.js and its lazy chunks (widget/vite.config.ts)
 *   3. versions     /widget/v<version>/ and versions.json; stops if a released version's bytes changed
 *                   (scripts/version-widget.ts, releases in releases/widget/)
 *   4. elements     /resultats.js and /trophee.js (widget/vite.elements.config.ts)
 *   5. manifest     custom-elements.json for the snippet builder (custom-elements-manifest analyzer)
 *   6. share image  /partage.png, the hosted survey's link preview (scripts/build-share-image.ts)
 *   7. pages        the demo pages into dist/, with build/public as their public folder (demo/vite.config.ts)
 *
 * Each step is a child process, as each tool is run on its own: a failing step stops the build
 * with its own message and exit code.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const bin = (name: string) => `node_modules/.bin/${name}`;

const STEPS: [name: string, command: string, args: string[]][] = [
  ['territories', bin('tsx'), ['scripts/build-territories.ts']],
  ['widget', bin('vite'), ['build', '-c', 'widget/vite.config.ts', '--logLevel', 'warn']],
  ['versions', bin('tsx'), ['scripts/version-widget.ts']],
  ['elements', bin('vite'), ['build', '-c', 'widget/vite.elements.config.ts', '--logLevel', 'warn']],
  [
    'manifest',
    bin('cem'),
    [
      'analyze',
      '--litelement',
      '--config',
      'widget/custom-elements-manifest.config.mjs',
      '--globs',
      'widget/src/**/*.component.ts',
      '--outdir',
      'build/public',
      '--quiet',
    ],
  ],
  ['share image', bin('tsx'), ['scripts/build-share-image.ts']],
  ['pages', bin('vite'), ['build', '-c', 'demo/vite.config.ts', '--logLevel', 'warn']],
];

const started = performance.now();
for (const [name, command, args] of STEPS) {
  const start = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  if (error || status !== 0) {
    console.error(`build: step « ${name} » failed${error ? `: ${error.message}` : ` (exit ${status})`}`);
    process.exit(status || 1);
  }
  console.log(`build: ${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/, build/public/)`);
