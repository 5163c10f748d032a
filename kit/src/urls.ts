/**
 * The addresses a kit prints. The QR code's target is the long form, with its source and, for a kit
 * in another language than French, that language, so the survey opens in the language of the
 * poster: a scan needs no look-up and survives a slug's change. The text under it is the short
 * form to type (survey/short-address.ts), which carries the same source and language as path
 * segments: `barometre.example.fr/b/besancon/a4/en`.
 */
import { shortPathOf } from '../../survey/short-address.js';
import { referenceInstalled, shortSlugOfTerritory } from '../../survey/territory-directory.js';

export function surveyUrlOf(baseUrl: string, territory: string, source?: string, language?: string): string {
  const url = new URL(`/s/${territory}`, baseUrl);
  if (source) url.searchParams.set('src', source);
  if (language && language !== 'fr') url.searchParams.set('lang', language);
  return url.toString();
}

/** The territory's short-address slug where the reference data is installed (Node: the CLI, the tests). */
export function knownSlugOf(territory: string): string | undefined {
  return referenceInstalled() ? shortSlugOfTerritory(territory) : undefined;
}

/**
 * The address to type by hand: host and short path, no scheme (`barometre.example.fr/b/besancon/a4`).
 * `slug` defaults to the one the installed reference data gives; without it (a browser that did not
 * load the data and was not given the slug), the long path `/s/<id>`, which also works.
 */
export function shortUrlOf(baseUrl: string, territory: string, source?: string, language?: string, slug = knownSlugOf(territory)): string {
  const url = new URL(slug ? shortPathOf(slug, source, language) : `/s/${territory}`, baseUrl);
  // The long path keeps the language, so a kit in another language still opens the survey in it.
  const lang = !slug && language && language !== 'fr' ? `?lang=${language}` : '';
  return `${url.host}${url.pathname}${lang}`;
}
