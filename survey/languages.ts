/**
 * The languages the survey speaks, and how one is chosen among a reader's: the widget (its strings)
 * and the hosted survey page (its own text, `lang`, `dir`) follow the same rule, so a citizen gets
 * one language on the whole page.
 * @module
 */
export const DEFAULT_LANGUAGE = 'fr';

/** French first; `fr-falc` is easy-to-read French (FALC). */
export const SURVEY_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar', 'fr-falc'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** Each language's name in itself, for a language switcher. */
export const LANGUAGE_NAMES: Readonly<Record<SurveyLanguage, string>> = {
  fr: 'Français',
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
  ar: 'العربية',
  'fr-falc': 'Français facile à lire',
};

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly SurveyLanguage[] = ['ar'];

/** Easy-to-read French has no BCP 47 subtag: the spellings webmasters use. */
const ALIASES: Readonly<Record<string, SurveyLanguage>> = { 'fr-falc': 'fr-falc', 'fr-x-falc': 'fr-falc', falc: 'fr-falc' };

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The first supported language among the candidates, in order; French when none is. */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): SurveyLanguage {
  for (const candidate of candidates) {
    const tag = candidate?.trim().toLowerCase();
    if (!tag) continue;
    // Own keys only: `lang="constructor"` must not find Object's constructor as a language.
    if (own(ALIASES, tag)) return ALIASES[tag] as SurveyLanguage;
    const base = tag.split('-')[0] ?? '';
    const known = SURVEY_LANGUAGES.find((language) => language === base);
    if (known) return known;
  }
  return DEFAULT_LANGUAGE;
}

/** The tags of an Accept-Language header, most wanted first (`q=0` means « not this one »). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

export function directionOf(language: SurveyLanguage): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

/** The `lang` attribute a page in this language carries (FALC is French). */
export function htmlLang(language: SurveyLanguage): string {
  return language === 'fr-falc' ? 'fr' : language;
}
