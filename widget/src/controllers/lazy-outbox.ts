/**
 * The outbox (idb-keyval, the zod/mini check of what IndexedDB gives back, the sending code) is not
 * needed to show the first question: it loads in its own chunk once the page is idle, or at the
 * first tap if that comes sooner, and stays out of the first-question budget.
 */
export type OutboxModule = typeof import('./outbox.js');

let loading: Promise<OutboxModule> | undefined;

export function loadOutbox(): Promise<OutboxModule> {
  loading ??= import('./outbox.js').catch((error: unknown) => {
    // Forget a failed load (offline at the first tap): the next call tries again.
    loading = undefined;
    throw error;
  });
  return loading;
}
