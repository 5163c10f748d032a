/**
 * Territory ids: `commune:<COG>`, `epci:<SIREN>`, `departement:<code>`. This module checks their
 * form only, with plain regular expressions and no zod, so the widget's first paint can import it
 * for a few bytes; `territory.ts` adds the zod schema the Worker and CLIs parse with, and
 * `territory-directory.ts` knows which ids name real territories.
 * @module
 */

export const TERRITORY_KINDS = ['commune', 'epci', 'departement'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** COG: two digits (or 2A/2B for Corsica) then three digits; overseas codes start with 97/98. */
export const COMMUNE_ID = /^commune:(?:\d{2}|2[AB])\d{3}$/;
/** SIREN of an EPCI: nine digits. */
export const EPCI_ID = /^epci:\d{9}$/;
/** Département code: 01–95 and 2A/2B, or three digits overseas (971…989). */
export const DEPARTEMENT_ID = /^departement:(?:\d{2}|2[AB]|9[78]\d)$/;

export type TerritoryId = `${TerritoryKind}:${string}`;

export function isTerritoryId(value: string): value is TerritoryId {
  return COMMUNE_ID.test(value) || EPCI_ID.test(value) || DEPARTEMENT_ID.test(value);
}

export function territoryKind(id: TerritoryId): TerritoryKind {
  return id.slice(0, id.indexOf(':')) as TerritoryKind;
}

export function territoryCode(id: TerritoryId): string {
  return id.slice(id.indexOf(':') + 1);
}

/** The département of a commune, read from its COG (overseas communes carry three digits). */
export function departementOfCommuneCode(cog: string): string {
  return cog.startsWith('97') || cog.startsWith('98') ? cog.slice(0, 3) : cog.slice(0, 2);
}
