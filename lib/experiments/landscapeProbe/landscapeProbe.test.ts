import { describe, expect, it } from 'vitest';
import type { MetricOf, Metrics } from '../../training/experiment';
import { wasmContext } from '../../training/models/testing/wasmContext';
import { landscapeProbe, type LandscapeProbeConfig } from './landscapeProbe';
import { landscapeProbeSpec } from '@/components/widgets/LandscapeProbe/spec';

const defaults = landscapeProbeSpec.props.parse({});
const config: LandscapeProbeConfig = defaults;

describe('landscapeProbe', () => {
  it("shows Santurkar et al.'s finding on the default settings: batch norm gives a smaller effective beta and a narrower loss band", async () => {
    const run = await landscapeProbe.create(config, await wasmContext(defaults.seed));
    let m: Metrics<MetricOf<typeof landscapeProbe>> = {};
    for (let i = 0; i < 100; i++) m = run.step().metrics;
    run.dispose();
    expect(m['beta-bn']).toBeLessThan(m['beta-standard']!);
    expect(m['loss-band-bn']).toBeLessThan(m['loss-band-standard']!);
    expect(m['diverged-bn']).toBeUndefined();
  });

  it('a diverging standard network is marked at its step and left out while the batch-norm one goes on', async () => {
    const run = await landscapeProbe.create(
      { ...config, learningRate: 2, initScale: 3 },
      await wasmContext(1),
    );
    const rows = Array.from({ length: 30 }, () => run.step().metrics);
    run.dispose();
    const last = rows.at(-1) as Record<string, number>;
    expect(last['diverged-standard']).toBe(rows.findIndex((r) => 'diverged-standard' in r) + 1);
    expect(last['beta-step-standard']).toBeUndefined();
    expect(Number.isFinite(last['beta-step-bn'])).toBe(true);
  });
});
