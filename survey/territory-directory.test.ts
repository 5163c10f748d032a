import { describe, expect, it } from 'vitest';
import { searchTerritories } from './territory-directory.js';

describe('searchTerritories', () => {
  it('finds by name without accents or case, the most populous first', () => {
    const found = searchTerritories('besancon', 5);
    expect(found[0]).toMatchObject({ id: 'commune:25056', name: 'Besançon' });
  });

  it('finds by INSEE code, SIREN or full id, exact match first', () => {
    expect(searchTerritories('25056', 3)[0]?.id).toBe('commune:25056');
    expect(searchTerritories('commune:25056', 3)[0]?.id).toBe('commune:25056');
    expect(searchTerritories('departement:25', 1)[0]?.name).toBe('Doubs');
  });

  it('matches inside names and across apostrophes and dashes', () => {
    const names = searchTerritories('l hay les', 5).map((territory) => territory.name);
    expect(names).toContain("L'Haÿ-les-Roses");
    expect(searchTerritories('bouzemont', 3).map((territory) => territory.name)).toContain('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson');
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(searchTerritories('  ', 10)).toEqual([]);
    expect(searchTerritories('saint', 7)).toHaveLength(7);
  });
});
