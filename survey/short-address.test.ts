import { describe, expect, it } from 'vitest';
import { SURVEY_LANGUAGES } from './languages.js';
import { readShortAddress, shortPathOf, shortSlugs, slugOf, SLUG_MAX_LENGTH, typedSlug } from './short-address.js';
import { PRINTED_ASSETS } from './sources.js';
import { allTerritories, shortSlugOfTerritory, territoriesOfSlug, territoryCount } from './territory-directory.js';

describe('slugOf', () => {
  it('folds a name to lower-case ASCII, accents and ligatures folded, other characters as single hyphens', () => {
    expect(slugOf('Besançon')).toBe('besancon');
    expect(slugOf("L'Haÿ-les-Roses")).toBe('l-hay-les-roses');
    expect(slugOf('L’Haÿ-les-Roses')).toBe('l-hay-les-roses');
    expect(slugOf('Œuilly')).toBe('oeuilly');
    expect(slugOf('Saint-Étienne')).toBe('saint-etienne');
    expect(slugOf('Castillon (Canton de Lembeye)')).toBe('castillon-canton-de-lembeye');
    expect(slugOf('CC Faucigny - Glières')).toBe('cc-faucigny-glieres');
    expect(slugOf('Île de Clipperton')).toBe('ile-de-clipperton');
  });

  it('forgives what a person types: case, accents, apostrophes and spaces', () => {
    expect(typedSlug('Besançon')).toBe('besancon');
    expect(typedSlug("L'Haÿ-les-Roses")).toBe('l-hay-les-roses');
    expect(typedSlug('saint denis-93 ')).toBe('saint-denis-93');
    expect(typedSlug('<script>')).toBe('<script>');
  });
});

