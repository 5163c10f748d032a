/**
 * Just enough of the Unicode bidirectional algorithm (UAX #9) for the kit's right-to-left lines:
 * one line of a right-to-left paragraph, without explicit embeddings, split into runs and put in
 * visual order. Arabic and Hebrew letters are right to left (level 1); Latin words and numbers
 * (an address, « 8,7/10 ») left to right (level 2); a number after a Latin word goes with it (W7);
 * a separator between two digits stays in the number (W4), a percent sign beside one too (W5);
 * spaces and punctuation between two left-to-right pieces join them, any other goes right to left
 * (N1, N2). The PDF writer draws each run with the font's shaping (fontkit joins Arabic letters);
 * SVG text leaves the reordering to the renderer (svg.ts isolates the line).
 * @module
 */

export type Direction = 'ltr' | 'rtl';

/** A piece of a line drawn in one direction; `rtl` runs read right to left. */
export interface BidiRun {
  text: string;
  rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const LTR_LETTER = /[\p{L}\p{M}]/u;
/** Separators kept inside a number (« 8,7 », « 8,7/10 », « 12:30 »). */
const NUMBER_SEPARATOR = /[.,:/\u00a0\u202f+-]/u;
const NUMBER_SUFFIX = /[%‰°]/u;
export const hasRtl = (text: string): boolean => RTL_LETTER.test(text);

type Kind = 'R' | 'L' | 'N' | 'O';
const kindOf = (character: string): Kind => (DIGIT.test(character) ? 'N' : RTL_LETTER.test(character) ? 'R' : LTR_LETTER.test(character) ? 'L' : 'O');

/** Each character's level in a right-to-left paragraph: 1 right to left, 2 left to right. */
function levels(characters: string[]): number[] {
  const kinds = characters.map(kindOf);
  // W7: a number whose last strong letter is Latin is Latin.
  let strong: Kind = 'R';
  for (const [index, kind] of kinds.entries()) {
    if (kind === 'R' || kind === 'L') strong = kind;
    else if (kind === 'N' && strong === 'L') kinds[index] = 'L';
  }
  // W4, W5: a lone separator between two digits and a percent sign beside one are part of the number.
  for (const [index, kind] of kinds.entries()) {
    if (kind !== 'O') continue;
    const [before, after] = [kinds[index - 1], kinds[index + 1]];
    const character = characters[index] ?? '';
    if (
      NUMBER_SEPARATOR.test(character) &&
      before === after &&
      (before === 'N' || before === 'L') &&
      DIGIT.test(characters[index - 1] ?? '') &&
      DIGIT.test(characters[index + 1] ?? '')
    )
      kinds[index] = before;
    else if (NUMBER_SUFFIX.test(character) && (before === 'N' || after === 'N')) kinds[index] = 'N';
  }
  // N1, N2: neutrals between two left-to-right pieces go with them; numbers count as right to left here.
  const result = kinds.map((kind) => (kind === 'R' ? 1 : kind === 'O' ? 0 : 2));
  for (let index = 0; index < kinds.length; index += 1) {
    if (kinds[index] !== 'O') continue;
    let end = index;
    while (kinds[end] === 'O') end += 1;
    const before = index === 0 ? 'R' : kinds[index - 1];
    const after = end >= kinds.length ? 'R' : kinds[end];
    for (let at = index; at < end; at += 1) result[at] = before === 'L' && after === 'L' ? 2 : 1;
    index = end - 1;
  }
  return result;
}

const MIRRORS: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};
/** A right-to-left run's brackets and guillemets drawn facing the other way (UAX #9 L4). */
export const mirrored = (text: string): string => text.replace(/[()[\]{}<>«»‹›]/gu, (character) => MIRRORS[character] ?? character);

/**
 * The runs of one line of a paragraph written in `direction`, from left to right as drawn. A
 * left-to-right line is one run (it holds no right-to-left text in the kit's left-to-right languages).
 */
export function visualRuns(line: string, direction: Direction): BidiRun[] {
  if (direction === 'ltr' || line === '') return [{ text: line, rtl: false }];
  const characters = [...line];
  const lineLevels = levels(characters);
  const runs: { text: string; level: number }[] = [];
  characters.forEach((character, index) => {
    const level = lineLevels[index] ?? 1;
    const last = runs.at(-1);
    if (last?.level === level) last.text += character;
    else runs.push({ text: character, level });
  });
  // L2 with two levels: the runs' order reverses; the right-to-left ones read backwards inside.
  return runs.reverse().map((run) => ({ text: run.text, rtl: run.level === 1 }));
}
