/**
 * Builds the demo pages into dist/, which the Worker serves as static assets. The built widget in
 * build/public/ is this build's public folder, so `<script src="/widget.js">` in the pages stays the
 * exact snippet a webmaster pastes rather than being bundled into them.
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { currentPage, siteHeader } from './site-header.js';

const SITE_HEADER = '<!-- site-header -->';

/** Puts the shared header where a page says `<!-- site-header -->`; a page without it is left alone. */
function sharedHeader(): Plugin {
  return {
    name: 'barometre-site-header',
    transformIndexHtml: (html, context) => (html.includes(SITE_HEADER) ? html.replace(SITE_HEADER, siteHeader(currentPage(context.filename))) : html),
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [sharedHeader()],
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
