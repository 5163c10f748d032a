/**
 * `<barometre-citoyen>`'s events, declared once for every listener and for `emit()`
 * (internal/emit.ts), which sends them bubbling across the shadow boundary so the host page can
 * listen on the element or on `document`.
 */
import type { Answer, AnswerStatus } from '../../../survey/response.js';

export interface BarometreEventDetails {
  /** The citizen submitted (or enriched) an answer. */
  'barometre-submit': { answer: Answer };
  /** The answer is stored in the browser's outbox and will be sent, now or when the network returns. */
  'barometre-queued': { id: string };
  /** The server acknowledged the answer; the outbox dropped it. */
  'barometre-sent': { id: string; status: AnswerStatus };
  /** Something failed. `retryable` answers stay in the outbox and are sent again later. */
  'barometre-error': { id?: string; code: string; message: string; retryable: boolean };
}

export type BarometreEventName = keyof BarometreEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'barometre-submit': CustomEvent<BarometreEventDetails['barometre-submit']>;
    'barometre-queued': CustomEvent<BarometreEventDetails['barometre-queued']>;
    'barometre-sent': CustomEvent<BarometreEventDetails['barometre-sent']>;
    'barometre-error': CustomEvent<BarometreEventDetails['barometre-error']>;
  }
}
