import { describe, expect, it } from 'vitest';
import { countText } from './first-steps.js';

describe('the first steps’ count', () => {
  it('says how many answers arrived and how many the first figures still need', () => {
    expect(countText(0)).toBe('Aucune réponse pour l’instant. Les premiers chiffres s’afficheront ici à partir de 5 réponses.');
    expect(countText(1)).toBe('1 réponse reçue\u202f: encore 4 et les premiers chiffres s’afficheront ici.');
    expect(countText(4)).toBe('4 réponses reçues\u202f: encore 1 et les premiers chiffres s’afficheront ici.');
  });
});
