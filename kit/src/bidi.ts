/**
 * One line of a right-to-left paragraph split into runs in visual order, by the Unicode
 * bidirectional algorithm (UAX #9, implemented by bidi-js): Arabic reads right to left, Latin
 * words and numbers inside it (an address, « 8,7/10 ») left to right. The PDF writer draws each
 * run with the font's shaping (fontkit joins Arabic letters and reverses a right-to-left run);
 * SVG text leaves the reordering to the renderer (svg.ts isolates the line).
 * @module
 */
import bidiFactory from 'bidi-js';

export type Direction = 'ltr' | 'rtl';

/** A piece of a line drawn in one direction; its text is in reading order, `rtl` runs read right to left. */
export interface BidiRun {
  text: string;
  rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
/** Whether a text holds right-to-left letters (Arabic, Hebrew): only those lines need the algorithm. */
export const hasRtl = (text: string): boolean => RTL_LETTER.test(text);

let bidi: ReturnType<typeof bidiFactory> | undefined;
const algorithm = () => (bidi ??= bidiFactory());

/** A right-to-left run's brackets and guillemets drawn facing the other way (UAX #9 L4). */
export const mirrored = (text: string): string => [...text].map((character) => algorithm().getMirroredCharacter(character) ?? character).join('');

/**
 * The runs of one line of a paragraph written in `direction`, from left to right as drawn. A
 * left-to-right line is one run (it holds no right-to-left text in the kit's left-to-right languages).
 */
export function visualRuns(line: string, direction: Direction): BidiRun[] {
  if (direction === 'ltr' || line === '') return [{ text: line, rtl: false }];
  const { levels } = algorithm().getEmbeddingLevels(line, direction);
  // Maximal runs of one level, in reading order (UTF-16 units: a surrogate pair shares its level).
  const runs: { text: string; level: number }[] = [];
  for (let index = 0; index < line.length; index += 1) {
    const level = levels[index] ?? 1;
    const last = runs.at(-1);
    if (last?.level === level) last.text += line[index];
    else runs.push({ text: line[index] ?? '', level });
  }
  // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 === 1 ? run.level : run.level + 1)));
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let start = 0; start < runs.length; start += 1) {
      if ((runs[start]?.level ?? 0) < level) continue;
      let end = start;
      while (end + 1 < runs.length && (runs[end + 1]?.level ?? 0) >= level) end += 1;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return runs.map((run) => ({ text: run.text, rtl: run.level % 2 === 1 }));
}
