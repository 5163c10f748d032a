/**
 * Answers sent with a kiosk key (survey/kiosk.ts, the `Barometre-Kiosk-Key` header): which of them
 * the key lets through, and how they are to be stored. A key that does not hold refuses the
 * answers it came with, one by one, and nothing of them is stored: a kiosk whose key was revoked
 * must not go on feeding the figures as an ordinary connection.
 * @module
 */
import { isOpen, KIOSK_REFUSALS, KIOSK_SOURCE, KioskKeySchema, type KioskRefusal } from '../../../survey/kiosk.js';
import type { Answer, AnswerResult } from '../../../survey/response.js';
import { findKioskKey, type KioskKey } from '../db/kiosk-keys.js';
import type { Env } from '../env.js';

export interface KioskSorting {
  /** The answers the key does not let through, already answered. */
  refused: AnswerResult[];
  /** The others, their source forced to `borne`, so kiosk answers stand apart in the figures. */
  kept: Answer[];
  /** The key, when it holds. */
  kiosk: KioskKey | null;
  /** Received outside the kiosk's opening hours (Europe/Paris): stored, left out of the figures. */
  outsideHours: boolean;
}

function refusal(answer: Answer, code: KioskRefusal): AnswerResult {
  return { id: answer.id, status: 'rejected', error: { code, message: KIOSK_REFUSALS[code], retryable: false } };
}

export async function sortKioskAnswers(env: Env, sent: string, answers: Answer[], now: number): Promise<KioskSorting> {
  const parsed = KioskKeySchema.safeParse(sent.trim());
  // A malformed key is no kiosk's: said the same as an unknown one, without asking D1.
  const kiosk = parsed.success ? await findKioskKey(env, parsed.data, now) : null;
  const problem = (answer: Answer): KioskRefusal | null =>
    !kiosk ? 'kiosk_key_unknown' : kiosk.revoked ? 'kiosk_key_revoked' : answer.territory !== kiosk.territory ? 'kiosk_key_other_territory' : null;
  const refused: AnswerResult[] = [];
  const kept: Answer[] = [];
  for (const answer of answers) {
    const code = problem(answer);
    if (code) refused.push(refusal(answer, code));
    else kept.push({ ...answer, source: KIOSK_SOURCE });
  }
  return { refused, kept, kiosk: kiosk && !kiosk.revoked ? kiosk : null, outsideHours: kiosk ? !isOpen(kiosk, now) : false };
}
