import { PyError } from '../errors';
import { formatSizeX } from '../formatShape';

/** One square layer of a single-channel stack: a convolution or an (average) pool. */
export interface StackLayer {
  type: 'conv' | 'pool';
  kernel: number;
  stride: number;
  padding: number;
  /** Convolutions only; a pool's is 1. */
  dilation: number;
}

/** One row of the per-layer table a widget shows. */
export interface ReceptiveFieldRow {
  layer: StackLayer;
  inputHW: [number, number];
  outputHW: [number, number];
  /** Receptive field size on the stack's input after this layer. */
  rfSize: number;
  /** Distance on the input between neighbouring outputs of this layer (product of strides so far). */
  jump: number;
}

/** Output size of one layer: `floor((n + 2p − d(k − 1) − 1) / s) + 1`. */
export function layerOutputSize(n: number, layer: StackLayer): number {
  const { kernel, stride, padding } = layer;
  const dilation = layer.type === 'pool' ? 1 : layer.dilation;
  return Math.floor((n + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}

/**
 * Spatial size after each layer for a `[1, 1, H, W]` input, with the errors PyTorch 1.13
 * raises: Conv2d's "Kernel size can't be greater than actual input size" (ATen
 * `check_shape_forward`) and AvgPool2d's `pool2d_shape_check`.
 */
export function stackSizes(
  layers: readonly StackLayer[],
  inputHW: readonly [number, number],
): [number, number][] {
  const sizes: [number, number][] = [[inputHW[0], inputHW[1]]];
  for (const layer of layers) {
    const [h, w] = sizes[sizes.length - 1];
    const { kernel: k, padding: p } = layer;
    const out: [number, number] = [layerOutputSize(h, layer), layerOutputSize(w, layer)];
    if (layer.type === 'conv') {
      const dk = layer.dilation * (k - 1) + 1;
      if (h + 2 * p < dk || w + 2 * p < dk) {
        throw new PyError(
          'RuntimeError',
          `Calculated padded input size per channel: (${h + 2 * p} x ${w + 2 * p}). ` +
            `Kernel size: (${dk} x ${dk}). Kernel size can't be greater than actual input size`,
        );
      }
    } else {
      if (Math.floor(k / 2) < p) {
        throw new PyError(
          'RuntimeError',
          `pad should be smaller than or equal to half of kernel size, but got padW = ${p}, padH = ${p}, kW = ${k}, kH = ${k}`,
        );
      }
      if (out[0] < 1 || out[1] < 1) {
        throw new PyError(
          'RuntimeError',
          `Given input size: (${formatSizeX([1, h, w])}). Calculated output size: (${formatSizeX([1, ...out])}). Output size is too small`,
        );
      }
    }
    sizes.push(out);
  }
  return sizes;
}

/** Theoretical receptive field size `1 + Σ_l d_l (k_l − 1) Π_{i<l} s_i` (Araujo et al. 2019). */
export function receptiveFieldSize(layers: readonly StackLayer[]): number {
  let size = 1;
  let jump = 1;
  for (const l of layers) {
    size += (l.type === 'pool' ? 1 : l.dilation) * (l.kernel - 1) * jump;
    jump *= l.stride;
  }
  return size;
}

/** Jump of the stack: the product of its strides. */
export function receptiveFieldJump(layers: readonly StackLayer[]): number {
  return layers.reduce((j, l) => j * l.stride, 1);
}

/**
 * Inclusive input index range seen by output index `index` in one dimension, unclipped,
 * propagated from the last layer back: `[lo·s − p, hi·s − p + d(k − 1)]`.
 */
export function inputRange(layers: readonly StackLayer[], index: number): [number, number] {
  let lo = index;
  let hi = index;
  for (let i = layers.length - 1; i >= 0; i--) {
    const { stride: s, padding: p, kernel: k } = layers[i];
    const d = layers[i].type === 'pool' ? 1 : layers[i].dilation;
    lo = lo * s - p;
    hi = hi * s - p + d * (k - 1);
  }
  return [lo, hi];
}

/** The theoretical receptive field of output pixel `[row, col]` and the per-layer table. */
export interface ReceptiveField {
  inputHW: [number, number];
  outputHW: [number, number];
  rfSize: number;
  jump: number;
  rows: [number, number];
  cols: [number, number];
  /** The range runs past the input border (part of it is padding). */
  clipped: boolean;
  table: ReceptiveFieldRow[];
}

/**
 * Receptive field of output pixel `pixel` (default the centre `[H_out // 2, W_out // 2]`) of a
 * stack on an `inputHW` input. Throws the PyError PyTorch would raise for the stack.
 */
export function receptiveField(
  layers: readonly StackLayer[],
  inputHW: readonly [number, number],
  pixel?: readonly [number, number],
): ReceptiveField {
  const sizes = stackSizes(layers, inputHW);
  const outputHW = sizes[sizes.length - 1];
  const [row, col] = pixel ?? [Math.floor(outputHW[0] / 2), Math.floor(outputHW[1] / 2)];
  const rows = inputRange(layers, row);
  const cols = inputRange(layers, col);
  const table = layers.map((layer, i) => ({
    layer,
    inputHW: sizes[i],
    outputHW: sizes[i + 1],
    rfSize: receptiveFieldSize(layers.slice(0, i + 1)),
    jump: receptiveFieldJump(layers.slice(0, i + 1)),
  }));
  const clipped = rows[0] < 0 || cols[0] < 0 || rows[1] >= inputHW[0] || cols[1] >= inputHW[1];
  return {
    inputHW: [inputHW[0], inputHW[1]],
    outputHW,
    rfSize: receptiveFieldSize(layers),
    jump: receptiveFieldJump(layers),
    rows,
    cols,
    clipped,
    table,
  };
}
