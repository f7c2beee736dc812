import { inferData } from '../ops/create';

/** A dense row-major float64 tensor: the shape and its values in C order. */
export interface Float64Tensor {
  shape: readonly number[];
  data: Float64Array;
}

/** Nested lists of numbers, as `tensor.tolist()` gives them. */
export type Nested = number | Nested[];

/** Shape and row-major values of nested lists, by `torch.tensor`'s rules (a ragged list raises its ValueError). */
export function fromNested(nested: Nested): Float64Tensor {
  const { shape, values } = inferData(nested);
  return { shape, data: Float64Array.from(values) };
}

/** Nested lists of a row-major tensor, the inverse of `fromNested`. */
export function toNested(tensor: Float64Tensor): Nested {
  const { shape, data } = tensor;
  const build = (depth: number, offset: number): Nested => {
    if (depth === shape.length) return data[offset];
    const stride = shape.slice(depth + 1).reduce((a, b) => a * b, 1);
    return Array.from({ length: shape[depth] }, (_, i) => build(depth + 1, offset + i * stride));
  };
  return build(0, 0);
}

/**
 * How an (N, C, *) tensor splits into channels: element (n, c, s) sits at
 * `(n * channels + c) * spatial + s`, where spatial is L or H * W.
 */
export interface ChannelLayout {
  batch: number;
  channels: number;
  spatial: number;
  /** N * L or N * H * W: the values each channel's statistics are taken over. */
  valuesPerChannel: number;
}

export function channelLayout(shape: readonly number[]): ChannelLayout {
  const batch = shape[0];
  const channels = shape[1];
  const spatial = shape.slice(2).reduce((a, b) => a * b, 1);
  return { batch, channels, spatial, valuesPerChannel: batch * spatial };
}

/** Calls `visit(index)` for every element of channel `c`, in memory order. */
export function forEachInChannel(
  layout: ChannelLayout,
  c: number,
  visit: (index: number) => void,
): void {
  const { batch, channels, spatial } = layout;
  for (let n = 0; n < batch; n++) {
    const start = (n * channels + c) * spatial;
    for (let s = 0; s < spatial; s++) visit(start + s);
  }
}
