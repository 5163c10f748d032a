import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { findTerritory } from '../../survey/territory-directory.js';
import {
  EXPLICIT_TERRITORIES,
  freshTerritory,
  slotOf,
  TEST_FILES,
  territoryAllocator,
  type FreshTerritory,
  type FreshTerritoryOptions,
} from './territories.js';

/** What a test file might ask for, in the mix the Worker tests ask it. */
function drawLikeATestFile(slot: number, slots: number, wholeDepartements = 2): { territory: FreshTerritory; options: FreshTerritoryOptions }[] {
  const allocator = territoryAllocator(slot, slots);
  const drawn: { territory: FreshTerritory; options: FreshTerritoryOptions }[] = [];
  const draw = (options: FreshTerritoryOptions = {}) => drawn.push({ territory: allocator.fresh(options), options });
  const departements: string[] = [];
  for (let index = 0; index < wholeDepartements; index += 1) {
    draw({ kind: 'departement' });
    departements.push(drawn.at(-1)?.territory.departement as string);
    draw({ departement: departements[index] });
  }
  for (let index = 0; index < 25; index += 1) draw();
  draw({ kind: 'epci' });
  draw({ population: { atLeast: 2_000, below: 10_000 } });
  draw({ population: { atLeast: 1, below: 500 } });
  for (const departement of departements) draw({ departement, population: { atLeast: 1 } });
  for (let index = 0; index < 5; index += 1) draw();
  return drawn;
}

describe('freshTerritory', () => {
  it('gives this file the slot of its own path among the Worker test files', () => {
    expect(TEST_FILES).toContain('/worker/test/territories.test.ts');
    expect(TEST_FILES).toContain('/worker/src/routes/responses.test.ts');
    expect(TEST_FILES).toEqual([...new Set(TEST_FILES)].sort());
    const testPath = expect.getState().testPath as string;
    expect(TEST_FILES[slotOf(testPath)]).toBe('/worker/test/territories.test.ts');
    expect(() => slotOf('/elsewhere/some.test.ts')).toThrow(/not one of the Worker test files/);
  });

  it('never returns one id twice within a file, and returns real territories as the reference data describes them', () => {
    const ids = new Set<string>();
    for (let index = 0; index < 50; index += 1) {
      const territory = freshTerritory();
      expect(territory.kind).toBe('commune');
      expect(findTerritory(territory.id)).toEqual(territory);
      ids.add(territory.id);
    }
    expect(ids.size).toBe(50);
  });

  // As many files as today (42: two or three départements each), each taking one whole, and a
  // file taking two among as many; then room for three more files (48 fail: split the territories
  // finer before then).
  for (const [slots, wholeDepartements] of [
    [TEST_FILES.length, 1],
    [28, 2],
    [45, 1],
  ] as const) {
    it(`hands no id to two of ${slots} simulated files, whatever each asks`, () => {
      const owner = new Map<string, number>();
      const wholeOf = new Map<string, number>();
      const all: { slot: number; territory: FreshTerritory; options: FreshTerritoryOptions }[] = [];
      for (let slot = 0; slot < slots; slot += 1) {
        for (const { territory, options } of drawLikeATestFile(slot, slots, wholeDepartements)) {
          expect(owner.get(territory.id), `${territory.id} given to slots ${owner.get(territory.id)} and ${slot}`).toBeUndefined();
          owner.set(territory.id, slot);
          all.push({ slot, territory, options });
          if (territory.kind === 'departement') wholeOf.set(territory.departement, slot);
        }
      }
      expect(owner.size).toBe(all.length);
      for (const { slot, territory, options } of all) {
        // What was asked for…
        expect(territory.kind).toBe(options.kind ?? 'commune');
        expect(territory.population).toBeGreaterThanOrEqual(options.population?.atLeast ?? 0);
        expect(territory.population).toBeLessThan(options.population?.below ?? Infinity);
        if (options.departement) expect(territory.departement).toBe(options.departement);
        expect(EXPLICIT_TERRITORIES).not.toContain(territory.id);
        // …and nobody else's territory in a département handed out whole.
        const whole = wholeOf.get(territory.departement);
        if (whole !== undefined && territory.kind !== 'departement') {
          expect(whole).toBe(slot);
          expect(options.departement).toBe(territory.departement);
        }
      }
      // The départements of explicit territories are never handed out whole.
      for (const id of EXPLICIT_TERRITORIES) expect(wholeOf.has(findTerritory(id)?.departement as string)).toBe(false);
    });
  }

  it('hands out the same sequence for the same slot, so a run is reproducible', () => {
    const ids = (slot: number) => drawLikeATestFile(slot, TEST_FILES.length).map(({ territory }) => territory.id);
    expect(ids(3)).toEqual(ids(3));
  });

  it('refuses a département the file did not get whole, and says so when nothing is left', () => {
    const allocator = territoryAllocator(0, TEST_FILES.length);
    expect(() => allocator.fresh({ departement: allocator.departements[0] })).toThrow(/not handed out whole/);
    expect(() => allocator.fresh({ population: { atLeast: 100_000_000 } })).toThrow(/no fresh territory/);
    expect(() => territoryAllocator(0, 1_000)).toThrow(/split the territories finer/);
  });

  it('keeps out every territory split over shards in this run', () => {
    const sharded = Object.keys(JSON.parse((env as unknown as { LEDGER_SHARDS: string }).LEDGER_SHARDS) as Record<string, number>);
    expect(sharded.length).toBeGreaterThan(0);
    for (const id of sharded) expect(EXPLICIT_TERRITORIES).toContain(id);
  });
});
