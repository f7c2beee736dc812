/** Named K×K kernels for pictures of a convolution, row-major. */
export type ExampleKernel = 'vertical-edges' | 'horizontal-edges' | 'laplacian' | 'box';

export const EXAMPLE_KERNELS: readonly ExampleKernel[] = [
  'vertical-edges',
  'horizontal-edges',
  'laplacian',
  'box',
];

/**
 * A K×K kernel: `vertical-edges` weighs column c by `c − (K − 1)/2` (Prewitt's
 * [−1, 0, 1] rows at K = 3), `horizontal-edges` is its transpose, `laplacian` is `K² − 1` at the
 * centre and −1 elsewhere (sums to 0, so flat regions give 0), `box` is `1/K²` everywhere.
 */
export function exampleKernel(name: ExampleKernel, k: number): number[] {
  const mid = (k - 1) / 2;
  return Array.from({ length: k * k }, (_, t) => {
    const r = Math.floor(t / k);
    const c = t % k;
    switch (name) {
      case 'vertical-edges':
        return c - mid;
      case 'horizontal-edges':
        return r - mid;
      case 'laplacian':
        return r === Math.floor(mid) && c === Math.floor(mid) ? k * k - 1 : -1;
      case 'box':
        return 1 / (k * k);
    }
  });
}
