import { describe, expect, it } from 'vitest';
import { landscapeProbeSpec } from '@/components/widgets/LandscapeProbe/spec';
import type { LandscapeProbeConfig } from './landscapeProbe';
import { landscapeProbeCode } from './landscapeProbeCode';
import { pythonProblems } from '../pythonCheck';

const { seed, ...defaults } = landscapeProbeSpec.props.parse({});
const config: LandscapeProbeConfig = defaults;
const line = (code: string, start: string) =>
  code.split('\n').find((l) => l.trimStart().startsWith(start));

describe('landscapeProbeCode', () => {
  it('writes well-formed Python for the default probe', () => {
    expect(pythonProblems(landscapeProbeCode(config, seed))).toEqual([]);
  });

  it('probes the eta grid: etaPoints steps from etaMin to etaMax times the learning rate', () => {
    const code = landscapeProbeCode(
      { ...config, learningRate: 0.2, etaMin: 1, etaMax: 3, etaPoints: 3 },
      seed,
    );
    expect(line(code, 'LEARNING_RATE =')).toBe('LEARNING_RATE = 0.2');
    expect(line(code, 'ETAS =')).toBe('ETAS = [0.2, 0.4, 0.6]  # 1 to 3 times the learning rate');
  });

  it('carries the width, init scale, batch size, steps, window and seed', () => {
    const code = landscapeProbeCode(
      { ...config, hidden: 48, initScale: 2, batchSize: 8, steps: 50, window: 5 },
      6,
    );
    expect(line(code, 'HIDDEN =')).toBe('HIDDEN = 48');
    expect(line(code, 'INIT_SCALE =')).toBe('INIT_SCALE = 2');
    expect(line(code, 'BATCH_SIZE =')).toBe('BATCH_SIZE = 8');
    expect(line(code, 'STEPS =')).toBe('STEPS = 50');
    expect(line(code, 'WINDOW =')?.startsWith('WINDOW = 5 ')).toBe(true);
    expect(line(code, 'torch.manual_seed(')?.trim()).toBe(
      'torch.manual_seed(6)  # both networks start from the same weights',
    );
    expect(line(code, 'generator =')).toBe('generator = torch.Generator().manual_seed(6)');
  });
});
