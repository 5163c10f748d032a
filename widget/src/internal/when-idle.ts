/** Runs `task` when the browser is idle, so lazy chunks never compete with the host page's own work. */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}
