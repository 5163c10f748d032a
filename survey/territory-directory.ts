/**
 * Looks territory ids up in the reference data reduced at build time from
 * @etalab/decoupage-administratif (see scripts/build-territories.ts). The data is installed, not
 * imported: Node programs install it from the generated module (`reference-data.ts`), the Worker
 * from its static assets at first use, so its bundle stays small.
 * @module
 */
import type { Territory } from './results.js';
import { shortSlugs, type ShortSlugs } from './short-address.js';
import { departementOfCommuneCode, isTerritoryId } from './territory.js';

export interface ReferenceData {
  source: string;
  /** [COG, name, population, postcodes separated by spaces, index of its EPCI in `epci` or -1] */
  communes: [string, string, number, string, number][];
  /** [SIREN, name, population, département] */
  epci: [string, string, number, string][];
  /** [code, name, population] */
  departements: [string, string, number][];
}

let reference: ReferenceData | undefined;
let index: Map<string, Territory> | undefined;

export function installReference(data: ReferenceData): void {
  reference = data;
  index = undefined;
  members = undefined;
  searchIndex = undefined;
  slugs = undefined;
}

export function referenceInstalled(): boolean {
  return reference !== undefined;
}

function data(): ReferenceData {
  if (!reference) throw new Error('The territory reference data is not installed: import survey/reference-data.js (Node) or call ensureReference (Worker).');
  return reference;
}

/** Built on first use: a Worker isolate pays for it once, and only when it needs a territory. */
function directory(): Map<string, Territory> {
  if (index) return index;
  index = new Map();
  const { communes, epci, departements } = data();
  for (const [code, name, population] of communes) {
    const id = `commune:${code}`;
    index.set(id, { id, kind: 'commune', name, population, departement: departementOfCommuneCode(code) });
  }
  for (const [code, name, population, departement] of epci) {
    const id = `epci:${code}`;
    index.set(id, { id, kind: 'epci', name, population, departement });
  }
  for (const [code, name, population] of departements) {
    const id = `departement:${code}`;
    index.set(id, { id, kind: 'departement', name, population, departement: code });
  }
  return index;
}

/** The territory an id names, or undefined when the id is malformed or names no territory. */
export function findTerritory(id: string): Territory | undefined {
  return isTerritoryId(id) ? directory().get(id) : undefined;
}

export function territoryCount(): number {
  return directory().size;
}

export function referenceSource(): string {
  return data().source;
}

/** Every département, in code order. */
export function departementsList(): Territory[] {
  return [...directory().values()].filter((territory) => territory.kind === 'departement');
}

/** Every territory of the reference data (communes, EPCI, départements). */
export function allTerritories(): Territory[] {
  return [...directory().values()];
}

/** The territories within a group: an EPCI's communes; a département's communes and EPCI. */
export interface Members {
  communes: Territory[];
  /** A département's EPCI (those whose département is this one); none for an EPCI. */
  epci: Territory[];
}

let members: Map<string, Members> | undefined;

/** Built on first use: only a members' table pays for it. */
function memberIndex(): Map<string, Members> {
  if (members) return members;
  const groups = new Map<string, Members>();
  const { communes, epci } = data();
  const group = (id: string): Members => {
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { communes: [], epci: [] }));
    return found;
  };
  const byId = directory();
  for (const [code, , , , epciIndex] of communes) {
    const commune = byId.get(`commune:${code}`);
    if (!commune) continue;
    group(`departement:${commune.departement}`).communes.push(commune);
    const siren = epci[epciIndex]?.[0];
    if (siren !== undefined) group(`epci:${siren}`).communes.push(commune);
  }
  for (const [siren] of epci) {
    const territory = byId.get(`epci:${siren}`);
    if (territory) group(`departement:${territory.departement}`).epci.push(territory);
  }
  members = groups;
  return groups;
}

/** The members of an EPCI or a département (empty for a commune or an unknown id). */
export function membersOf(id: string): Members {
  return memberIndex().get(id) ?? { communes: [], epci: [] };
}

let slugs: ShortSlugs | undefined;

/** Built on first use, from the data already installed: only a short address or a kit pays for it. */
function slugIndex(): ShortSlugs {
  slugs ??= shortSlugs(directory().values());
  return slugs;
}

/** A territory's short-address slug (survey/short-address.ts), or undefined for an unknown id. */
export function shortSlugOfTerritory(id: string): string | undefined {
  return slugIndex().slugOf.get(id);
}

/**
 * What a short-address slug leads to: one territory, the territories sharing a bare name (most
 * populous first), or undefined.
 */
export function territoriesOfSlug(slug: string): Territory | Territory[] | undefined {
  const found = slugIndex().lookup.get(slug);
  if (found === undefined) return undefined;
  if (typeof found === 'string') return directory().get(found);
  return found
    .map((id) => directory().get(id))
    .filter((territory) => territory !== undefined)
    .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
}

let searchIndex: { territory: Territory; key: string; code: string; postcodes: string[] }[] | undefined;

/** Lowercase, without accents, apostrophes and dashes as spaces: « L’Haÿ » finds « L'Haÿ-les-Roses ». */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Territories whose name, code or postcode matches `query`: the code or id itself first, then the
 * communes of that postcode, then codes that start with it, names that start with it, names that
 * contain it; the most populous first within each.
 */
export function searchTerritories(query: string, limit: number): Territory[] {
  if (!searchIndex) {
    const postcodes = new Map(data().communes.map(([code, , , postcodes]) => [`commune:${code}`, postcodes ? postcodes.split(' ') : []]));
    searchIndex = allTerritories().map((territory) => ({
      territory,
      key: searchKey(territory.name),
      code: territory.id.slice(territory.id.indexOf(':') + 1).toLowerCase(),
      postcodes: postcodes.get(territory.id) ?? [],
    }));
  }
  const wanted = searchKey(query);
  const id = query.trim().toLowerCase();
  if (wanted === '') return [];
  const ranked: { territory: Territory; rank: number }[] = [];
  for (const { territory, key, code, postcodes } of searchIndex) {
    const rank =
      territory.id.toLowerCase() === id || code === id
        ? 0
        : postcodes.includes(id)
          ? 1
          : code.startsWith(id)
            ? 2
            : key.startsWith(wanted)
              ? 3
              : key.includes(wanted)
                ? 4
                : -1;
    if (rank >= 0) ranked.push({ territory, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || b.territory.population - a.territory.population || a.territory.id.localeCompare(b.territory.id))
    .slice(0, limit)
    .map(({ territory }) => territory);
}
