/**
 * Builds the demo pages into dist/, which the Worker serves as static assets. The built widget in
 * build/public/ is this build's public folder, so `<script src="/widget.js">` in the pages stays the
 * exact snippet a webmaster pastes rather than being bundled into them.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: resolve('build/public'),
  build: {
    outDir: resolve('dist'),
    emptyOutDir: true,
    // The pages load only the widget; Vite's modulepreload polyfill would be dead weight in them.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve('demo/index.html'),
        kit: resolve('demo/kit.html'),
        'tableau-de-bord': resolve('demo/tableau-de-bord.html'),
        trophee: resolve('demo/trophee.html'),
        carte: resolve('demo/carte.html'),
        integrer: resolve('demo/integrer.html'),
      },
    },
  },
});
