import { PyError } from '../errors';

/** `padding_mode` of `nn.Conv2d`. */
export type PaddingMode = 'zeros' | 'reflect' | 'replicate' | 'circular';

export const PADDING_MODES: readonly PaddingMode[] = ['zeros', 'reflect', 'replicate', 'circular'];

/**
 * Shape of `F.pad(input, [left, right, top, bottom], mode)` for the non-zero padding modes a
 * Conv2d with `padding_mode != 'zeros'` applies before convolving, with PyTorch 1.13's errors
 * (ATen PadNd.cpp `_pad_enum`, `_pad_circular`, ReflectionPad.cpp): 3-D and 4-D inputs only,
 * reflect needs each pad smaller than its dimension (the message names the input's rank, as 1.13 prints it), circular wraps at most once and, in 1.13,
 * rejects unbatched input ("Invalid padding size, expected 2 but got 4").
 */
export function padShape(
  shape: readonly number[],
  lrtb: readonly [number, number, number, number],
  mode: Exclude<PaddingMode, 'zeros'>,
): number[] {
  const rank = shape.length;
  const fail = (msg: string): never => {
    throw new PyError('RuntimeError', msg);
  };
  if (lrtb.length > rank * 2) fail('Padding length too large');
  if (rank !== 3 && rank !== 4) {
    fail('Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now');
  }
  const [l, r, t, b] = lrtb;
  const h = shape[rank - 2];
  const w = shape[rank - 1];
  if (mode === 'reflect') {
    if (!(l < w && r < w)) {
      fail(
        `Argument #4: Padding size should be less than the corresponding input dimension, ` +
          `but got: padding (${l}, ${r}) at dimension ${rank - 1} of input ${rank}`,
      );
    }
    if (!(t < h && b < h)) {
      fail(
        `Argument #6: Padding size should be less than the corresponding input dimension, ` +
          `but got: padding (${t}, ${b}) at dimension ${rank - 2} of input ${rank}`,
      );
    }
  } else if (mode === 'circular') {
    const spatial = rank - 2;
    if (lrtb.length + 4 !== rank * 2) {
      fail(`Invalid padding size, expected ${spatial * 2} but got ${lrtb.length}`);
    }
    for (const [lo, hi, size] of [
      [t, b, h],
      [l, r, w],
    ] as const) {
      if (!(lo <= size && hi <= size)) fail('Padding value causes wrapping around more than once.');
      if (size + lo + hi < 0) fail('Negative padding value is resulting in an empty dimension.');
    }
  }
  return [...shape.slice(0, rank - 2), h + t + b, w + l + r];
}
