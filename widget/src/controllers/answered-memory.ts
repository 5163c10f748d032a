/**
 * Remembers, in localStorage (never a cookie), that this browser answered a territory's survey, so
 * the button mode does not ask again for 30 days. Storage can be missing or refuse writes (private
 * browsing, sandboxed frames, full quota): the survey then simply asks again.
 */
export const ASK_AGAIN_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

const key = (scope: string) => `barometre-citoyen:answered:${scope}`;

export function answeredRecently(scope: string, now = Date.now()): boolean {
  try {
    const at = Number(localStorage.getItem(key(scope)));
    // A value that is not a past time (edited, or from a clock set ahead) counts as never answered.
    return Number.isFinite(at) && at > 0 && at <= now && now - at < ASK_AGAIN_AFTER_MS;
  } catch {
    return false;
  }
}

export function rememberAnswered(scope: string, now = Date.now()): void {
  try {
    localStorage.setItem(key(scope), String(now));
  } catch {
    // Not remembered: the button shows again next time, which is the safe side.
  }
}