describe('the slugs of the reference data', () => {
  it('names a commune by its name alone when no other territory shares it', () => {
    expect(shortSlugOfTerritory('commune:25056')).toBe('besancon');
    expect(shortSlugOfTerritory('commune:94038')).toBe('l-hay-les-roses');
    expect(shortSlugOfTerritory('commune:2A004')).toBe('ajaccio');
  });

  it('gives every commune of a shared name its département code, overseas and Corsica included', () => {
    expect(shortSlugOfTerritory('commune:93066')).toBe('saint-denis-93');
    expect(shortSlugOfTerritory('commune:97411')).toBe('saint-denis-974');
    expect(shortSlugOfTerritory('commune:11339')).toBe('saint-denis-11');
    expect(shortSlugOfTerritory('commune:02565')).toBe('oeuilly-02');
    expect(shortSlugOfTerritory('commune:51410')).toBe('oeuilly-51');
    // The bare name lists them all, most populous first.
    const shared = territoriesOfSlug('saint-denis');
    expect(Array.isArray(shared) && shared.map((territory) => territory.id)).toEqual(['commune:97411', 'commune:93066', 'commune:11339', 'commune:30247']);
  });

  it('names an EPCI by its name, which says its kind, and a département with a prefix', () => {
    expect(shortSlugOfTerritory('epci:242500361')).toBe('cu-grand-besancon-metropole');
    expect(shortSlugOfTerritory('epci:200054781')).toBe('metropole-du-grand-paris');
    // Two EPCI share a name: both carry their département, like communes.
    expect(shortSlugOfTerritory('epci:247000623')).toBe('cc-des-quatre-rivieres-70');
    expect(shortSlugOfTerritory('epci:247400666')).toBe('cc-des-quatre-rivieres-74');
    expect(shortSlugOfTerritory('departement:25')).toBe('departement-doubs');
    expect(shortSlugOfTerritory('departement:2A')).toBe('departement-corse-du-sud');
    expect(shortSlugOfTerritory('departement:974')).toBe('departement-la-reunion');
    // Paris the commune and Paris the département.
    expect(shortSlugOfTerritory('commune:75056')).toBe('paris');
    expect(shortSlugOfTerritory('departement:75')).toBe('departement-paris');
  });

  it('also leads from the name with its département, and from a département’s code', () => {
    expect(territoriesOfSlug('besancon-25')).toMatchObject({ id: 'commune:25056' });
    expect(territoriesOfSlug('departement-25')).toMatchObject({ id: 'departement:25' });
    expect(territoriesOfSlug('departement-2b')).toMatchObject({ id: 'departement:2B' });
    expect(territoriesOfSlug('nowhere-at-all')).toBeUndefined();
    expect(territoriesOfSlug('constructor')).toBeUndefined();
  });

  it('gives every territory one slug of its own, typeable, no two alike, each leading back to it', () => {
    const territories = allTerritories();
    expect(territories.length).toBe(territoryCount());
    expect(territories.length).toBeGreaterThan(36_000);
    const { slugOf: slugs, lookup } = shortSlugs(territories);
    // One assertion at the end: 36,000 expect() calls would take seconds.
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const territory of territories) {
      const slug = slugs.get(territory.id) ?? '';
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > SLUG_MAX_LENGTH) problems.push(`${territory.id}: untypeable slug « ${slug} »`);
      const other = seen.get(slug);
      if (other) problems.push(`${slug}: ${other} and ${territory.id}`);
      seen.set(slug, territory.id);
      if (lookup.get(slug) !== territory.id) problems.push(`${slug} does not lead to ${territory.id}`);
      if (territory.kind !== 'departement' && slug.startsWith('departement-')) problems.push(`${territory.id}: ${slug} looks like a département's`);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(territories.length);
  });

  // A reference-data update that gives a commune a new homonym moves that commune from `name` to
  // `name-<département>`: its posters' bare address would then list the homonyms instead of leading
  // straight to it. This list makes such an update visible in review; the release notes must say
  // which territories are concerned.
  it('pins the names shared by several territories', async () => {
    const counts = new Map<string, number>();
    for (const territory of allTerritories()) {
      if (territory.kind === 'departement') continue;
      const base = slugOf(territory.name);
      counts.set(base, (counts.get(base) ?? 0) + 1);
    }
    const shared = [...counts].filter(([, count]) => count > 1).map(([base]) => base);
    await expect(`${shared.sort().join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/short-address-homonyms.txt');
  });
});

describe('readShortAddress', () => {
  it('reads the slug, then an asset’s code and a language, both optional', () => {
    expect(readShortAddress(['besancon'])).toEqual({ slug: 'besancon', source: 'adresse', language: undefined });
    expect(readShortAddress(['besancon', 'a4'])).toEqual({ slug: 'besancon', source: 'affiche-a4', language: undefined });
    expect(readShortAddress(['Saint-Denis-93', 'A3', 'en'])).toEqual({ slug: 'saint-denis-93', source: 'affiche-a3', language: 'en' });
    expect(readShortAddress(['besancon', 'ar'])).toEqual({ slug: 'besancon', source: 'adresse', language: 'ar' });
    expect(readShortAddress(['besancon', 'sig', 'fr'])).toEqual({ slug: 'besancon', source: 'signature-600x150', language: undefined });
  });

  it('refuses what is not a short address', () => {
    for (const segments of [[], [''], ['<script>'], ['a'.repeat(101)], ['besancon', 'zz'], ['besancon', 'en', 'a4'], ['besancon', 'a4', 'en', 'x']])
      expect(readShortAddress(segments), segments.join('/')).toBeUndefined();
  });

  it('writes the path back, French left implicit', () => {
    expect(shortPathOf('besancon')).toBe('/b/besancon');
    expect(shortPathOf('besancon', 'affiche-a4')).toBe('/b/besancon/a4');
    expect(shortPathOf('besancon', 'affiche-a4', 'fr')).toBe('/b/besancon/a4');
    expect(shortPathOf('besancon', 'affiche-a4', 'en')).toBe('/b/besancon/a4/en');
    expect(shortPathOf('besancon', 'reseau-x', 'de')).toBe('/b/besancon/de');
    for (const asset of PRINTED_ASSETS)
      expect(readShortAddress(shortPathOf('x', asset.id, 'en').split('/').slice(2))).toEqual({ slug: 'x', source: asset.id, language: 'en' });
  });

  it('gives each asset a short code of its own, which no language shares', () => {
    const codes = PRINTED_ASSETS.map((asset) => asset.short);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]{2,6}$/);
      expect(SURVEY_LANGUAGES as readonly string[]).not.toContain(code);
    }
  });
});
