import { describe, expect, it } from 'vitest';
import { shortUrlOf, surveyUrlOf } from './urls.js';

const BASE_URL = 'https://barometre.example.fr';

describe('the addresses a kit prints', () => {
  it('prints a short address to type: host, slug, the asset’s code, the language unless French', () => {
    expect(shortUrlOf(BASE_URL, 'commune:25056')).toBe('barometre.example.fr/b/besancon');
    expect(shortUrlOf(BASE_URL, 'commune:25056', 'affiche-a4')).toBe('barometre.example.fr/b/besancon/a4');
    expect(shortUrlOf(BASE_URL, 'commune:25056', 'affiche-a4', 'fr')).toBe('barometre.example.fr/b/besancon/a4');
    expect(shortUrlOf(BASE_URL, 'commune:93066', 'flyer-a5', 'en')).toBe('barometre.example.fr/b/saint-denis-93/a5/en');
    expect(shortUrlOf(BASE_URL, 'commune:97411', 'banniere-728x90')).toBe('barometre.example.fr/b/saint-denis-974/b728');
    expect(shortUrlOf(BASE_URL, 'epci:242500361', 'affiche-a3')).toBe('barometre.example.fr/b/cu-grand-besancon-metropole/a3');
    expect(shortUrlOf(BASE_URL, 'departement:2A', 'story-1080x1920', 'it')).toBe('barometre.example.fr/b/departement-corse-du-sud/story/it');
    // A source that is no kit asset (a network post) has no code: the address leads to the survey as typed.
    expect(shortUrlOf(BASE_URL, 'commune:25056', 'reseau-x', 'de')).toBe('barometre.example.fr/b/besancon/de');
  });

  it('takes a slug it is given, and falls back to the long path without one', () => {
    expect(shortUrlOf(BASE_URL, 'commune:25056', 'affiche-a4', 'fr', 'besancon')).toBe('barometre.example.fr/b/besancon/a4');
    expect(shortUrlOf(BASE_URL, 'commune:99999', 'affiche-a4')).toBe('barometre.example.fr/s/commune:99999');
    expect(shortUrlOf(BASE_URL, 'commune:99999', 'affiche-a4', 'fr-falc')).toBe('barometre.example.fr/s/commune:99999?lang=fr-falc');
    expect(shortUrlOf(BASE_URL, 'commune:25056', 'affiche-a4', 'ar')).toBe('barometre.example.fr/b/besancon/a4/ar');
  });

  it('keeps the QR code’s target long, with its source and language', () => {
    expect(surveyUrlOf(BASE_URL, 'commune:25056', 'affiche-a4', 'en')).toBe('https://barometre.example.fr/s/commune:25056?src=affiche-a4&lang=en');
  });
});
