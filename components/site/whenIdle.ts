/**
 * Runs `task` once the page has finished loading and the main thread has a quiet moment (at
 * the latest `timeout` ms after that), so work that does not draw the page stays out of the
 * load's long tasks. Returns a function that cancels it. Browsers without
 * requestIdleCallback (Safari) get a short timer instead.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => !cancelled && task(), { timeout });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => !cancelled && task(), 200);
      cancelIdle = () => clearTimeout(id);
    }
  };
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    removeEventListener('load', schedule);
    cancelIdle();
  };
}
