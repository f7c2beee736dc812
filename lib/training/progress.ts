/**
 * "step N of M" and the time left at the current speed, for a training
 * widget's status line. The speed is measured over the recent samples of
 * (time, steps completed) while the run trains, so a pause does not count.
 */
export interface StepSample {
  /** Milliseconds (performance.now()). */
  time: number;
  step: number;
}

/** Steps per second over the samples (oldest to newest), or null with too little to go on. */
export function stepsPerSecond(samples: readonly StepSample[]): number | null {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const seconds = (last.time - first.time) / 1000;
  const steps = last.step - first.step;
  if (seconds < 0.25 || steps <= 0) return null;
  return steps / seconds;
}

/** Seconds until `total` at `rate` steps per second, or null when unknown. */
export function secondsLeft(step: number, total: number, rate: number | null): number | null {
  if (rate === null || !(rate > 0) || total <= step) return null;
  return (total - step) / rate;
}
