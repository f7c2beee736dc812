import { describe, expect, it } from 'vitest';
import { presetStack } from '../../pytorch/conv/receptiveFieldPresets';
import type { StackLayer } from '../../pytorch/conv/receptiveField';
import { nodeContext } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import {
  receptiveFieldTraining,
  type ReceptiveFieldTrainingConfig,
} from './receptiveFieldTraining';
import { initialStackKernels, splitKernels, stackTrainingProblem } from './stackClassifier';

/** The widget's defaults: three 3×3 convolutions on a 32×32 input. */
const config: ReceptiveFieldTrainingConfig = {
  layers: presetStack('stacked3x3'),
  inputSize: 32,
  learningRate: 0.01,
  batchSize: 32,
  steps: 100,
  evalEvery: 50,
  testFraction: 0.25,
};

async function run(c: ReceptiveFieldTrainingConfig, seed: number) {
  const ctx = await nodeContext(seed);
  const r = await receptiveFieldTraining.create(c, ctx);
  const results = Array.from({ length: c.steps }, () => r.step());
  r.dispose();
  return results;
}

describe('receptiveFieldTraining', () => {
  it('the default stack learns the digits: the loss falls and test accuracy clearly beats chance (10%)', async () => {
    const results = await run(config, 1);
    const losses = results.map((r) => r.metrics.loss!);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.slice(-10))).toBeLessThan(0.5 * mean(losses.slice(0, 10)));
    expect(results.at(-1)!.metrics.accuracy).toBeGreaterThan(0.7);
    // The kernels come with every accuracy: 3 layers of 9 weights, and they moved.
    const kernels = splitKernels(config.layers, results.at(-1)!.arrays!.kernels);
    const start = initialStackKernels(config.layers, seededRandom(1));
    expect(kernels.map((k) => k?.length)).toEqual([9, 9, 9]);
    expect(Math.max(...kernels[0]!.map((w, i) => Math.abs(w - start[0]![i])))).toBeGreaterThan(
      0.01,
    );
    expect(results[48].arrays).toBeUndefined();
  });

  it('starts from the kernels the page draws from the same seed', async () => {
    const [first] = await run({ ...config, steps: 1, evalEvery: 1, learningRate: 1e-9 }, 4);
    const drawn = initialStackKernels(config.layers, seededRandom(4));
    splitKernels(config.layers, first.arrays!.kernels).forEach((k, l) =>
      k!.forEach((w, i) => expect(w).toBeCloseTo(drawn[l]![i], 6)),
    );
  });

  it('trains a strided, dilated stack with a pool, and the same seed gives the same curve', async () => {
    const layers: StackLayer[] = [
      { type: 'conv', kernel: 3, stride: 2, padding: 2, dilation: 2 },
      { type: 'pool', kernel: 2, stride: 2, padding: 0, dilation: 1 },
      { type: 'conv', kernel: 5, stride: 1, padding: 2, dilation: 1 },
    ];
    const c = { ...config, layers, inputSize: 24, steps: 8, evalEvery: 4 };
    const a = await run(c, 3);
    const b = await run(c, 3);
    expect(a.map((r) => r.metrics.loss)).toEqual(b.map((r) => r.metrics.loss));
    expect(a.every((r) => Number.isFinite(r.metrics.loss))).toBe(true);
    expect(splitKernels(layers, a[7].arrays!.kernels).map((k) => k?.length ?? 0)).toEqual([
      9, 0, 25,
    ]);
  });

  it('a stack that cannot be trained says why, before making tensors', async () => {
    const ctx = await nodeContext(1);
    const before = ctx.tf.memory().numTensors;
    const pools: StackLayer[] = [{ type: 'pool', kernel: 2, stride: 2, padding: 0, dilation: 1 }];
    await expect(receptiveFieldTraining.create({ ...config, layers: pools }, ctx)).rejects.toThrow(
      'no convolution',
    );
    await expect(
      receptiveFieldTraining.create(
        { ...config, layers: [{ type: 'conv', kernel: 9, stride: 1, padding: 0, dilation: 8 }] },
        ctx,
      ),
    ).rejects.toThrow("Kernel size can't be greater than actual input size");
    expect(ctx.tf.memory().numTensors).toBe(before);
    // The page asks the same question before offering Train.
    expect(stackTrainingProblem(pools, 32)).toEqual({ kind: 'no-convolution' });
    expect(
      stackTrainingProblem([{ type: 'conv', kernel: 9, stride: 1, padding: 0, dilation: 8 }], 32),
    ).toEqual({
      kind: 'does-not-fit',
      error:
        "RuntimeError: Calculated padded input size per channel: (32 x 32). Kernel size: (65 x 65). Kernel size can't be greater than actual input size",
    });
    expect(stackTrainingProblem(config.layers, 32)).toBeNull();
  });
});
