import { describe, expect, it } from 'vitest';
import { batchSizeNoiseSpec } from '@/components/widgets/BatchSizeNoise/spec';
import { batchSizeNoiseConfigFrom } from './batchSizeNoise';
import { batchSizeNoiseCode } from './batchSizeNoiseCode';
import { pythonProblems } from '../pythonCheck';

const props = batchSizeNoiseSpec.props.parse({});
const config = batchSizeNoiseConfigFrom(props);
const line = (code: string, start: string) => code.split('\n').find((l) => l.startsWith(start));

describe('batchSizeNoiseCode', () => {
  it('writes well-formed Python for the default run', () => {
    expect(pythonProblems(batchSizeNoiseCode(config, props.seed))).toEqual([]);
  });

  it('carries both batch sizes, the learning rate, the set sizes, the unit and the seed', () => {
    const code = batchSizeNoiseCode(
      {
        ...config,
        smallBatch: 4,
        largeBatch: 64,
        learningRate: 0.2,
        trainSize: 500,
        unit: 7,
        steps: 12,
      },
      3,
    );
    expect(line(code, 'SMALL_BATCH =')).toBe('SMALL_BATCH = 4');
    expect(line(code, 'LARGE_BATCH =')).toBe('LARGE_BATCH = 64');
    expect(line(code, 'LEARNING_RATE =')).toBe('LEARNING_RATE = 0.2');
    expect(line(code, 'TRAIN_SIZE =')).toBe('TRAIN_SIZE = 500');
    expect(line(code, 'TICKS =')).toBe('TICKS = 12');
    expect(line(code, 'UNIT =')?.startsWith('UNIT = 7 ')).toBe(true);
    expect(line(code, 'torch.manual_seed(')).toBe('torch.manual_seed(3)');
    expect(line(code, 'generator =')).toBe('generator = torch.Generator().manual_seed(3)');
  });

  it('gives both networks batch norm before each ReLU and the same initial weights', () => {
    const code = batchSizeNoiseCode(config, props.seed);
    expect(code).toContain('nn.Linear(64, WIDTH), nn.BatchNorm1d(WIDTH), nn.ReLU(),');
    expect(code).toContain('large = copy.deepcopy(small)');
  });
});
