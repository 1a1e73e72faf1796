/**
 * Runs `task` in an idle moment, and within `timeout` ms at the latest: work that a later step
 * needs done (a parser's first run, a schema's construction), off that step's path.
 */
export function whenIdle(task: () => void, timeout = 500): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, 50); // Safari before 18.2 has no requestIdleCallback
}
