import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { membersOf, searchTerritories } from './territory-directory.js';

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

describe('membersOf', () => {
  // The reference data as published, read apart from the reduced copy the directory uses.
  const require = createRequire(import.meta.url);
  const read = <T>(file: string): T => require(`@etalab/decoupage-administratif/data/${file}`) as T;

  it('gives an EPCI its member communes, as the reference data lists them', () => {
    const epcis = read<{ code: string; membres: { code: string }[] }[]>('epci.json');
    const grandBesancon = epcis.find((epci) => epci.code === '242500361');
    const { communes, epci } = membersOf('epci:242500361');
    expect(communes.map((commune) => commune.id).sort()).toEqual(grandBesancon?.membres.map((member) => `commune:${member.code}`).sort());
    expect(communes).toHaveLength(67);
    expect(communes.find((commune) => commune.id === 'commune:25056')).toMatchObject({ name: 'Besançon', kind: 'commune' });
    expect(epci).toEqual([]);
  });

  it('gives a département its communes and its EPCI, and a commune nothing', () => {
    const communes = read<{ code: string; type: string; departement: string }[]>('communes.json').filter(
      (commune) => commune.type === 'commune-actuelle' && commune.departement === '25',
    );
    const doubs = membersOf('departement:25');
    expect(doubs.communes.map((commune) => commune.id).sort()).toEqual(communes.map((commune) => `commune:${commune.code}`).sort());
    expect(doubs.epci.map((epci) => epci.id)).toContain('epci:242500361');
    expect(doubs.epci.every((epci) => epci.kind === 'epci' && epci.departement === '25')).toBe(true);
    expect(membersOf('commune:25056')).toEqual({ communes: [], epci: [] });
    expect(membersOf('departement:constructor')).toEqual({ communes: [], epci: [] });
  });
});
