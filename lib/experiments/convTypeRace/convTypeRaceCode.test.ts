import { describe, expect, it } from 'vitest';
import { convTypeRaceSpec } from '@/components/widgets/ConvTypeRace/spec';
import type { ConvTypeRaceConfig } from './convTypeRace';
import { convTypeRaceCode } from './convTypeRaceCode';
import { pythonProblems } from '../pythonCheck';

const d = convTypeRaceSpec.props.parse({});
// The widget's run: its settings, test accuracy every 10 steps, a quarter of the digits held out.
const config: ConvTypeRaceConfig = {
  width: d.width,
  groups: d.groups,
  blocks: d.blocks,
  learningRate: d.learningRate,
  batchSize: d.batchSize,
  steps: d.steps,
  evalEvery: 10,
  testFraction: 0.25,
};
const line = (code: string, start: string) =>
  code.split('\n').find((l) => l.trimStart().startsWith(start));

describe('convTypeRaceCode', () => {
  it('writes well-formed Python for the default race', () => {
    expect(pythonProblems(convTypeRaceCode(config, d.seed))).toEqual([]);
  });

  it('builds the five networks with their own stages', () => {
    const code = convTypeRaceCode({ ...config, width: 16, groups: 2, blocks: 1 }, d.seed);
    for (const id of ['standard', 'dilated', 'grouped', 'depthwise-separable', 'bottleneck'])
      expect(code).toContain(`'${id}': head(nn.Sequential(`);
    expect(code).toContain('conv(16, 16, 3, dilation=2), nn.ReLU(),');
    expect(code).toContain('conv(16, 16, 3, groups=2), nn.ReLU(),');
    // Depthwise then pointwise, with no ReLU between them.
    expect(code).toContain('conv(16, 16, 3, groups=16),\n        conv(16, 16, 1), nn.ReLU(),');
    // The bottleneck's squeeze is linear, the 3×3 after it has its ReLU.
    expect(code).toContain('conv(16, 4, 1),\n        conv(4, 16, 3), nn.ReLU(),');
    expect(code).toContain('nn.Linear(4 * 16, 10)');
  });

  it('repeats a stage once per block', () => {
    const count = (blocks: number) =>
      convTypeRaceCode({ ...config, blocks }, d.seed).split('dilation=2').length - 1;
    expect(count(1)).toBe(1);
    expect(count(3)).toBe(3);
  });

  it('carries the learning rate, batch size, steps, evaluation cadence, test share and seed', () => {
    const code = convTypeRaceCode(
      {
        ...config,
        learningRate: 0.005,
        batchSize: 64,
        steps: 120,
        evalEvery: 40,
        testFraction: 0.3,
      },
      9,
    );
    expect(line(code, 'LEARNING_RATE =')).toBe('LEARNING_RATE = 0.005');
    expect(line(code, 'BATCH_SIZE =')).toBe('BATCH_SIZE = 64');
    expect(line(code, 'STEPS =')).toBe('STEPS = 120');
    expect(line(code, 'EVAL_EVERY =')).toBe('EVAL_EVERY = 40');
    expect(line(code, 'n_test =')).toBe('n_test = round(len(x) * 0.3)');
    expect(line(code, 'torch.manual_seed(')).toBe('torch.manual_seed(9)');
  });
});
