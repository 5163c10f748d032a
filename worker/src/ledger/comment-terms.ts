/**
 * The terms of one masked comment, for the comment themes (survey/comment-themes.ts): its words
 * and its two-word phrases, each once, whatever the number of times the comment uses it.
 * - A word is a run of letters, marks and digits (any script: Arabic letters are letters), with
 *   apostrophes and hyphens inside it; it is lower-cased, accents kept, apostrophes written ’.
 * - A French elision is cut off: « l’accueil » is « accueil », « d’attente » « attente ».
 * - A hyphenated word stays whole (« rendez-vous »), unless it ends with a pronoun, as an inverted
 *   verb does (« pouvez-vous », « a-t-il »): then its parts are words of their own.
 * - Dropped: stop words (French only, ledger/stop-words.ts), words shorter than 3 letters, numbers,
 *   and the placeholders privacy masking inserts (survey/privacy.ts), even one cut short by the
 *   length cap at the comment's end: none of their words comes from a mask.
 * - A phrase is two kept words in a row, not the same one twice, with only spaces between them; a dropped word or any
 *   punctuation ends the run. An elided article stays in the phrase, so it reads as written:
 *   « temps d’attente ».
 * @module
 */
import { EMAIL_MASK, PHONE_MASK } from '../../../survey/privacy.js';
import { FRENCH_STOP_WORDS } from './stop-words.js';

const MASKS = [EMAIL_MASK, PHONE_MASK] as const;
/** Letters, marks (Arabic vowel signs, combining accents) and digits, with ' ’ ʼ or - inside. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /[’ʼ]/g;
const HYPHENS = /‐/g;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}\p{M}\p{N}])/u;
/** The last part of an inverted verb (« pouvez-vous », « a-t-il », « dites-moi »). */
const PRONOUN_ENDINGS = new Set([
  'je',
  'tu',
  'il',
  'elle',
  'on',
  'nous',
  'vous',
  'ils',
  'elles',
  'moi',
  'toi',
  'le',
  'la',
  'les',
  'lui',
  'leur',
  'y',
  'en',
  'ce',
  'ci',
  'là',
]);
/** Nouns that look like an inverted verb. */
const WHOLE = new Set(['rendez-vous']);
const NUMBER = /^[\p{N}]+$/u;
/** Only spaces between two words of a phrase. */
const SPACES = /^\s+$/u;

/** The text with every mask replaced by a full stop (which ends a phrase), a mask cut short at the end too. */
function withoutMasks(text: string): string {
  let out = text;
  for (const mask of MASKS) out = out.replaceAll(mask, ' . ');
  const open = out.lastIndexOf('[');
  if (open >= 0) {
    const tail = out.slice(open);
    if (MASKS.some((mask) => mask.startsWith(tail))) out = out.slice(0, open);
  }
  return out;
}

/** At least 3 characters (code points: an astral letter is one), not a number, not a stop word. */
function kept(word: string): boolean {
  if (word.length < 3 || (word.length < 6 && [...word].length < 3)) return false;
  return !NUMBER.test(word) && !FRENCH_STOP_WORDS.has(word);
}
const display = (word: string) => (word.includes("'") ? word.replaceAll("'", '’') : word);

/**
 * The words one match of WORD counts as (null when dropped), each with its elided article, if any;
 * `raw` is already lower-cased, its apostrophes and hyphens normalised.
 */
function wordsOf(raw: string): { word: string | null; elided: string }[] {
  // Most words have neither apostrophe nor hyphen.
  if (!raw.includes("'") && !raw.includes('-')) return [{ word: kept(raw) ? raw : null, elided: '' }];
  const elision = ELISION.exec(raw);
  const elided = elision ? elision[0] : '';
  const word = raw.slice(elided.length);
  const parts = word.split('-');
  if (parts.length > 1 && !WHOLE.has(word) && PRONOUN_ENDINGS.has(parts.at(-1) ?? '') && !FRENCH_STOP_WORDS.has(word)) {
    return parts.map((part, index) => ({ word: kept(part) ? part : null, elided: index === 0 ? elided : '' }));
  }
  return [{ word: kept(word) ? word : null, elided }];
}

/** The distinct terms (words and phrases) of one stored comment. */
export function commentTerms(comment: string): Set<string> {
  const terms = new Set<string>();
  // Lower-cased and normalised once for the whole text; the words and the gaps between them are read from it.
  const text = withoutMasks(comment).toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, '-');
  let previous: string | null = null;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    if (!SPACES.test(text.slice(previousEnd, match.index))) previous = null;
    previousEnd = match.index + match[0].length;
    for (const { word, elided } of wordsOf(match[0])) {
      if (word === null) {
        previous = null;
        continue;
      }
      terms.add(display(word));
      if (previous !== null && previous !== word) terms.add(display(`${previous} ${elided}${word}`));
      previous = word;
    }
  }
  return terms;
}
