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

  it('finds the communes of a postcode, after an INSEE code that is the same five digits', () => {
    expect(searchTerritories('25000', 3).map((territory) => territory.name)).toEqual(['Besançon']);
    // 13001 is Aix-en-Provence's INSEE code and Marseille's first postcode: both, the code first.
    expect(searchTerritories('13001', 2).map((territory) => territory.name)).toEqual(['Aix-en-Provence', 'Marseille']);
    // The commune whose INSEE code is 25320, then the twelve villages of that postcode, most populous first.
    const [code, ...shared] = searchTerritories('25320', 20);
    expect(code?.id).toBe('commune:25320');
    expect(shared).toHaveLength(12);
    expect(shared.map((territory) => territory.name)).toContain('Boussières');
    expect(shared.every((territory, index) => index === 0 || (shared[index - 1]?.population ?? 0) >= territory.population)).toBe(true);
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
