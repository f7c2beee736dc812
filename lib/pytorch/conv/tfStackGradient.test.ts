import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tf } from '../../training/experiment';
import { nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { gradientRegion, inputGradient, type GradMap } from './effectiveReceptiveField';
import { inputRange, type StackLayer } from './receptiveField';
import { dilateKernel, randomStackWeights, tfStackGradient } from './tfStackGradient';

const conv = (kernel: number, stride = 1, padding = 0, dilation = 1): StackLayer => ({
  type: 'conv',
  kernel,
  stride,
  padding,
  dilation,
});
const pool = (kernel: number, stride = kernel, padding = 0): StackLayer => ({
  type: 'pool',
  kernel,
  stride,
  padding,
  dilation: 1,
});

const STACKS: [string, StackLayer[], [number, number]][] = [
  ['three 3×3 convolutions', [conv(3, 1, 1), conv(3, 1, 1), conv(3, 1, 1)], [16, 16]],
  ['dilations 1, 2, 4', [conv(3, 1, 1, 1), conv(3, 1, 2, 2), conv(3, 1, 4, 4)], [24, 24]],
  ['strided convolutions', [conv(3, 2, 1), conv(3, 2, 1), conv(3, 1, 1)], [20, 17]],
  [
    'conv, pool, dilated strided conv',
    [conv(5, 1, 2), pool(2), conv(3, 2, 2, 2), pool(3, 1, 1)],
    [32, 32],
  ],
  [
    'six layers on 64×64',
    [conv(3, 1, 1), conv(3, 2, 1), conv(3, 1, 2, 2), pool(2), conv(3, 1, 1), conv(5, 1, 0, 3)],
    [64, 64],
  ],
];

function expectSameMap(actual: Float32Array, expected: GradMap) {
  expect(actual.length).toBe(expected.values.length);
  const scale = Math.max(1, ...Array.from(expected.values, Math.abs));
  for (let i = 0; i < actual.length; i++)
    expect(Math.abs(actual[i] - expected.values[i])).toBeLessThanOrEqual(1e-5 * scale);
}

let tf: Tf;
beforeAll(async () => {
  tf = await nodeTf();
});

describe('dilateKernel', () => {
  it('puts the taps d apart with zeros between them', () => {
    expect(
      dilateKernel(
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ),
    ).toEqual([
      [1, 0, 2],
      [0, 0, 0],
      [3, 0, 4],
    ]);
    expect(dilateKernel([[5]], 3)).toEqual([[5]]);
  });
});

describe('tf.grad of a stack equals the float64 backward pass of inputGradient', () => {
  for (const [name, layers, hw] of STACKS) {
    it(`${name}, all-ones weights, centre, corner and an off-centre pixel`, () => {
      const g = tfStackGradient(tf, layers, hw);
      const [oh, ow] = g.outputHW;
      for (const pixel of [
        [Math.floor(oh / 2), Math.floor(ow / 2)],
        [0, 0],
        [oh - 1, Math.floor(ow / 3)],
      ] as [number, number][]) {
        expectSameMap(g.gradient(pixel), inputGradient(layers, hw, pixel));
      }
      g.dispose();
    });

    it(`${name}, seeded normal weights`, () => {
      const weights = randomStackWeights(layers, seededRandom(7));
      const g = tfStackGradient(tf, layers, hw, weights);
      const pixel: [number, number] = [Math.floor(g.outputHW[0] / 2), 1];
      expectSameMap(g.gradient(pixel), inputGradient(layers, hw, pixel, weights));
      g.dispose();
    });
  }

  it('matches the recorded PyTorch gradient maps of conv.json erf', () => {
    const oracle = JSON.parse(
      readFileSync(new URL('../../../tests/oracles/conv.json', import.meta.url), 'utf8'),
    ) as {
      erf: {
        layers: StackLayer[];
        input_hw: [number, number];
        ok?: boolean;
        centre_output?: [number, number];
        grad_map?: number[][];
      }[];
    };
    for (const c of oracle.erf.filter((e) => e.ok !== false && e.grad_map)) {
      const g = tfStackGradient(tf, c.layers, c.input_hw);
      const map = g.gradient(c.centre_output!);
      const flat = c.grad_map!.flat();
      flat.forEach((v, i) => expect(map[i]).toBeCloseTo(v, 4));
      g.dispose();
    }
  });
});

describe('the effective receptive field lies inside the theoretical one', () => {
  for (const [name, layers, hw] of STACKS) {
    it(name, () => {
      const g = tfStackGradient(tf, layers, hw, randomStackWeights(layers, seededRandom(3)));
      const [oh, ow] = g.outputHW;
      for (let row = 0; row < oh; row += Math.max(1, Math.floor(oh / 4))) {
        for (let col = 0; col < ow; col += Math.max(1, Math.floor(ow / 4))) {
          const region = gradientRegion({
            height: hw[0],
            width: hw[1],
            values: Float64Array.from(g.gradient([row, col])),
          });
          if (!region.rows || !region.cols) continue;
          const [r0, r1] = inputRange(layers, row);
          const [c0, c1] = inputRange(layers, col);
          expect(region.rows[0]).toBeGreaterThanOrEqual(r0);
          expect(region.rows[1]).toBeLessThanOrEqual(r1);
          expect(region.cols[0]).toBeGreaterThanOrEqual(c0);
          expect(region.cols[1]).toBeLessThanOrEqual(c1);
        }
      }
      g.dispose();
    });
  }
});

describe('tensors', () => {
  it('a gradient leaves no tensor behind, and dispose frees the kernels and the input', () => {
    const before = tf.memory().numTensors;
    const g = tfStackGradient(tf, STACKS[3][1], STACKS[3][2]);
    const built = tf.memory().numTensors;
    g.gradient([1, 1]);
    g.gradient([2, 3]);
    expect(tf.memory().numTensors).toBe(built);
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("a stack that does not fit the input throws PyTorch's error before making tensors", () => {
    const before = tf.memory().numTensors;
    expect(() => tfStackGradient(tf, [conv(7)], [5, 5])).toThrow(
      "Kernel size can't be greater than actual input size",
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
