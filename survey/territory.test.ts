import { describe, expect, it } from 'vitest';
import { departementOfCommuneCode, isTerritoryId, territoryKind } from './territory.js';
import { findTerritory, territoryCount } from './territory-directory.js';

describe('isTerritoryId', () => {
  it.each(['commune:25056', 'commune:2A004', 'commune:97411', 'epci:242500361', 'departement:2B', 'departement:974'])('accepts %s', (id) =>
    expect(isTerritoryId(id)).toBe(true),
  );
  it.each(['25056', 'commune:2C004', 'commune:250560', 'epci:24250036', 'departement:1', 'region:27', 'commune:25056 '])('rejects %s', (id) =>
    expect(isTerritoryId(id)).toBe(false),
  );
});

describe('departementOfCommuneCode', () => {
  it('reads two characters in metropolitan France and three overseas', () => {
    expect(['25056', '2A004', '97411', '98818'].map(departementOfCommuneCode)).toEqual(['25', '2A', '974', '988']);
  });
});

describe('findTerritory', () => {
  it('finds communes, with Corsica and overseas codes', () => {
    expect(findTerritory('commune:25056')).toEqual({ id: 'commune:25056', kind: 'commune', name: 'Besançon', population: 118489, departement: '25' });
    expect(findTerritory('commune:2A004')).toMatchObject({ name: 'Ajaccio', departement: '2A' });
    expect(findTerritory('commune:97411')).toMatchObject({ name: 'Saint-Denis', departement: '974' });
  });

  it('finds an EPCI with its population and the département of most of its inhabitants', () => {
    expect(findTerritory('epci:242500361')).toMatchObject({ kind: 'epci', name: 'CU Grand Besançon Métropole', departement: '25' });
    expect(findTerritory('epci:242500361')?.population).toBeGreaterThan(190_000);
  });

  it('gives a département the population of its communes', () => {
    const doubs = findTerritory('departement:25');
    expect(doubs).toMatchObject({ kind: 'departement', name: 'Doubs', departement: '25' });
    expect(doubs?.population).toBeGreaterThan(500_000);
    expect(doubs?.population).toBeLessThan(600_000);
  });

  it('knows nothing of a well-formed code that names no territory, nor of a malformed one', () => {
    expect(findTerritory('commune:99999')).toBeUndefined();
    expect(findTerritory('departement:20')).toBeUndefined();
    expect(findTerritory('Besançon')).toBeUndefined();
  });

  it('holds every current commune, EPCI and département', () => {
    expect(territoryCount()).toBe(34_969 + 1_255 + 109);
    expect(territoryKind('epci:242500361')).toBe('epci');
  });
});
