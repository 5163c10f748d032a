/**
 * Gives the main thread back to the browser before going on: the host page's own input, rendering
 * and scripts run in between, so the widget's work is cut into short tasks instead of one long one.
 * `scheduler.yield()` keeps this task's place in line where the browser has it (Chromium); elsewhere
 * a zero-delay timeout starts a new task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
