/**
 * Builds the embeddable widget: `build/public/widget.js` (the one-tag snippet's entry) plus lazily
 * loaded chunks (the outbox, each language's strings), then `demo/vite.config.ts` copies it into dist/
 * beside the demo pages.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';

const OUT = 'build/public';

/** Vite writes its manifest inside outDir, which is published: move it beside, for `npm run size`. */
const manifestOutsideAssets: Plugin = {
  name: 'manifest-outside-assets',
  writeBundle() {
    mkdirSync('build', { recursive: true });
    renameSync(`${OUT}/.vite/manifest.json`, 'build/widget-manifest.json');
    rmSync(`${OUT}/.vite`, { recursive: true, force: true });
  },
};

/** The territory reference data, served as a static asset: the Worker reads it there, not from its bundle. */
const referenceDataAsset: Plugin = {
  name: 'reference-data-asset',
  writeBundle() {
    mkdirSync(`${OUT}/data`, { recursive: true });
    copyFileSync('survey/generated/territories.json', `${OUT}/data/territories.json`);
  },
};

export default defineConfig({
  publicDir: 'demo/public',
  plugins: [minifyCssLiterals(), manifestOutsideAssets, referenceDataAsset],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    reportCompressedSize: true,
    manifest: true,
    lib: { entry: 'widget/src/embed.ts', formats: ['es'], fileName: () => 'widget.js' },
    // Vite keeps whitespace in library builds of the es format; this bundle goes to browsers as is.
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: 'widget/chunks/[name]-[hash].js', minify: process.env.NO_MINIFY ? false : true },
    },
  },
});
