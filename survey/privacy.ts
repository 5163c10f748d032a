/**
 * Personal data kept out of stored comments: e-mail addresses and phone numbers are masked before
 * an answer reaches storage, whatever the citizen was told. Masking happens on the server, so no
 * client (the widget or another) can skip it.
 * @module
 */
import { COMMENT_MAX_LENGTH } from './questionnaire.js';

export const EMAIL_MASK = '[courriel masqué]';
export const PHONE_MASK = '[téléphone masqué]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * French numbers (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, 0033…) and other
 * international ones (+ then 8 to 14 digits with separators).
 */
const PHONE = /(?:(?:\+|00)33[\s.-]?(?:\(0\))?[\s.-]?[1-9]|\b0[1-9])(?:[\s.-]?\d{2}){4}\b|\+\d{1,3}(?:[\s.-]?\d){7,13}\b/g;
/** Control characters other than tab and line breaks: invisible, and a way to smuggle content. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * The comment as it may be stored: normalised, trimmed, personal data masked, and cut to the
 * length cap again, since a mask can be longer than what it hides; undefined if empty.
 */
export function maskComment(comment: string | undefined): string | undefined {
  if (comment === undefined) return undefined;
  const masked = comment.normalize('NFC').replace(CONTROL, '').replace(EMAIL, EMAIL_MASK).replace(PHONE, PHONE_MASK).trim();
  return masked === '' ? undefined : capped(masked);
}

/** At most COMMENT_MAX_LENGTH UTF-16 units, as the schema counts, never splitting a character. */
function capped(text: string): string {
  if (text.length <= COMMENT_MAX_LENGTH) return text;
  let out = '';
  for (const character of text) {
    if (out.length + character.length > COMMENT_MAX_LENGTH) break;
    out += character;
  }
  return out;
}
