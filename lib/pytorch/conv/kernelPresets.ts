import type { Random } from '../../random/seeded';

export type KernelPreset = 'sobelX' | 'sobelY' | 'box' | 'gaussian' | 'laplacian' | 'random';

/**
 * The 3×3 kernels the separable-convolution figure starts from. Sobel x and y, the box blur
 * and the binomial Gaussian `[1,2,1]ᵀ[1,2,1]/16` have rank 1; the 4-neighbour Laplacian has
 * rank 2 and a random kernel almost surely rank 3. `random` rounds standard-normal draws to
 * one decimal so the numbers fit the editor.
 */
export function presetKernel(preset: KernelPreset, random: Random): number[][] {
  switch (preset) {
    case 'sobelX':
      return [
        [1, 0, -1],
        [2, 0, -2],
        [1, 0, -1],
      ];
    case 'sobelY':
      return [
        [1, 2, 1],
        [0, 0, 0],
        [-1, -2, -1],
      ];
    case 'box':
      return Array.from({ length: 3 }, () => [1 / 9, 1 / 9, 1 / 9]);
    case 'gaussian':
      return [
        [1, 2, 1],
        [2, 4, 2],
        [1, 2, 1],
      ].map((r) => r.map((v) => v / 16));
    case 'laplacian':
      return [
        [0, 1, 0],
        [1, -4, 1],
        [0, 1, 0],
      ];
    case 'random':
      return Array.from({ length: 3 }, () =>
        Array.from({ length: 3 }, () => Math.round(random.normal() * 10) / 10),
      );
  }
}
