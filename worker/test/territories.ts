/// <reference types="vite/types/importMeta.d.ts" />
/**
 * A territory of its own for every test: `freshTerritory()` returns a real territory of the
 * reference data that no other call returns in the whole run, whichever test file makes it.
 *
 * How: each Worker test file gets a slot, its rank among the Worker test files in path order (the
 * list is read with `import.meta.glob`, so every file computes the same list, and a new test file
 * takes a slot without being listed anywhere). The départements are dealt to the slots like cards,
 * most communes first, in snake order, and slot `s` owns its départements whole: the départements
 * themselves, their communes and the EPCI seated there.
 * A file hands out only what it owns, each territory once, so two files can never meet on a
 * territory, nor on a département's pooled figures.
 *
 * Today the pool starts one workerd per test file, so storage is shared between the tests of a file
 * and not between files; the partition holds whatever the pool does (one workerd for several
 * files, `isolate: false`, files run in any order or shuffled).
 *
 * Left out on purpose: the territories some tests name because they need exactly them (below).
 * @module
 */
import { expect } from 'vitest';
import '../../survey/reference-data.js';
import type { Territory } from '../../survey/results.js';
import { allTerritories, departementsList } from '../../survey/territory-directory.js';
import type { TerritoryId, TerritoryKind } from '../../survey/territory.js';

/**
 * Territories that tests name explicitly, never handed out, and whose départements are never
 * handed out whole: `commune:75056` (the ledger test's), `commune:13055` (the comment paging
 * test's), `commune:69123` (the raw answers' test's) and `commune:31555` (the comment themes'
 * test's) are split over ledger shards
 * (LEDGER_SHARDS in vitest.config.ts);
 * `commune:25056` is Besançon, read (never written) by the tests of its reference record.
 */
export const EXPLICIT_TERRITORIES: readonly TerritoryId[] = ['commune:75056', 'commune:13055', 'commune:69123', 'commune:31555', 'commune:25056'];

/** Every Worker test file, by its path from the repository's root (`/worker/src/…`), in path order. */
export const TEST_FILES: readonly string[] = Object.keys(import.meta.glob('/worker/**/*.test.ts')).sort();

export interface FreshTerritoryOptions {
  /** `commune` unless said. */
  kind?: TerritoryKind;
  /** Inhabitants: at least `atLeast`, fewer than `below` (as the Trophée's categories count them). */
  population?: { atLeast?: number; below?: number };
  /**
   * A département code this file got whole from `freshTerritory({ kind: 'departement' })`: the
   * territory lies in it. Without it, no territory is taken from a département handed out whole.
   */
  departement?: string;
}

export type FreshTerritory = Territory & { id: TerritoryId };

export interface TerritoryAllocator {
  readonly slot: number;
  readonly slots: number;
  /** The département codes this slot owns. */
  readonly departements: readonly string[];
  fresh(options?: FreshTerritoryOptions): FreshTerritory;
}

const describeOptions = (options: FreshTerritoryOptions) => JSON.stringify({ kind: options.kind ?? 'commune', ...options });

