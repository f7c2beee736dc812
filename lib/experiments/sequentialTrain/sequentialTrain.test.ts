import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { sequentialTrain, type SequentialTrainConfig } from './sequentialTrain';
import { buildSequential, digitsNetworkProblem, type LayerSpec } from './sequentialTrainModel';

const mlp: LayerSpec[] = [
  { kind: 'linear', inFeatures: 64, outFeatures: 32, bias: true },
  { kind: 'relu' },
  { kind: 'linear', inFeatures: 32, outFeatures: 10, bias: true },
];
const base: SequentialTrainConfig = {
  layers: mlp,
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 32,
  steps: 200,
};

describe('sequentialTrain', () => {
  it('a 64-32-10 MLP on digits: the loss falls well below ln 10 and held-out accuracy passes 85%', async () => {
    const run = await sequentialTrain.create(base, await nodeContext(1));
    const rows = Array.from({ length: 200 }, () => run.step().metrics);
    run.dispose();
    const early = rows.slice(0, 5).reduce((s, r) => s + r.loss!, 0) / 5;
    const late = rows.slice(-20).reduce((s, r) => s + r.loss!, 0) / 20;
    expect(early).toBeGreaterThan(1.8); // about ln 10 = 2.30 at PyTorch's small initial weights
    expect(late).toBeLessThan(0.5);
    expect(rows.at(-1)!.accuracy).toBeGreaterThan(0.85);
  });

  it("refuses a network with mismatched shapes with PyTorch's message before training", async () => {
    const bad: LayerSpec[] = [
      { kind: 'linear', inFeatures: 64, outFeatures: 10, bias: true },
      { kind: 'relu' },
      { kind: 'linear', inFeatures: 20, outFeatures: 5, bias: true },
    ];
    expect(digitsNetworkProblem(buildSequential(bad, 0), 64)).toBe(
      'layer (2): RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)',
    );
    await expect(
      sequentialTrain.create({ ...base, layers: bad, batchSize: 64 }, await nodeContext(1)),
    ).rejects.toThrow('mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)');
    expect(
      digitsNetworkProblem(
        buildSequential([{ kind: 'linear', inFeatures: 64, outFeatures: 5, bias: true }], 0),
        8,
      ),
    ).toMatch(/^IndexError: Target 9 is out of bounds\./);
  });
});
