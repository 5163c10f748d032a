import { describe, expect, it } from 'vitest';
import { fr } from '../locales/fr.js';
import { strings as ar } from '../locales/ar.js';
import { strings as de } from '../locales/de.js';
import { strings as en } from '../locales/en.js';
import { strings as es } from '../locales/es.js';
import { strings as falc } from '../locales/fr-falc.js';
import { strings as it_ } from '../locales/it.js';
import { strings as pt } from '../locales/pt.js';
import { pickLanguage } from './i18n.js';

describe('pickLanguage', () => {
  it('takes the first supported candidate: attribute, then page, then browser', () => {
    expect(pickLanguage(['de', 'en', 'fr'])).toBe('de');
    expect(pickLanguage([undefined, 'nl', 'es-ES', 'en'])).toBe('es');
    expect(pickLanguage(['', null, 'pt-BR'])).toBe('pt');
  });

  it('knows easy-to-read French under the spellings webmasters use', () => {
    expect(pickLanguage(['fr-falc'])).toBe('fr-falc');
    expect(pickLanguage(['fr-x-falc'])).toBe('fr-falc');
    expect(pickLanguage(['FR-FALC'])).toBe('fr-falc');
    expect(pickLanguage(['fr-FR'])).toBe('fr');
  });

  it('falls back to French when nothing is supported', () => {
    expect(pickLanguage(['nl', 'zh-Hans', undefined])).toBe('fr');
    expect(pickLanguage([])).toBe('fr');
  });

  it('never takes a property of Object.prototype for a language', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor-fr']) {
      expect(pickLanguage([name, 'de'])).toBe('de');
    }
    expect(pickLanguage(['constructor'])).toBe('fr');
  });
});

/** Every leaf of a locale, as `path = value`. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}

describe('locales', () => {
  const locales = { en, es, de, it: it_, pt, ar, 'fr-falc': falc };
  const frenchKeys = leaves(fr)
    .map(([key]) => key)
    .sort();

  for (const [name, strings] of Object.entries(locales)) {
    it(`${name} has every key of French, no empty string, and keeps the placeholders`, () => {
      const entries = leaves(strings);
      expect(entries.map(([key]) => key).sort()).toEqual(frenchKeys);
      expect(entries.filter(([, value]) => value.trim() === '')).toEqual([]);
      expect(entries.find(([key]) => key === 'misconfigured')?.[1]).toContain('{{attribute}}');
    });
  }

  it('names every service and every group of services apart, in every language', () => {
    for (const [name, strings] of Object.entries({ fr, ...locales })) {
      const services = Object.values(strings.service.options);
      const groups = Object.values(strings.service.groups);
      expect(new Set(services).size, name).toBe(services.length);
      expect(new Set(groups).size, name).toBe(groups.length);
    }
  });

  it('translates rather than copies French (apart from FALC, which is French)', () => {
    const french = new Map(leaves(fr));
    for (const [name, strings] of Object.entries({ en, es, de, it: it_, pt, ar })) {
      const same = leaves(strings).filter(([key, value]) => french.get(key) === value && value.length > 12);
      expect(same, name).toEqual([]);
    }
  });
});
