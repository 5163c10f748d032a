import { describe, expect, it } from 'vitest';
import { frenchTypographyErrors } from '../../../survey/typography.js';
import { strings as falc } from './fr-falc.js';
import { fr } from './fr.js';

/** Every string of a locale, at any depth. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
}

describe('the survey’s French strings', () => {
  it.each([
    ['fr', fr],
    ['fr-falc', falc],
  ])('%s keeps its marks and quotes with their words on a phone', (_language, strings) => {
    const texts = leaves(strings);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.flatMap((text) => frenchTypographyErrors(text))).toEqual([]);
  });

  it('would catch a plain space before a question mark', () => {
    expect(frenchTypographyErrors('Un commentaire ? (facultatif)')).not.toEqual([]);
  });
});
