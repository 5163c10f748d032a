import { describe, expect, it } from 'vitest';
import { typedTerritoryId } from './territory-search.js';

describe('typedTerritoryId', () => {
  it('reads a line of the list, an id typed as such, or the only match; nothing when several match', () => {
    expect(typedTerritoryId('Saint-Denis (93) — commune, 149 077 habitants (commune:93066)', [])).toBe('commune:93066');
    expect(typedTerritoryId(' commune:25056 ', [])).toBe('commune:25056');
    expect(typedTerritoryId('ornans', [{ id: 'commune:25434' }])).toBe('commune:25434');
    expect(typedTerritoryId('saint-denis', [{ id: 'commune:93066' }, { id: 'commune:97411' }])).toBeUndefined();
    expect(typedTerritoryId('', [])).toBeUndefined();
  });
});
