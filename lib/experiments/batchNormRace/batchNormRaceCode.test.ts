import { describe, expect, it } from 'vitest';
import { batchNormRaceSpec } from '@/components/widgets/BatchNormRace/spec';
import type { BatchNormRaceConfig } from './batchNormRace';
import { batchNormRaceCode } from './batchNormRaceCode';
import { pythonProblems } from '../pythonCheck';

const { seed, ...defaults } = batchNormRaceSpec.props.parse({});
const config: BatchNormRaceConfig = defaults;
const line = (code: string, start: string) =>
  code.split('\n').find((l) => l.trimStart().startsWith(start));

describe('batchNormRaceCode', () => {
  it.each(['mlp', 'cnn'] as const)(
    'writes well-formed Python for the default %s race',
    (architecture) => {
      expect(pythonProblems(batchNormRaceCode({ ...config, architecture }, seed))).toEqual([]);
    },
  );

  it('lists every learning rate of the config, each trained with and without batch norm by SGD', () => {
    const code = batchNormRaceCode({ ...config, learningRates: [0.05, 2] }, seed);
    expect(line(code, 'LEARNING_RATES =')).toBe('LEARNING_RATES = [0.05, 2]');
    expect(code).toContain('for batch_norm in (False, True):');
    expect(code).toContain('torch.optim.SGD(net.parameters(), lr=lr)');
  });

  it('builds the MLP from Linear layers and the CNN from 3x3 convolutions with average pooling', () => {
    const mlp = batchNormRaceCode({ ...config, architecture: 'mlp' }, seed);
    const cnn = batchNormRaceCode({ ...config, architecture: 'cnn' }, seed);
    expect(mlp).toContain('nn.BatchNorm1d(width)');
    expect(mlp).not.toContain('nn.Conv2d(1, 8, 3, padding=1)');
    expect(cnn).toContain('nn.Conv2d(1, 8, 3, padding=1), norm(8), nn.ReLU(), nn.AvgPool2d(2),');
    expect(cnn).toContain('nn.BatchNorm2d(channels)');
  });

  it('carries the init scale, batch size, steps, evaluation cadence and seed', () => {
    const code = batchNormRaceCode(
      { ...config, initScale: 0.25, batchSize: 16, steps: 90, evalEvery: 30 },
      7,
    );
    expect(line(code, 'INIT_SCALE =')).toBe('INIT_SCALE = 0.25');
    expect(line(code, 'BATCH_SIZE =')).toBe('BATCH_SIZE = 16');
    expect(line(code, 'STEPS =')).toBe('STEPS = 90');
    expect(line(code, 'EVAL_EVERY =')).toBe('EVAL_EVERY = 30');
    expect(line(code, 'SEED =')).toBe('SEED = 7');
    expect(line(code, 'generator =')).toBe('generator = torch.Generator().manual_seed(7)');
  });
});
