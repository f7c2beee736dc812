import { describe, expect, it } from 'vitest';
import { presetStack } from '../../pytorch/conv/receptiveFieldPresets';
import { receptiveFieldSpec } from '@/components/widgets/ReceptiveField/spec';
import { pythonProblems } from '../pythonCheck';
import { receptiveFieldCode, type ReceptiveFieldCodeOptions } from './receptiveFieldCode';

const d = receptiveFieldSpec.props.parse({});
// The default stack keeps the map size, so the widget's default pixel is the centre of a 32x32 output.
const options: ReceptiveFieldCodeOptions = {
  layers: presetStack(d.preset),
  inputSize: d.inputSize,
  weights: d.weights,
  pixel: [16, 16],
  steps: d.trainSteps,
};

describe('receptiveFieldCode', () => {
  it.each(['ones', 'random', 'trained'] as const)(
    'writes well-formed Python for the default stack with %s weights',
    (weights) => {
      expect(pythonProblems(receptiveFieldCode({ ...options, weights }, d.seed))).toEqual([]);
    },
  );

  it('writes each layer with its kernel, stride, padding and dilation', () => {
    const code = receptiveFieldCode(
      {
        ...options,
        layers: [
          { type: 'conv', kernel: 5, stride: 2, padding: 4, dilation: 2 },
          { type: 'pool', kernel: 2, stride: 2, padding: 1, dilation: 1 },
        ],
      },
      d.seed,
    );
    expect(code).toContain(
      '    nn.Conv2d(1, 1, 5, stride=2, padding=4, dilation=2, bias=False),\n    nn.AvgPool2d(2, stride=2, padding=1),',
    );
  });

  it('takes the gradient of the chosen output pixel by autograd', () => {
    const code = receptiveFieldCode({ ...options, pixel: [3, 7] }, d.seed);
    expect(code).toContain('PIXEL = (3, 7)');
    expect(code).toContain('out[0, 0, PIXEL[0], PIXEL[1]].backward()');
  });

  it('trains only for the trained option, with its steps and seed', () => {
    expect(receptiveFieldCode({ ...options, weights: 'ones' }, 4)).not.toContain('optimizer');
    expect(receptiveFieldCode({ ...options, weights: 'random' }, 4)).toContain(
      'torch.manual_seed(4)\n',
    );
    const trained = receptiveFieldCode({ ...options, weights: 'trained', steps: 75 }, 4);
    expect(trained).toContain('STEPS = 75');
    expect(trained).toContain('torch.manual_seed(4)\n');
    expect(trained).toContain('generator = torch.Generator().manual_seed(4)');
    expect(trained).toContain('loss.backward()');
  });
});
