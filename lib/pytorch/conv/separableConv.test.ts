import { beforeAll, describe, expect, it } from 'vitest';
import type { Tf } from '../../training/experiment';
import { loadDatasetFromDisk, nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { presetKernel } from './kernelPresets';
import { compareSeparable } from './separableConv';
import { rank1Factorisation } from './separable';

/** Cross-correlation with zero padding by loops: out[y][x] = Σ k[i][j] · img[y + i − r][x + j − r]. */
function naiveSame(
  img: Float32Array,
  h: number,
  w: number,
  k: readonly (readonly number[])[],
): number[] {
  const r = (k.length - 1) / 2;
  const out: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      k.forEach((row, i) =>
        row.forEach((v, j) => {
          const yy = y + i - r,
            xx = x + j - r;
          if (yy >= 0 && yy < h && xx >= 0 && xx < w) s += v * img[yy * w + xx];
        }),
      );
      out.push(s);
    }
  }
  return out;
}

let tf: Tf;
let digit: Float32Array;
beforeAll(async () => {
  tf = await nodeTf();
  const data = await loadDatasetFromDisk('digits');
  digit = data.x.slice(5 * 64, 6 * 64);
});

const rng = () => seededRandom(1);

describe('kernel presets', () => {
  it('Sobel, box and Gaussian have rank 1, the Laplacian rank 2, a random kernel rank 3', () => {
    for (const p of ['sobelX', 'sobelY', 'box', 'gaussian'] as const)
      expect(rank1Factorisation(presetKernel(p, rng())).rank, p).toBe(1);
    expect(rank1Factorisation(presetKernel('laplacian', rng())).rank).toBe(2);
    expect(rank1Factorisation(presetKernel('random', rng())).rank).toBe(3);
  });
});

describe('compareSeparable', () => {
  it('the direct filter is the zero-padded cross-correlation PyTorch computes', () => {
    const k = presetKernel('random', rng());
    const f = rank1Factorisation(k);
    const { direct } = compareSeparable(tf, digit, [8, 8], k, f.column, f.row);
    naiveSame(digit, 8, 8, k).forEach((v, i) => expect(direct[i]).toBeCloseTo(v, 5));
  });

  for (const preset of ['sobelX', 'sobelY', 'gaussian', 'box'] as const) {
    it(`${preset}: column then row gives the same image as the 3×3 kernel`, () => {
      const k = presetKernel(preset, rng());
      const f = rank1Factorisation(k);
      expect(compareSeparable(tf, digit, [8, 8], k, f.column, f.row).maxAbsDifference).toBeLessThan(
        1e-5,
      );
    });
  }

  it('Laplacian: the two 1-D kernels give the best rank-1 approximation, not the kernel', () => {
    const k = presetKernel('laplacian', rng());
    const f = rank1Factorisation(k);
    const result = compareSeparable(tf, digit, [8, 8], k, f.column, f.row);
    expect(result.maxAbsDifference).toBeGreaterThan(0.1);
    naiveSame(digit, 8, 8, f.approximation).forEach((v, i) =>
      expect(result.separable[i]).toBeCloseTo(v, 4),
    );
  });

  it('leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    const k = presetKernel('sobelX', rng());
    const f = rank1Factorisation(k);
    compareSeparable(tf, digit, [8, 8], k, f.column, f.row);
    expect(tf.memory().numTensors).toBe(before);
  });
});
