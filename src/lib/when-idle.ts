/**
 * Runs `task` once the browser is idle, and at the latest after `timeoutMs`; at once in a browser without
 * requestIdleCallback (Safari). For work that must not compete with a render or the first screen.
 */
export const whenIdle = (task: () => void, timeoutMs: number) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else task();
};
