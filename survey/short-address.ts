/**
 * Short addresses a person can type from a poster: `/b/besancon`, `/b/saint-denis-93/a4`,
 * `/b/departement-doubs/a3/en`. The Worker redirects them to the hosted survey
 * (`/s/<id>?src=<asset>&lang=<language>`); the kit prints them under its QR codes.
 *
 * The slug of a territory, computed from the reference data (`shortSlugs`):
 * - a commune or an EPCI: its name folded (`slugOf`: lower-case ASCII, accents and ligatures
 *   folded, every other run of characters a hyphen: « L'Haÿ-les-Roses » → `l-hay-les-roses`,
 *   « Saint » stays `saint`). EPCI names carry their own kind (« CC … », « CA … », « … Métropole »).
 * - when that folded name is shared by two territories or more (communes and EPCI together), ALL
 *   of them carry their département code: `saint-denis-93`, `saint-denis-974`; never a first-come
 *   bare slug, which could not be kept stable. Should two of them share a département too, they
 *   carry their own code instead (`<name>-<COG or SIREN>`); the reference data has no such case.
 * - a département: `departement-` and its folded name (`departement-doubs`), since many share
 *   their name with a commune (Doubs, Paris, Vienne…); `departement-25` leads there too.
 * Every commune and EPCI is also reached by `<name>-<département>` even when its name is unique
 * (`besancon-25`). A bare name that several territories share (`/b/saint-denis`) names no one
 * territory: the Worker lists them. This is also what an old poster meets if a reference-data
 * update ever gives its commune a homonym: one more click, never a dead address; the homonym list
 * is pinned by a test (short-address.test.ts) so such an update is seen before it ships.
 *
 * After the slug, optional segments: an asset's short code (`PRINTED_ASSETS[].short`: the asset's id
 * is the answer's source) and a language of the survey other than French.
 * @module
 */
import * as z from 'zod/mini';
import { SURVEY_LANGUAGES, type SurveyLanguage } from './languages.js';
import { PRINTED_ASSETS } from './sources.js';

