import { describe, expect, it } from 'vitest';
import { wasmContext } from '../../training/models/testing/wasmContext';
import { deformableSampling, type DeformableSamplingConfig } from './deformableSampling';

const config: DeformableSamplingConfig = {
  channels: 8,
  maxRotation: 45,
  maxScale: 1.25,
  learningRate: 0.03,
  batchSize: 32,
  steps: 120,
  evalEvery: 40,
  testFraction: 0.25,
  shown: 2,
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// On the wasm backend, as in the site's worker: training fails there if any op needs a missing gradient kernel.
describe('deformableSampling on the wasm backend', () => {
  it('the loss falls, test accuracy rises above chance, and the offsets grow from zero', async () => {
    const run = await deformableSampling.create(config, await wasmContext(1));
    const results = Array.from({ length: config.steps }, () => run.step());
    run.dispose();
    const losses = results.map((r) => r.metrics.loss!);
    expect(mean(losses.slice(-20))).toBeLessThan(0.6 * mean(losses.slice(0, 10)));
    const evals = results.filter((r) => r.metrics.accuracy !== undefined);
    expect(evals.map((r) => r.metrics.accuracy).at(-1)).toBeGreaterThan(0.4);
    // After one Adam step each offset weight has moved by at most the learning rate.
    expect(evals[0].metrics.meanOffset).toBeLessThan(0.3);
    expect(evals.at(-1)!.metrics.meanOffset).toBeGreaterThan(2 * evals[0].metrics.meanOffset!);
    const { images, offsets } = evals.at(-1)!.arrays!;
    expect(images.length).toBe(2 * 64);
    expect(offsets.length).toBe(2 * 64 * 18);
  }, 120_000);
});
