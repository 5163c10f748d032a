/** The addresses a kit prints: the QR code's target with its source, and the short form to type. */
export function surveyUrlOf(baseUrl: string, territory: string, source?: string): string {
  const url = new URL(`/s/${territory}`, baseUrl);
  if (source) url.searchParams.set('src', source);
  return url.toString();
}

/** The address to type by hand: host and path, no scheme. */
export function shortUrlOf(baseUrl: string, territory: string): string {
  const url = new URL(`/s/${territory}`, baseUrl);
  return `${url.host}${url.pathname}`;
}