/** The territories of slot `slot` out of `slots`, handed out once each. Pure: the unit test simulates any number of files with it. */
export function territoryAllocator(slot: number, slots: number): TerritoryAllocator {
  const departementCodes = departementsList().map((departement) => departement.departement);
  if (slots > departementCodes.length) throw new Error(`${slots} test files for ${departementCodes.length} départements: split the territories finer`);
  if (!Number.isInteger(slot) || slot < 0 || slot >= slots) throw new Error(`slot ${slot} out of 0…${slots - 1}`);
  const communesIn = new Map<string, number>();
  for (const territory of allTerritories()) {
    if (territory.kind === 'commune') communesIn.set(territory.departement, (communesIn.get(territory.departement) ?? 0) + 1);
  }
  // Dealt like cards, the départements with most communes first, in snake order (0…S-1, then
  // S-1…0): every file gets large ones and small ones, never only Paris and an overseas island.
  const ranked = [...departementCodes].sort((a, b) => (communesIn.get(b) ?? 0) - (communesIn.get(a) ?? 0) || a.localeCompare(b));
  const dealtTo = (index: number) => (Math.floor(index / slots) % 2 === 0 ? index % slots : slots - 1 - (index % slots));
  const departements = ranked.filter((_, index) => dealtTo(index) === slot).sort();
  const owned = new Set(departements);
  const explicit = new Set<string>(EXPLICIT_TERRITORIES);
  const pinned = new Set(
    allTerritories()
      .filter((territory) => explicit.has(territory.id))
      .map((territory) => territory.departement),
  );
  const mine = allTerritories().filter((territory) => owned.has(territory.departement) && !explicit.has(territory.id)) as FreshTerritory[];
  const given = new Set<string>();
  /** Départements a territory was taken from, or holding an explicit one: never handed out whole. */
  const touched = new Set(departements.filter((code) => pinned.has(code)));
  /** Départements handed out whole: only requests naming them take territories there. */
  const whole = new Set<string>();

  function fresh(options: FreshTerritoryOptions = {}): FreshTerritory {
    const kind = options.kind ?? 'commune';
    const { atLeast = -Infinity, below = Infinity } = options.population ?? {};
    if (options.departement !== undefined && !whole.has(options.departement))
      throw new Error(
        `département ${options.departement} was not handed out whole to this test file: take it with freshTerritory({ kind: 'departement' }) first`,
      );
    const fits = (territory: FreshTerritory) => {
      if (given.has(territory.id) || territory.kind !== kind) return false;
      if (territory.population < atLeast || territory.population >= below) return false;
      if (options.departement !== undefined) return territory.departement === options.departement && kind !== 'departement';
      if (kind === 'departement') return !touched.has(territory.departement) && !whole.has(territory.departement);
      return !whole.has(territory.departement);
    };
    // In a département already drawn from if one fits, so that the others stay free to be handed out whole.
    const found = mine.find((territory) => touched.has(territory.departement) && fits(territory)) ?? mine.find(fits);
    if (!found) throw new Error(`no fresh territory ${describeOptions(options)} left for test file slot ${slot} (départements ${departements.join(', ')})`);
    given.add(found.id);
    if (kind === 'departement') whole.add(found.departement);
    else touched.add(found.departement);
    return { ...found }; // a copy: the directory's own record stays as the reference data has it
  }

  return { slot, slots, departements, fresh };
}

/** The slot of a test file given its absolute path (`expect.getState().testPath`). */
export function slotOf(testPath: string): number {
  const slot = TEST_FILES.findIndex((file) => testPath.endsWith(file));
  if (slot < 0) throw new Error(`${testPath} is not one of the Worker test files (${TEST_FILES.length} found by import.meta.glob)`);
  return slot;
}

/** The path of the test file running now: what both a file's territories and its client address hang on. */
function callingTestFile(what: string): string {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error(`${what} needs a test file: call it from a Worker test file, not from a setup file`);
  return testPath;
}

/** One allocator per file, whether the pool gives each file a module instance of its own or not. */
const allocators = new Map<string, TerritoryAllocator>();

/**
 * A real territory (commune unless `kind` says otherwise) that no other call returns in this run:
 * answers, claims and summaries written for it are the calling test's alone. Call it in a test, a
 * hook or at the top of a test file.
 */
export function freshTerritory(options?: FreshTerritoryOptions): FreshTerritory {
  const testPath = callingTestFile('freshTerritory()');
  let allocator = allocators.get(testPath);
  if (!allocator) allocators.set(testPath, (allocator = territoryAllocator(slotOf(testPath), TEST_FILES.length)));
  return allocator.fresh(options);
}

/** `count` fresh territories alike. */
export function freshTerritories(count: number, options?: FreshTerritoryOptions): FreshTerritory[] {
  return Array.from({ length: count }, () => freshTerritory(options));
}

/**
 * The client address of the calling test file (`198.18.<slot>.1`, from the benchmarking range), so
 * that what the Worker keeps per client — rate limits, the wrong-token throttle, respondents — is
 * the file's own even when files share one runtime (`isolate: false`). `call()` sends it unless a
 * test sets `CF-Connecting-IP` itself.
 */
export function fileClientAddress(): string {
  const slot = slotOf(callingTestFile('fileClientAddress()'));
  return `198.${18 + Math.floor(slot / 256)}.${slot % 256}.1`;
}
