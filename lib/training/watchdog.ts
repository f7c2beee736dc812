/**
 * Notices a training worker that has died. A browser says nothing when a
 * worker is killed (out of memory, terminated, crashed): its messages simply
 * stop. While a run is loading or running the worker is never quiet for
 * long (metrics every slice of steps), so after `silenceMs` without a word
 * the watchdog asks (`ping`); a live worker answers between two steps, and
 * if nothing at all arrives within `answerMs` more the worker counts as lost.
 *
 *   quiet ─silenceMs, nothing heard─▶ pinged ─answerMs, nothing heard─▶ lost
 *     ▲                                  │
 *     └──────────── anything heard ──────┘
 */
export interface WatchdogOptions {
  /** Quiet time after which the worker is asked whether it is alive. */
  silenceMs: number;
  /** Time the worker then has to say anything at all. */
  answerMs: number;
  ping(): void;
  lost(): void;
}

export const WATCHDOG_DEFAULTS = { silenceMs: 1500, answerMs: 4000 } as const;

export function createWatchdog(options: WatchdogOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let heard = false;
  let pinged = false;

  function arm(ms: number) {
    timer = setTimeout(check, ms);
  }

  function check() {
    timer = null;
    if (heard) {
      heard = false;
      pinged = false;
      arm(options.silenceMs);
    } else if (!pinged) {
      pinged = true;
      options.ping();
      arm(options.answerMs);
    } else {
      options.lost();
    }
  }

  function stop() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  return {
    /** Any message from the worker. */
    heard() {
      heard = true;
    },
    /** Watches while `active` (a run loading or running), and stops watching otherwise. */
    watch(active: boolean) {
      if (!active) stop();
      else if (timer === null) {
        heard = false;
        pinged = false;
        arm(options.silenceMs);
      }
    },
    stop,
  };
}