/** Where short addresses live on the survey server. */
export const SHORT_PREFIX = '/b/';
/** The source of an answer that came through a short address naming no asset. */
export const TYPED_SOURCE = 'adresse';
export const DEPARTEMENT_SLUG_PREFIX = 'departement-';
/** Longer than any slug of the reference data (45 characters), short of anything abusive. */
export const SLUG_MAX_LENGTH = 100;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A name as a slug: lower-case ASCII letters and digits, each other run of characters one hyphen. */
export function slugOf(name: string): string {
  return foldLetters(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** Lower case, accents dropped, ligatures spelled out: « Œuilly » → « oeuilly ». */
function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: 36,000 of them are folded at an isolate's first short address.
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/**
 * What a person typed, as a slug to look up: case, accents, apostrophes and spaces forgiven
 * (`Besançon`, `l'hay-les-roses`); anything else left for the schema to refuse.
 */
export function typedSlug(segment: string): string {
  return foldLetters(segment.trim())
    .replace(/[’'\s_]+/g, '-')
    .replace(/-{2,}/g, '-');
}

export const ShortSlugSchema = z
  .string()
  .check(z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG_PATTERN, 'expected lowercase letters, digits and single hyphens, e.g. besancon'));

const ASSET_CODES = PRINTED_ASSETS.map((asset) => asset.short);
const SHORT_LANGUAGES = SURVEY_LANGUAGES.filter((language) => language !== 'fr');

/** The segments after the slug: an asset code, a language, or both in that order. */
export const ShortSegmentsSchema = z.union([
  z.tuple([]),
  z.tuple([z.enum(ASSET_CODES)]),
  z.tuple([z.enum(SURVEY_LANGUAGES)]),
  z.tuple([z.enum(ASSET_CODES), z.enum(SURVEY_LANGUAGES)]),
]);

export interface ShortAddress {
  slug: string;
  /** The answer's source: the asset's id, or `adresse` when the address names no asset. */
  source: string;
  language?: SurveyLanguage | undefined;
}

/** Reads the path segments after `/b/`; undefined when they do not form a short address. */
export function readShortAddress(segments: readonly string[]): ShortAddress | undefined {
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  const slug = ShortSlugSchema.safeParse(typedSlug(first));
  const tail = ShortSegmentsSchema.safeParse(rest.map((segment) => segment.trim().toLowerCase()));
  if (!slug.success || !tail.success) return undefined;
  let source = TYPED_SOURCE;
  let language: SurveyLanguage | undefined;
  for (const segment of tail.data) {
    const asset = PRINTED_ASSETS.find((candidate) => candidate.short === segment);
    if (asset) source = asset.id;
    else language = segment as SurveyLanguage;
  }
  return { slug: slug.data, source, language: language === 'fr' ? undefined : language };
}

/** The path of a short address: `/b/<slug>[/<asset code>][/<language>]`, French left implicit. */
export function shortPathOf(slug: string, source?: string, language?: string): string {
  const asset = PRINTED_ASSETS.find((candidate) => candidate.id === source);
  const segments = [slug];
  if (asset) segments.push(asset.short);
  if (language && language !== 'fr' && (SHORT_LANGUAGES as readonly string[]).includes(language)) segments.push(language);
  return `${SHORT_PREFIX}${segments.join('/')}`;
}

export interface SlugTerritory {
  id: string;
  kind: 'commune' | 'epci' | 'departement';
  name: string;
  departement: string;
}

export interface ShortSlugs {
  /** Each territory's one printed slug. */
  slugOf: Map<string, string>;
  /** What a slug leads to: one territory's id, or the ids of the territories sharing a bare name. */
  lookup: Map<string, string | string[]>;
}

/** Every territory's slug, and what every slug (printed ones and their aliases) leads to. */
export function shortSlugs(territories: Iterable<SlugTerritory>): ShortSlugs {
  const named: { territory: SlugTerritory; base: string }[] = [];
  const departements: SlugTerritory[] = [];
  const sharing = new Map<string, string[]>();
  for (const territory of territories) {
    if (territory.kind === 'departement') {
      departements.push(territory);
      continue;
    }
    const base = slugOf(territory.name);
    named.push({ territory, base });
    const ids = sharing.get(base);
    if (ids) ids.push(territory.id);
    else sharing.set(base, [territory.id]);
  }
  const qualified = (territory: SlugTerritory, base: string) => `${base}-${territory.departement.toLowerCase()}`;
  const perDepartement = new Map<string, number>();
  for (const { territory, base } of named) {
    if ((sharing.get(base)?.length ?? 0) > 1) perDepartement.set(qualified(territory, base), (perDepartement.get(qualified(territory, base)) ?? 0) + 1);
  }
  const slugs = new Map<string, string>();
  const lookup = new Map<string, string | string[]>();
  const aliases: [string, string][] = [];
  // A shared bare name lists its territories, unless it is some territory's printed slug.
  for (const [base, ids] of sharing) if (ids.length > 1) lookup.set(base, ids);
  for (const { territory, base } of named) {
    const ids = sharing.get(base) ?? [];
    const withDepartement = qualified(territory, base);
    let slug = base;
    if (ids.length > 1) {
      const code = territory.id.slice(territory.id.indexOf(':') + 1).toLowerCase();
      slug = (perDepartement.get(withDepartement) ?? 0) > 1 ? `${base}-${code}` : withDepartement;
    } else {
      aliases.push([withDepartement, territory.id]);
    }
    slugs.set(territory.id, slug);
    lookup.set(slug, territory.id);
  }
  for (const territory of departements) {
    const slug = `${DEPARTEMENT_SLUG_PREFIX}${slugOf(territory.name)}`;
    slugs.set(territory.id, slug);
    lookup.set(slug, territory.id);
    aliases.push([`${DEPARTEMENT_SLUG_PREFIX}${territory.departement.toLowerCase()}`, territory.id]);
  }
  // An alias never takes a printed slug's place.
  for (const [alias, id] of aliases) if (!lookup.has(alias)) lookup.set(alias, id);
  return { slugOf: slugs, lookup };
}
