/**
 * French typography a phone must not break: the checker the tests share (the browser tests read
 * each page's visible text with it, unit tests the strings the Worker renders).
 *
 * A narrow no-break space (U+202F; a no-break space U+00A0 is accepted too) goes before « ? ! ; : »
 * and « » », and after « « »; a number's thousands are separated by U+202F, as
 * `Intl.NumberFormat('fr-FR')` writes them; a score reads « 8,7 / 10 » with no-break spaces around
 * the slash, and a figure keeps its « % ». Each error quotes the offending text, with its spaces made visible.
 * @module
 */

const NO_BREAK = '\u202f\u00a0';
/** What may come right before a French mark with no space and be prose: a letter, a figure, a closing bracket or quote. */
const WORDLIKE = /[\p{L}\p{N})\]’”]/u;

/** Stretches that are not prose, masked before checking (same length, so positions hold): code, URLs, addresses. */
const NOT_PROSE = [/`[^`]*`/gu, /\b(?:https?|mailto|tel|data):\S*/giu, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu];

/** HTML source reads as its text: scripts and styles gone, <code> as `code`, other tags gone, entities decoded. */
const HTML: [RegExp, string][] = [
  [/<(script|style)\b[\s\S]*?<\/\1>/giu, ''],
  [/<code\b[^>]*>([\s\S]*?)<\/code>/giu, '`$1`'],
  [/<[^>]*>/gu, ''],
];
const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', '’'],
  ['nbsp', '\u00a0'],
]);
const decode = (html: string) =>
  html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (entity, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number(name.startsWith('#x') || name.startsWith('#X') ? `0x${name.slice(2)}` : name.slice(1)))
      : (ENTITIES.get(name.toLowerCase()) ?? entity),
  );

/** How an error shows a stretch of text: its spaces named, so U+0020 and U+202F read apart. */
function visible(text: string): string {
  return text
    .replace(/\u202f/gu, '⍽')
    .replace(/\u00a0/gu, '⎵')
    .replace(/[ \t\n\r]+/gu, '␣');
}

function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + 16);
  return `${start > 0 ? '…' : ''}${visible(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}

/**
 * The French typography errors in `text` (prose, or HTML source): a plain or missing space before
 * « ? ! ; : » or « » » and after « « », a plain space between a number's thousands, a plain space
 * around a score's slash or before a percent sign. Times (10:30), ratios (4,5:1), ids (commune:25056), URLs, e-mail
 * addresses and code are not prose and pass. Each error names the rule and quotes the text.
 */
export function frenchTypographyErrors(source: string): string[] {
  let quoted = source;
  for (const [pattern, replacement] of HTML) quoted = quoted.replace(pattern, replacement);
  quoted = decode(quoted);
  let text = quoted;
  for (const pattern of NOT_PROSE) text = text.replace(pattern, (match) => 'x'.repeat(match.length));
  const errors: string[] = [];
  const report = (index: number, rule: string) => errors.push(`${rule}: « ${excerpt(quoted, index)} »`);

  for (const match of text.matchAll(/[?!;:»]/gu)) {
    const index = match.index;
    const mark = match[0];
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    // A mark that ends a word or a sentence (not « ?src= », « 10:30 », « commune:25056 »).
    const ends = after === '' || /[\s\p{P}]/u.test(after) || NO_BREAK.includes(after);
    if (/[ \t\n\r]/u.test(before)) {
      // A space that only opens the text (« : » alone in a cell) has nothing to break from; « ?lang= » is a query, not a question.
      if (text.slice(0, index).trim() !== '' && (ends || mark === '»')) report(index, `plain space before « ${mark} »`);
    } else if (NO_BREAK.includes(before) || before === '') {
      continue;
    } else if (mark !== '»' && ends && WORDLIKE.test(before)) {
      report(index, `no space before « ${mark} »`);
    } else if (mark === '»' && WORDLIKE.test(before)) {
      report(index, 'no space before « » »');
    }
  }
  for (const match of text.matchAll(/«(.?)/gu)) {
    const after = match[1] ?? '';
    if (after === '' || NO_BREAK.includes(after)) continue;
    report(match.index, /\s/u.test(after) ? 'plain space after « « »' : 'no space after « « »');
  }
  for (const match of text.matchAll(/(?<![\d,.]|\d[ \u202f\u00a0])\d{1,3}(?:[\u202f\u00a0 ]\d{3})*(?= \d{3}(?!\d))/gu)) {
    report(match.index + match[0].length, 'plain space between thousands');
  }
  for (const match of text.matchAll(/\d( )%/gu)) report(match.index + 1, 'plain space before « % »');
  for (const match of text.matchAll(/\d([ \u202f\u00a0]?)\/([ \u202f\u00a0]?)\d/gu)) {
    if (match[1] === ' ' || match[2] === ' ') report(match.index + 1 + (match[1] ?? '').length, 'plain space around a score’s « / »');
  }
  return errors;
}
