import type { StepSample } from './probeAlongGradient';

/** The three quantities of Santurkar et al.'s Figure 4 at one step. */
export interface LandscapeSummary {
  /** (a) loss landscape: min and max over eta of L(w_t - eta g_t) */
  lossMin: number;
  lossMax: number;
  /** (b) gradient predictiveness: min and max over eta of ||grad L(w_t) - grad L(w_t - eta g_t)|| */
  gradientChangeMin: number;
  gradientChangeMax: number;
  /**
   * (c) "effective" beta-smoothness: max over eta of
   * ||grad L(w_t) - grad L(w_t - eta g_t)|| / ||eta g_t||, a lower bound on
   * the local beta along the direction travelled.
   */
  effectiveBeta: number;
}

/** Reduces one step's samples over the eta grid; non-finite samples make the result non-finite. */
export function summarizeLandscape(samples: readonly StepSample[]): LandscapeSummary {
  const losses = samples.map((s) => s.loss);
  const changes = samples.map((s) => s.gradientChange);
  const betas = samples.map((s) => (s.stepLength > 0 ? s.gradientChange / s.stepLength : 0));
  const bad = [...losses, ...changes, ...betas].some((v) => !Number.isFinite(v));
  if (bad)
    return {
      lossMin: NaN,
      lossMax: NaN,
      gradientChangeMin: NaN,
      gradientChangeMax: NaN,
      effectiveBeta: NaN,
    };
  return {
    lossMin: Math.min(...losses),
    lossMax: Math.max(...losses),
    gradientChangeMin: Math.min(...changes),
    gradientChangeMax: Math.max(...changes),
    effectiveBeta: Math.max(...betas),
  };
}

/** The eta grid of the paper: `points` values evenly spaced over [lo, hi] times the learning rate. */
export function etaGrid(learningRate: number, points: number, lo = 0.5, hi = 4): number[] {
  if (points === 1) return [lo * learningRate];
  return Array.from(
    { length: points },
    (_, i) => (lo + ((hi - lo) * i) / (points - 1)) * learningRate,
  );
}
