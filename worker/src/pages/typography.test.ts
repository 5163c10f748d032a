import { describe, expect, it } from 'vitest';
import { frenchTypographyErrors } from '../../../survey/typography.js';
import { call } from '../../test/fixtures.js';
import { HOSTED_STRINGS } from './hosted-strings.js';

// French typography (survey/typography.ts) in what the Worker writes itself; the browser tests read the same pages as shown.
describe('French typography of the Worker’s pages', () => {
  it('holds in the hosted page’s French words', () => {
    for (const language of ['fr', 'fr-falc'] as const) {
      const strings = HOSTED_STRINGS[language];
      const words = Object.values(strings).map((entry: string | ((name: string) => string)) => (typeof entry === 'function' ? entry('Besançon') : entry));
      expect(words.flatMap(frenchTypographyErrors), language).toEqual([]);
    }
  });

  it('holds in the hosted page and the legal pages, as served in French', async () => {
    for (const path of ['/s/commune:25056?lang=fr', '/mentions-legales', '/donnees-personnelles', '/accessibilite']) {
      const page = await (await call(path)).text();
      expect(frenchTypographyErrors(page), path).toEqual([]);
    }
  });
});
