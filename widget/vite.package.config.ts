/**
 * Builds the widget as an npm package (`widget/dist/`), for sites that bundle their own scripts:
 * an ES module that imports lit, i18next, idb-keyval and zod (the site's bundler dedupes and
 * minifies them), each language and the outbox as their own chunks. `npm run package` adds the
 * types and custom-elements.json, then `npm pack` in widget/ makes the tarball.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'widget/dist',
    emptyOutDir: true,
    target: 'es2020',
    minify: false,
    lib: { entry: 'widget/src/embed.ts', formats: ['es'], fileName: () => 'widget.js' },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, 'i18next', 'idb-keyval', /^zod(\/|$)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
