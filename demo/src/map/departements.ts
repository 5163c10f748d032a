/**
 * Which of the API's territories are départements: `GET /v1/map` lists every territory of kind
 * « département » in the reference data, which also holds the overseas collectivities (975, 977,
 * 978, 986–988) and two without inhabitants (984 TAAF, 989 Clipperton) that are not départements.
 * @module
 */

/** The 101 départements: 01–95 (with 2A and 2B for Corsica, no 20) and 971–974, 976. */
export function isDepartement(code: string): boolean {
  return /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/.test(code);
}

/** Overseas collectivities that have inhabitants: listed apart, under their own name. */
export function isOverseasCollectivity(code: string): boolean {
  return ['975', '977', '978', '986', '987', '988'].includes(code);
}
