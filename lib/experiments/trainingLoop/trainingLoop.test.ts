import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { createSession } from '../../pytorch/session';
import { trainingLoop, type TrainingLoopConfig } from './trainingLoop';
import { TRAINING_LOOP_LINES, trainingLoopSetup } from './trainingLoopData';

const base: TrainingLoopConfig = {
  learningRate: 0.05,
  steps: 200,
  torchSeed: 0,
  skipZeroGrad: false,
};

/** Weight, bias and their .grad after `steps` passes of the loop in the PyTorch session model. */
function sessionSteps(config: TrainingLoopConfig, steps: number) {
  const s = createSession();
  for (const line of trainingLoopSetup(config.torchSeed, config.learningRate))
    expect(s.run(line).error).toBeNull();
  const out: { weight: number; bias: number; weightGrad: number; loss: number }[] = [];
  for (let i = 0; i < steps; i++) {
    for (const line of TRAINING_LOOP_LINES)
      if (!(config.skipZeroGrad && line === 'optimizer.zero_grad()'))
        expect(s.run(line).error).toBeNull();
    s.run('w = model.weight');
    s.run('b = model.bias');
    const snap = s.snapshot();
    const value = (name: string) =>
      snap.storages.find((st) => st.id === snap.tensors.find((t) => t.name === name)!.storageId)!
        .values[0];
    out.push({
      weight: value('w'),
      bias: value('b'),
      weightGrad: snap.tensors.find((t) => t.name === 'w')!.grad![0],
      loss: value('loss'),
    });
  }
  return out;
}

async function workerSteps(config: TrainingLoopConfig, steps: number) {
  const run = await trainingLoop.create(config, await nodeContext(1));
  const rows = Array.from({ length: steps }, () => run.step().metrics);
  run.dispose();
  return rows;
}

describe('trainingLoop (tfjs) runs the same loop as the PyTorch session', () => {
  it.each([false, true])(
    "skipZeroGrad=%s: the first 5 steps match the session's weight, bias, grad and loss",
    async (skipZeroGrad) => {
      const config = { ...base, skipZeroGrad };
      const expected = sessionSteps(config, 5);
      const got = await workerSteps(config, 5);
      got.forEach((row, i) => {
        expect(row.loss).toBeCloseTo(expected[i].loss, 4);
        expect(row.weight).toBeCloseTo(expected[i].weight, 5);
        expect(row.bias).toBeCloseTo(expected[i].bias, 5);
        expect(row.weightGrad).toBeCloseTo(expected[i].weightGrad, 4);
      });
    },
  );

  it('200 steps of SGD approach the line the points lie on (w = 2, b = 1)', async () => {
    const rows = await workerSteps(base, 200);
    const last = rows.at(-1)!;
    expect(last.loss).toBeLessThan(rows[0].loss! / 100);
    expect(last.weight).toBeCloseTo(2, 1);
    expect(last.bias).toBeCloseTo(1, 0);
  });
});
