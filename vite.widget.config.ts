/**
 * Builds the embeddable widget: `build/public/widget.js` (the one-tag snippet's entry) plus lazily
 * loaded chunks, then `vite.config.ts` copies it into dist/ beside the demo pages.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: 'demo/public',
  build: {
    outDir: 'build/public',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    reportCompressedSize: true,
    lib: { entry: 'widget/src/embed.ts', formats: ['es'], fileName: () => 'widget.js' },
    rolldownOptions: { output: { chunkFileNames: 'widget/chunks/[name]-[hash].js' } },
  },
});
