import { describe, expect, it } from 'vitest';
import { covariateShiftSpec } from '@/components/widgets/CovariateShift/spec';
import { covariateShiftConfigFrom } from './covariateShift';
import { covariateShiftCode } from './covariateShiftCode';
import { pythonProblems } from '../pythonCheck';

const { seed, ...props } = covariateShiftSpec.props.parse({});
const config = covariateShiftConfigFrom(props);
const line = (code: string, start: string) =>
  code
    .split('\n')
    .find((l) => l.trimStart().startsWith(start))
    ?.trim();

describe('covariateShiftCode', () => {
  it('writes well-formed Python for the default run', () => {
    expect(pythonProblems(covariateShiftCode(config, seed))).toEqual([]);
  });

  it('carries the learning rate, batch size, depth, width and noise', () => {
    const code = covariateShiftCode(
      {
        ...config,
        learningRate: 0.3,
        batchSize: 16,
        hiddenLayers: 5,
        width: 48,
        noiseMean: 2,
        noiseStd: 0.5,
      },
      seed,
    );
    expect(line(code, 'LEARNING_RATE =')).toBe('LEARNING_RATE = 0.3');
    expect(line(code, 'BATCH_SIZE =')).toBe('BATCH_SIZE = 16');
    expect(line(code, 'HIDDEN_LAYERS =')).toBe('HIDDEN_LAYERS = 5');
    expect(line(code, 'WIDTH =')).toBe('WIDTH = 48');
    expect(line(code, 'NOISE_MEAN =')).toBe('NOISE_MEAN = 2');
    expect(line(code, 'NOISE_STD =')).toBe('NOISE_STD = 0.5');
  });

  it('probes the chosen layer (clamped to the depth, as the widget does) and seeds weights and split', () => {
    expect(line(covariateShiftCode({ ...config, probeLayer: 3 }, seed), 'PROBE =')).toBe(
      'PROBE = 2  # hidden layer 3, counted from 0',
    );
    expect(
      line(covariateShiftCode({ ...config, hiddenLayers: 2, probeLayer: 4 }, seed), 'PROBE ='),
    ).toBe('PROBE = 1  # hidden layer 2, counted from 0');
    const code = covariateShiftCode(config, 8);
    expect(line(code, 'torch.manual_seed(')).toBe(
      'torch.manual_seed(8)  # the three start from the same weights',
    );
    expect(line(code, 'generator =')).toBe('generator = torch.Generator().manual_seed(8)');
  });
});
