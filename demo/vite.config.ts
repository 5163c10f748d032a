/**
 * Builds the demo pages into dist/, which the Worker serves as static assets. The built widget in
 * build/public/ is this build's public folder, so `<script src="/widget.js">` in the pages stays the
 * exact snippet a webmaster pastes rather than being bundled into them.
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { currentPage, siteHeader } from './site-header.js';
import { territorySearchForm } from './territory-search-form.js';

/** What a page's `<!-- name -->` comment becomes, from the page's file. */
const PARTIALS: Record<string, (file: string) => string> = {
  'site-header': (file) => siteHeader(currentPage(file)),
  'territory-search': () => territorySearchForm({ hidden: false }),
  'territory-search-hidden': () => territorySearchForm({ hidden: true }),
};

/** Puts the shared pieces where a page names them (`<!-- site-header -->`…); other comments stay. */
function sharedPartials(): Plugin {
  return {
    name: 'barometre-partials',
    transformIndexHtml: (html, context) =>
      html.replace(/<!-- ([a-z-]+) -->/g, (comment, name: string) =>
        Object.hasOwn(PARTIALS, name) ? (PARTIALS[name] as (file: string) => string)(context.filename) : comment,
      ),
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [sharedPartials()],
  publicDir: resolve('build/public'),
  build: {
    outDir: resolve('dist'),
    emptyOutDir: true,
    // The pages load only the widget; Vite's modulepreload polyfill would be dead weight in them.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve('demo/index.html'),
        demo: resolve('demo/demo.html'),
        kit: resolve('demo/kit.html'),
        'tableau-de-bord': resolve('demo/tableau-de-bord.html'),
        trophee: resolve('demo/trophee.html'),
        carte: resolve('demo/carte.html'),
        integrer: resolve('demo/integrer.html'),
        inscription: resolve('demo/inscription.html'),
        espace: resolve('demo/espace.html'),
        equipe: resolve('demo/equipe.html'),
        borne: resolve('demo/borne.html'),
        rapport: resolve('demo/rapport.html'),
        audit: resolve('demo/audit.html'),
      },
    },
  },
});
