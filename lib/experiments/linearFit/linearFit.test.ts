import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { linearFit, type LinearFitConfig } from './linearFit';
import { leastSquares, linearFitData, meanSquaredError } from './linearFitData';

const base: LinearFitConfig = {
  inFeatures: 1,
  optimizer: 'sgd',
  learningRate: 0.1,
  noise: 0.3,
  batchSize: 16,
  samples: 128,
  steps: 300,
};

describe('linearFit', () => {
  it('converges to the least-squares line the normal equations give', async () => {
    const ctx = await nodeContext(3);
    const run = await linearFit.create(base, ctx);
    let last = run.step();
    for (let i = 1; i < 400; i++) last = run.step();
    run.dispose();
    const data = linearFitData(base, seededRandom(3));
    const best = leastSquares(data);
    expect(last.metrics.a0).toBeCloseTo(best.a[0], 1);
    expect(last.metrics.b).toBeCloseTo(best.b, 1);
    // The reported loss is the full-data MSE of the current fit, computed independently here.
    expect(last.metrics.loss).toBeCloseTo(
      meanSquaredError(data, [last.metrics.a0!], last.metrics.b!),
      4,
    );
    // And it cannot beat least squares, while getting within 2% of it.
    const floor = meanSquaredError(data, best.a, best.b);
    expect(last.metrics.loss).toBeGreaterThanOrEqual(floor - 1e-6);
    expect(last.metrics.loss).toBeLessThan(floor * 1.02);
  });

  it('fits a plane with Adam, and the noise floor is about noise²', async () => {
    const config: LinearFitConfig = {
      ...base,
      inFeatures: 2,
      optimizer: 'adam',
      learningRate: 0.05,
      samples: 1000,
      noise: 0.5,
    };
    const run = await linearFit.create(config, await nodeContext(11));
    let loss = Infinity;
    for (let i = 0; i < 600; i++) loss = run.step().metrics.loss!;
    run.dispose();
    expect(loss).toBeGreaterThan(0.2);
    expect(loss).toBeLessThan(0.3);
  });

  // SGD, the default, is checked by the contract test over every experiment; Adam keeps state.
  it('leaks no tensors with Adam: the count after 200 steps equals the count after the first', async () => {
    const ctx = await nodeContext(5);
    const before = ctx.tf.memory().numTensors;
    for (const optimizer of ['adam'] as const) {
      const run = await linearFit.create({ ...base, optimizer }, ctx);
      run.step();
      const afterFirst = ctx.tf.memory().numTensors;
      for (let i = 0; i < 200; i++) run.step();
      expect(ctx.tf.memory().numTensors).toBe(afterFirst);
      run.dispose();
    }
    expect(ctx.tf.memory().numTensors).toBe(before);
  });
});
