import { describe, expect, it } from 'vitest';
import type { MetricOf } from '../../training/experiment';
import { nodeContext } from '../../training/testing/nodeTf';
import { activationShift } from './activationShift';
import { covariateShiftSpec } from '@/components/widgets/CovariateShift/spec';
import { covariateShift, covariateShiftConfigFrom, NET_KINDS } from './covariateShift';

const defaults = covariateShiftConfigFrom(covariateShiftSpec.props.parse({}));

describe('covariateShift', () => {
  it('on the defaults, noisy BN trains about as well as BN while its activations shift more than the standard net’s', async () => {
    const steps = 200;
    const run = await covariateShift.create(
      { ...defaults, steps },
      await nodeContext(covariateShiftSpec.props.parse({}).seed),
    );
    const rows = Array.from({ length: steps }, () => run.step().metrics);
    run.dispose();
    const col = (name: MetricOf<typeof covariateShift>) => rows.map((r) => r[name]!);
    const last = rows.at(-1)!;
    expect(last['accuracy-bn']).toBeGreaterThan(0.9);
    expect(last['accuracy-noisy-bn']).toBeGreaterThan(last['accuracy-bn']! - 0.06);
    expect(last['accuracy-noisy-bn']).toBeGreaterThan(last['accuracy-standard']!);
    const shift = Object.fromEntries(
      NET_KINDS.map((k) => [k, activationShift(col(`q10-${k}`), col(`q50-${k}`), col(`q90-${k}`))]),
    );
    expect(shift['noisy-bn']).toBeGreaterThan(2 * shift.standard);
    expect(shift['noisy-bn']).toBeGreaterThan(shift.bn);
    for (const k of NET_KINDS) {
      for (const v of col(`ics-l2-${k}`)) expect(v).toBeGreaterThanOrEqual(0);
      for (const c of col(`ics-cos-${k}`)) expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-6);
      for (const r of rows) expect(r[`q10-${k}`]).toBeLessThanOrEqual(r[`q90-${k}`]!);
    }
  }, 300_000);

  it('with a learning rate near 0 the earlier layers hardly move, so G′ = G (cosine 1)', async () => {
    // With probeLayer 2 the only earlier layer is layer 1; a tiny learning rate moves it by almost nothing, so G′ ≈ G.
    const run = await covariateShift.create(
      { ...defaults, learningRate: 1e-7, steps: 3 },
      await nodeContext(2),
    );
    const m = run.step().metrics;
    run.dispose();
    for (const k of NET_KINDS) {
      expect(m[`ics-cos-${k}`]).toBeGreaterThan(0.999999);
    }
  }, 60_000);
});
