/**
 * Territory ids: `commune:<COG>`, `epci:<SIREN>`, `departement:<code>`. This module checks their
 * form only; whether an id names a real territory is `territory-directory.ts`'s job, so that the
 * widget can import this file without the reference data.
 * @module
 */
import * as z from 'zod/mini';

export const TERRITORY_KINDS = ['commune', 'epci', 'departement'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** COG: two digits (or 2A/2B for Corsica) then three digits; overseas codes start with 97/98. */
const COMMUNE = /^commune:(?:\d{2}|2[AB])\d{3}$/;
/** SIREN of an EPCI: nine digits. */
const EPCI = /^epci:\d{9}$/;
/** Département code: 01–95 and 2A/2B, or three digits overseas (971…989). */
const DEPARTEMENT = /^departement:(?:\d{2}|2[AB]|9[78]\d)$/;

export type TerritoryId = `${TerritoryKind}:${string}`;

export function isTerritoryId(value: string): value is TerritoryId {
  return COMMUNE.test(value) || EPCI.test(value) || DEPARTEMENT.test(value);
}

/** The three forms in one pattern, so the OpenAPI document can state it. */
const TERRITORY_ID = new RegExp(`^(?:${[COMMUNE, EPCI, DEPARTEMENT].map((form) => form.source.slice(1, -1)).join('|')})$`);

export const TerritoryIdSchema = z.string().check(
  z.regex(TERRITORY_ID, 'expected commune:<COG>, epci:<SIREN> or departement:<code>, e.g. commune:25056'),
) as unknown as z.ZodMiniType<TerritoryId, string>;

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
