import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { batchSizeNoiseSpec } from '@/components/widgets/BatchSizeNoise/spec';
import { batchSizeNoise, batchSizeNoiseConfigFrom, SPREAD_SIZES } from './batchSizeNoise';

const props = batchSizeNoiseSpec.props.parse({});
const defaults = batchSizeNoiseConfigFrom(props);

describe('batchSizeNoise', () => {
  it('on the defaults, the batch mean of a real unit scatters about √(128/8) = 4 times less at m = 128 than at m = 8 (times the finite-population factor)', async () => {
    const run = await batchSizeNoise.create(
      { ...defaults, steps: 10 },
      await nodeContext(props.seed),
    );
    const rows = Array.from({ length: 10 }, () => run.step().metrics);
    run.dispose();
    const n = defaults.trainSize;
    const fpc = (m: number) => Math.sqrt((n - m) / (n - 1));
    for (const r of rows) {
      const expected = (4 * fpc(8)) / fpc(128);
      const ratio = r['spread-mean-m8']! / r['spread-mean-m128']!;
      expect(ratio).toBeGreaterThan(expected * 0.8);
      expect(ratio).toBeLessThan(expected * 1.25);
      expect(r['spread-var-m8']).toBeGreaterThan(r['spread-var-m128']!);
      // and the spread falls monotonically with m across the whole sweep
      const spreads = SPREAD_SIZES.map((m) => r[`spread-mean-m${m}`]);
      spreads.slice(1).forEach((s, i) => expect(s).toBeLessThan(spreads[i]!));
    }
    const last = rows.at(-1)!;
    // Both networks learn, and both gaps are measured as train − test accuracy.
    expect(last['test-accuracy-small']).toBeGreaterThan(0.8);
    expect(last['test-accuracy-large']).toBeGreaterThan(0.3);
    for (const key of ['small', 'large']) {
      expect(last[`gap-${key}-batch`]).toBeCloseTo(
        last[`train-accuracy-${key}`]! - last[`test-accuracy-${key}`]!,
        12,
      );
    }
  }, 300_000);
});
