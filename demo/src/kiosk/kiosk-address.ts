/**
 * A kiosk's address on the barometer (`/borne#territoire=…&cle=…&service=…`): what a territory's
 * space gives for the tablet, and what the kiosk page reads back. The service is there when the
 * tablet stands at one service's counter, so nobody there is asked which service they saw.
 * @module
 */
export function kioskAddress(origin: string, territory: string, key: string, service?: string): string {
  const fragment = new URLSearchParams({ territoire: territory, cle: key });
  if (service) fragment.set('service', service);
  return `${origin}/borne#${fragment}`;
}
