import { describe, expect, it } from 'vitest';
import { wasmContext } from '../../training/models/testing/wasmContext';
import { batchNormRace, type BatchNormRaceConfig } from './batchNormRace';

const base: BatchNormRaceConfig = {
  architecture: 'mlp',
  learningRates: [0.01, 0.1, 0.5, 1],
  initScale: 1,
  batchSize: 64,
  steps: 600,
  evalEvery: 20,
};

async function race(config: BatchNormRaceConfig, steps: number, seed = 1) {
  const run = await batchNormRace.create(config, await wasmContext(seed));
  const rows = Array.from({ length: steps }, () => run.step().metrics);
  run.dispose();
  return rows;
}

describe('batchNormRace', () => {
  it('with batch norm the MLP reaches a higher test accuracy in 100 steps at a large learning rate', async () => {
    const rows = await race({ ...base, learningRates: [0.5], evalEvery: 100 }, 100);
    const last = rows.at(-1) as Record<string, number>;
    expect(last['accuracy-bn-0']).toBeGreaterThan(0.85);
    expect(last['accuracy-bn-0']).toBeGreaterThan(last['accuracy-standard-0'] ?? 0);
  });

  it('a network that diverges stops at its step while the others go on', async () => {
    const rows = await race({ ...base, learningRates: [0.1, 5], initScale: 3 }, 20);
    const at = rows.findIndex((r) => 'diverged-standard-1' in r);
    expect(at).toBeGreaterThanOrEqual(0);
    const last = rows.at(-1) as Record<string, number>;
    expect(last['diverged-standard-1']).toBe(at + 1);
    expect(last['batch-loss-standard-1']).toBeUndefined();
    expect(Number.isFinite(last['batch-loss-bn-0'])).toBe(true);
    expect(Number.isFinite(last.loss)).toBe(true);
  });

  // The contract test checks the default (the MLP) on the cpu backend; here both architectures
  // run on wasm, where the MLP's products are written to the wasm heap.
  it('leaks no tensors on the wasm backend, for the MLP and the CNN, evaluation steps included', async () => {
    const ctx = await wasmContext(5);
    // Tensors the engine tracks, and data written to the backend directly (the MLP's products).
    const count = () => [ctx.tf.memory().numTensors, ctx.tf.backend().numDataIds()];
    const before = count();
    for (const architecture of ['mlp', 'cnn'] as const) {
      const run = await batchNormRace.create(
        { ...base, architecture, evalEvery: 3, learningRates: [0.1, 0.5] },
        ctx,
      );
      run.step();
      const afterFirst = count();
      for (let i = 0; i < 10; i++) run.step();
      expect(count()).toEqual(afterFirst);
      run.dispose();
    }
    expect(count()).toEqual(before);
  });
});

const METRICS = [
  'batch-loss',
  'batch-accuracy',
  'train-loss',
  'train-accuracy',
  'test-loss',
  'accuracy',
];

/**
 * Two equal learning rates are two networks: four runs (with and without batch
 * norm, twice), each under its own key. Started from the same weights on the
 * same minibatches, the twins must report the same numbers, and batch norm must
 * make a difference: so each key holds its own network's numbers, not the last
 * writer's.
 */
function expectTwinRuns(last: Record<string, number>) {
  const keys = ['bn-0', 'bn-1', 'standard-0', 'standard-1'];
  for (const key of keys)
    for (const metric of METRICS)
      expect(Number.isFinite(last[`${metric}-${key}`]), `${metric}-${key}`).toBe(true);
  expect(
    Object.keys(last)
      .filter((k) => k.startsWith('batch-loss-'))
      .sort(),
  ).toEqual(keys.map((k) => `batch-loss-${k}`).sort());
  for (const metric of METRICS) {
    expect(last[`${metric}-bn-1`], metric).toBe(last[`${metric}-bn-0`]);
    expect(last[`${metric}-standard-1`], metric).toBe(last[`${metric}-standard-0`]);
  }
  expect(last['batch-loss-bn-0']).not.toBe(last['batch-loss-standard-0']);
}

describe('batchNormRace with equal learning rates', () => {
  it('keeps the MLP networks of two equal learning rates apart, as four runs', async () => {
    const rows = await race({ ...base, learningRates: [0.1, 0.1], evalEvery: 5 }, 5);
    expectTwinRuns(rows.at(-1) as Record<string, number>);
  });

  it('keeps the CNN networks of two equal learning rates apart, as four runs', async () => {
    const rows = await race(
      { ...base, architecture: 'cnn', learningRates: [0.1, 0.1], evalEvery: 5 },
      5,
    );
    expectTwinRuns(rows.at(-1) as Record<string, number>);
  });
});
