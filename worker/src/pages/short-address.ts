/**
 * `GET /b/<slug>[/<asset code>][/<language>]`: the short address a kit prints for people to type
 * (survey/short-address.ts), redirected to the hosted survey `/s/<id>?src=<asset>&lang=<language>`.
 * The slug index is built from the reference data the Worker already loaded (../reference.ts), at
 * the first short address an isolate serves; nothing of it is bundled.
 *
 * 302, not 301: the target is computed from the reference data and may change with it (a name that
 * gains a homonym, a commune that merges); a browser keeps a 301 for good and would never learn.
 * @module
 */
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import * as z from 'zod/mini';
import { LangSchema } from '../../../survey/response.js';
import type { Territory } from '../../../survey/results.js';
import { readShortAddress, SHORT_PREFIX, type ShortAddress } from '../../../survey/short-address.js';
import { searchTerritories, territoriesOfSlug } from '../../../survey/territory-directory.js';
import type { AppEnv } from '../env.js';
import { page } from './hosted-survey.js';

/** `?lang=` is kept when the path names no language (a link someone shared from the switcher). */
const ShortQuerySchema = z.object({ lang: z.optional(LangSchema) });

/** The hosted survey's address for a territory reached by a short address. */
export function surveyTarget(territory: Territory, address: ShortAddress, language: string | undefined): string {
  const query = new URLSearchParams({ src: address.source });
  if (language && language !== 'fr') query.set('lang', language);
  return `/s/${territory.id}?${query.toString()}`;
}

/** The segments after `/b/`, decoded; undefined when one is not valid percent-encoding. */
function segmentsOf(pathname: string): string[] | undefined {
  const rest = pathname.slice(SHORT_PREFIX.length).replace(/\/$/, '');
  try {
    return rest === '' ? [] : rest.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

function malformed(c: Context<AppEnv>, url: URL) {
  return page(
    c,
    400,
    { language: 'fr', url },
    'Adresse incorrecte — Baromètre citoyen',
    html`<h1>Adresse incorrecte</h1>
      <p>
        Cette adresse ne désigne pas une collectivité. Une adresse courte ressemble à <code>/b/besancon</code> ou
        <code>/b/saint-denis-93/a4</code>&#8239;: le nom de la collectivité, puis éventuellement le code imprimé sur l’affiche.
      </p>
      <p><a href="/#find">Chercher votre collectivité</a></p>`,
  );
}

const KIND_FR = { commune: 'commune, département', epci: 'intercommunalité, département', departement: 'département' } as const;

function links(territories: Territory[], address: ShortAddress, language: string | undefined) {
  return html`<ul>
    ${territories.map(
      (territory) =>
        html`<li><a href="${surveyTarget(territory, address, language)}">${territory.name}</a> (${KIND_FR[territory.kind]} ${territory.departement})</li>`,
    )}
  </ul>`;
}

export const shortAddress = new Hono<AppEnv>().get('/*', (c) => {
  const url = new URL(c.req.url);
  const segments = segmentsOf(url.pathname);
  const address = segments && readShortAddress(segments);
  if (!address) return malformed(c, url);
  const query = ShortQuerySchema.safeParse(c.req.query());
  const language = address.language ?? (query.success ? query.data.lang : undefined);
  const found = territoriesOfSlug(address.slug);
  if (found === undefined) {
    const suggestions = searchTerritories(address.slug.replace(/-/g, ' '), 5);
    return page(
      c,
      404,
      { language: 'fr', url },
      'Collectivité inconnue — Baromètre citoyen',
      html`<h1>Collectivité inconnue</h1>
        <p>Aucune collectivité ne porte l’adresse <code>${SHORT_PREFIX}${address.slug}</code>. Vérifiez l’orthographe sur l’affiche.</p>
        ${suggestions.length > 0 ? html`<p>Vouliez-vous dire&#8239;:</p>${links(suggestions, address, language)}` : ''}
        <p><a href="/#find">Chercher votre collectivité</a></p>`,
    );
  }
  if (Array.isArray(found)) {
    // A name several territories share: list them (an old poster of one of them still leads there).
    return page(
      c,
      300,
      { language: 'fr', url },
      'Plusieurs collectivités — Baromètre citoyen',
      html`<h1>Plusieurs collectivités portent ce nom</h1>
        <p>Choisissez la vôtre&#8239;:</p>
        ${links(found, address, language)}`,
    );
  }
  c.header('Cache-Control', 'public, max-age=300');
  return c.redirect(surveyTarget(found, address, language), 302);
});
