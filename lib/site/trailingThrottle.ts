/**
 * Runs `write` at most once per `intervalMs`, however often `request` is
 * called: the first request writes at once, later ones within the interval
 * are folded into one write at its end, so the last request always lands.
 * `write` reads the latest values itself; a request carries none.
 *
 * Browsers limit how often a page may rewrite its URL (Safari throws after
 * 100 `history.replaceState` calls in 30 s), and a slider dragged across its
 * range asks for one write per pixel.
 */
export function createTrailingThrottle(intervalMs: number, write: () => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;

  function cooldown() {
    timer = setTimeout(() => {
      timer = null;
      if (pending) {
        pending = false;
        write();
        cooldown();
      }
    }, intervalMs);
  }

  return {
    request() {
      if (timer !== null) {
        pending = true;
        return;
      }
      write();
      cooldown();
    },
    /** Writes a pending request now (the widget is going away). */
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending) {
        pending = false;
        write();
      }
    },
  };
}
