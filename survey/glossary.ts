/**
 * The machine-checked half of the translation glossary (docs/glossary.md, the other half, gives the
 * term × language table a translator follows). The French is the reference: these lists let tests
 * guard meaning where a machine can. Imported by tests only, so it costs the widget nothing.
 * - `MIDPOINT_INTENSIFIERS`: the words that make level 3 of the 1–5 scale read as positive
 *   (« Fairly satisfied », « Abbastanza soddisfatto »); level 3 must be neutral, like « Moyennement satisfait ».
 * - `TOWN_WORDS`: the words that narrow « votre collectivité » (a commune, an intercommunalité, a
 *   département) to the town; never used where the French says « collectivité ».
 * - `FALC_*`: the easy-to-read French rules a test can measure (sentence length, hard words,
 *   hard negations, abbreviations given with their meaning).
 * @module
 */
import type { SurveyLanguage } from './languages.js';

/** Words, matched at a word's start and case-insensitively, that level 3 of the scale may not use in each language. */
export const MIDPOINT_INTENSIFIERS: Readonly<Record<SurveyLanguage, readonly string[]>> = {
  fr: ['assez', 'plutôt', 'bien', 'bon', 'un peu'],
  'fr-falc': ['assez', 'plutôt', 'bien', 'bon', 'un peu'],
  en: ['fairly', 'quite', 'rather', 'pretty', 'reasonably', 'somewhat'],
  es: ['bastante', 'algo', 'más bien', 'razonablemente', 'bien'],
  de: ['ziemlich', 'recht', 'eher', 'einigermaßen', 'weitgehend', 'überwiegend'],
  it: ['abbastanza', 'piuttosto', 'discretamente', 'alquanto', 'sufficientemente'],
  pt: ['bastante', 'razoavelmente', 'algo', 'relativamente', 'bem'],
  ar: ['إلى حد ما', 'نوعًا ما', 'نوعا ما', 'بعض الشيء', 'نسبيًا'],
};

/** Words for the town (its council, its town hall) that may not stand where the French says « collectivité ». */
export const TOWN_WORDS: Readonly<Record<SurveyLanguage, readonly string[]>> = {
  fr: ['mairie', 'ville', 'commune', 'municipal'],
  'fr-falc': ['mairie', 'ville', 'commune', 'municipal'],
  en: ['town', 'city', 'municipal', 'municipality'],
  es: ['ayuntamiento', 'municipio', 'municipal', 'alcaldía'],
  de: ['Gemeinde', 'Stadt', 'Rathaus', 'städtisch', 'Kommune'],
  it: ['comune', 'comunale', 'municipio', 'municipale'],
  pt: ['câmara', 'município', 'municipal'],
  ar: ['بلدية', 'بلديت'],
};

/** Whether `text` uses one of `words`: at a word's start (« municipal » also finds « municipality »), any case; Arabic anywhere. */
export function usesWord(text: string, words: readonly string[]): string | undefined {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return words.find((word) => new RegExp(`(?<![\\p{L}])${escape(word)}`, 'iu').test(text) || (/[\u0600-\u06ff]/u.test(word) && text.includes(word)));
}

/** Easy-to-read French: the longest sentence, in words (the European easy-to-read rules: one idea per sentence). */
export const FALC_MAX_WORDS = 15;

/**
 * Easy-to-read French: hard negations and words a FALC reader may not know, as patterns with the
 * plain word to use instead. « ne … pas » stays allowed (prefer the positive).
 */
export const FALC_HARD: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\bpersonne ne\b/iu, instead: 'a positive sentence (« votre réponse est anonyme »)' },
  { pattern: /(?<!\p{L})aucun/iu, instead: '« pas de »' },
  { pattern: /(?<!\p{L})jamais(?!\p{L})/iu, instead: 'a positive sentence' },
  { pattern: /(?<!\p{L})n(?:e |’|')[^.!?]*?\bplus(?!\p{L})/iu, instead: 'a positive sentence' },
  { pattern: /(?<!\p{L})rien(?!\p{L})/iu, instead: '« pas de … »' },
  { pattern: /(?<!\p{L})ni(?!\p{L})/iu, instead: 'one sentence per thing' },
  { pattern: /(?<!\p{L})démarche/iu, instead: '« demande », « papiers »' },
  { pattern: /(?<!\p{L})collectivité/iu, instead: '« les services publics près de chez vous »' },
  { pattern: /(?<!\p{L})intercommunalité/iu, instead: '« communauté de communes »' },
  { pattern: /(?<!\p{L})usager/iu, instead: '« les gens », « vous »' },
  { pattern: /(?<!\p{L})facultati/iu, instead: '« pas obligatoire »' },
  { pattern: /(?<!\p{L})concerné/iu, instead: '« ça ne me concerne pas »' },
  { pattern: /(?<!\p{L})périscolaire/iu, instead: '« garderie »' },
  { pattern: /(?<!\p{L})rétabli/iu, instead: '« revient »' },
  { pattern: /(?<!\p{L})(?:afin de|notamment|dès que|modalités)(?!\p{L})/iu, instead: 'a common word' },
];

/**
 * Abbreviations easy-to-read French may use, each always written with its meaning beside it in
 * brackets (« Aide sociale (CCAS) », « RSA (revenu de solidarité active) »).
 */
export const FALC_ABBREVIATIONS: readonly string[] = ['CCAS', 'CAF', 'CPAM', 'MSA', 'RSA'];
