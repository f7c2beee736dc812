import type { LandscapeSummary } from './landscapeSummary';
import { hasDiverged } from '../batchNormRace/batchNormRaceData';
import type { MetricName, Metrics } from '../../training/experiment';

/** Per network (`-standard`, `-bn`), then `loss`, the mean batch loss of the networks still alive. */
export const LANDSCAPE_PROBE_METRICS = [
  'loss',
  'diverged-*',
  'batch-loss-*',
  'batch-accuracy-*',
  'loss-lo-*',
  'loss-hi-*',
  'grad-lo-*',
  'grad-hi-*',
  'beta-step-*',
  'beta-*',
  'loss-band-*',
] as const;
type ProbeMetric = MetricName<(typeof LANDSCAPE_PROBE_METRICS)[number]>;

const NAMES = ['standard', 'bn'] as const;

/** What the probe remembers between steps: the step count, divergence, and the recent per-step values. */
export interface ProbeHistory {
  t: number;
  divergedAt: [number | null, number | null];
  beta: [number[], number[]];
  lossBand: [number[], number[]];
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Names one step's numbers per network (`beta-step-bn`, `loss-lo-standard`, …)
 * and the means over the latest `window` steps the widget shows as its outputs:
 * `beta-<network>` (effective beta-smoothness) and `loss-band-<network>`
 * (max - min of the loss over the eta grid). A network whose loss diverges
 * (hasDiverged) or whose probes stop being finite is reported once as `diverged-<network>` = step, then left out.
 */
export function landscapeMetrics(
  history: ProbeHistory,
  summaries: LandscapeSummary[],
  loss: number[],
  accuracy: number[],
  window: number,
): Metrics<ProbeMetric> {
  const metrics: Metrics<ProbeMetric> = {};
  let alive = 0;
  let lossSum = 0;
  NAMES.forEach((name, n) => {
    const s = summaries[n];
    const finite =
      !hasDiverged(loss[n]) && !hasDiverged(s.lossMax) && Number.isFinite(s.effectiveBeta);
    if (history.divergedAt[n] === null && !finite) history.divergedAt[n] = history.t;
    if (history.divergedAt[n] !== null) {
      metrics[`diverged-${name}`] = history.divergedAt[n] as number;
      return;
    }
    alive++;
    lossSum += loss[n];
    history.beta[n] = [...history.beta[n], s.effectiveBeta].slice(-window);
    history.lossBand[n] = [...history.lossBand[n], s.lossMax - s.lossMin].slice(-window);
    Object.assign(metrics, {
      [`batch-loss-${name}`]: loss[n],
      [`batch-accuracy-${name}`]: accuracy[n],
      [`loss-lo-${name}`]: s.lossMin,
      [`loss-hi-${name}`]: s.lossMax,
      [`grad-lo-${name}`]: s.gradientChangeMin,
      [`grad-hi-${name}`]: s.gradientChangeMax,
      [`beta-step-${name}`]: s.effectiveBeta,
      [`beta-${name}`]: mean(history.beta[n]),
      [`loss-band-${name}`]: mean(history.lossBand[n]),
    });
  });
  metrics.loss = alive > 0 ? lossSum / alive : NaN;
  return metrics;
}
