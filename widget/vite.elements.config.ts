/**
 * Builds the results and trophy elements (`/resultats.js`, `/trophee.js`) apart from the survey:
 * they share chart.js and Lit with each other, never with `/widget.js`, whose first question must
 * stay one small file. Runs after `widget/vite.config.ts` (scripts/build.ts), into the same folder.
 */
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';

export default defineConfig({
  publicDir: false,
  plugins: [minifyCssLiterals()],
  build: {
    outDir: 'build/public',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    lib: {
      entry: { resultats: 'widget/src/resultats.ts', trophee: 'widget/src/trophee.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // Vite keeps whitespace in library builds of the es format; these go to browsers as they are.
    rolldownOptions: { output: { chunkFileNames: 'elements/chunks/[name]-[hash].js', minify: true } },
  },
});
