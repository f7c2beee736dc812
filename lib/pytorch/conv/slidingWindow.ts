/**
 * The picture of conv_arithmetic (Dumoulin & Visin 2016): the grid a kernel slides over and the
 * cells each output pixel reads. For a direct convolution the grid is the zero-padded input; a
 * transposed convolution is drawn as its equivalent direct convolution (stride 1) over the
 * input with s − 1 zeros inserted between pixels and `d(k − 1) − p` zeros around it (plus
 * `output_padding` at the bottom and right), with the kernel flipped.
 */
export interface SlideLayout {
  mode: 'direct' | 'transposed';
  inputH: number;
  inputW: number;
  gridH: number;
  gridW: number;
  /** Per grid cell, row-major: the input pixel it holds (row · inputW + col), or −1 for an added zero. */
  source: Int32Array;
  kernel: number;
  dilation: number;
  /** The step of the window on the grid: the stride for direct, 1 for transposed. */
  step: number;
  outputH: number;
  outputW: number;
}

const outputSize = (grid: number, kernel: number, dilation: number, step: number) =>
  Math.floor((grid - dilation * (kernel - 1) - 1) / step) + 1;

/** Direct `Conv2d`: the input with `[left, right, top, bottom]` zeros, the window moving by `stride`. */
export function directLayout(
  inputH: number,
  inputW: number,
  kernel: number,
  stride: number,
  [left, right, top, bottom]: readonly [number, number, number, number],
  dilation = 1,
): SlideLayout {
  const gridH = inputH + top + bottom;
  const gridW = inputW + left + right;
  const source = new Int32Array(gridH * gridW).fill(-1);
  for (let r = 0; r < inputH; r++)
    for (let c = 0; c < inputW; c++) source[(r + top) * gridW + c + left] = r * inputW + c;
  return {
    mode: 'direct',
    inputH,
    inputW,
    gridH,
    gridW,
    source,
    kernel,
    dilation,
    step: stride,
    outputH: outputSize(gridH, kernel, dilation, stride),
    outputW: outputSize(gridW, kernel, dilation, stride),
  };
}

/**
 * `ConvTranspose2d` as a stride-1 convolution: pixel (r, c) of the input sits at
 * `(e + r·s, e + c·s)` of the grid with `e = d(k − 1) − p`; a negative `e` crops. The grid is
 * `(H − 1)s + 1 + 2e + output_padding` tall, so the output is PyTorch's
 * `(H − 1)s − 2p + d(k − 1) + output_padding + 1`.
 */
export function transposedLayout(
  inputH: number,
  inputW: number,
  kernel: number,
  stride: number,
  padding: number,
  outputPadding = 0,
  dilation = 1,
): SlideLayout {
  const edge = dilation * (kernel - 1) - padding;
  const gridH = (inputH - 1) * stride + 1 + 2 * edge + outputPadding;
  const gridW = (inputW - 1) * stride + 1 + 2 * edge + outputPadding;
  const source = new Int32Array(Math.max(0, gridH * gridW)).fill(-1);
  for (let r = 0; r < inputH; r++) {
    for (let c = 0; c < inputW; c++) {
      const gr = edge + r * stride;
      const gc = edge + c * stride;
      if (gr >= 0 && gr < gridH && gc >= 0 && gc < gridW) source[gr * gridW + gc] = r * inputW + c;
    }
  }
  return {
    mode: 'transposed',
    inputH,
    inputW,
    gridH,
    gridW,
    source,
    kernel,
    dilation,
    step: 1,
    outputH: outputSize(gridH, kernel, dilation, 1),
    outputW: outputSize(gridW, kernel, dilation, 1),
  };
}

/** The grid cells `[row, col]` the window of output pixel `(i, j)` reads, tap by tap (row-major). */
export function windowCells(layout: SlideLayout, i: number, j: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let ky = 0; ky < layout.kernel; ky++) {
    for (let kx = 0; kx < layout.kernel; kx++) {
      cells.push([i * layout.step + ky * layout.dilation, j * layout.step + kx * layout.dilation]);
    }
  }
  return cells;
}

/** The grid's values: the input where a cell holds a pixel, 0 elsewhere. */
export function gridValues(layout: SlideLayout, input: ArrayLike<number>): Float64Array {
  return Float64Array.from(layout.source, (s) => (s >= 0 ? input[s] : 0));
}

/**
 * Output pixel `(i, j)` by hand: `Σ_taps grid[cell] · w[tap]`, where `w` is the kernel as given
 * (row-major K×K) for direct mode and the kernel flipped in both axes for transposed mode.
 */
export function windowSum(
  layout: SlideLayout,
  grid: ArrayLike<number>,
  kernel: ArrayLike<number>,
  i: number,
  j: number,
): number {
  const k2 = layout.kernel * layout.kernel;
  return windowCells(layout, i, j).reduce((sum, [r, c], t) => {
    const w = layout.mode === 'transposed' ? kernel[k2 - 1 - t] : kernel[t];
    return sum + grid[r * layout.gridW + c] * w;
  }, 0);
}
