import { describe, expect, it } from 'vitest';
import { departementsList } from '../../../survey/territory-directory.js';
import { isDepartement, isOverseasCollectivity } from './departements.js';

describe('isDepartement', () => {
  it('keeps the 101 départements of the reference data, not TAAF, Clipperton or the collectivities', () => {
    const codes = departementsList().map((territory) => territory.departement);
    expect(codes.filter(isDepartement)).toHaveLength(101);
    expect(codes.filter(isOverseasCollectivity).sort()).toEqual(['975', '977', '978', '986', '987', '988']);
    expect(['984', '989', '20', '00', '96', '975'].some(isDepartement)).toBe(false);
  });
});
