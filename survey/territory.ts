/**
 * The zod schema of territory ids, for every input the Worker and the CLIs parse; the forms
 * themselves live in `territory-id.ts`, which this module re-exports.
 * @module
 */
import * as z from 'zod/mini';
import { COMMUNE_ID, DEPARTEMENT_ID, EPCI_ID, type TerritoryId } from './territory-id.js';

export * from './territory-id.js';

/** The three forms in one pattern, so the OpenAPI document can state it. */
const TERRITORY_ID = new RegExp(`^(?:${[COMMUNE_ID, EPCI_ID, DEPARTEMENT_ID].map((form) => form.source.slice(1, -1)).join('|')})$`);

export const TerritoryIdSchema = z
  .string()
  .check(z.regex(TERRITORY_ID, 'expected commune:<COG>, epci:<SIREN> or departement:<code>, e.g. commune:25056')) as unknown as z.ZodMiniType<
  TerritoryId,
  string
>;
