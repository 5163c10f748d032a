/**
 * The addresses a kit prints: the QR code's target with its source and, for a kit in another
 * language than French, that language, so the survey opens in the language of the poster.
 */
export function surveyUrlOf(baseUrl: string, territory: string, source?: string, language?: string): string {
  const url = new URL(`/s/${territory}`, baseUrl);
  if (source) url.searchParams.set('src', source);
  if (language && language !== 'fr') url.searchParams.set('lang', language);
  return url.toString();
}

/** The address to type by hand: host and path, no scheme. */
export function shortUrlOf(baseUrl: string, territory: string): string {
  const url = new URL(`/s/${territory}`, baseUrl);
  return `${url.host}${url.pathname}`;
}
