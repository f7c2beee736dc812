import type { PaddingArg } from '../conv/normalizeArgs';
import type { Conv2dModule } from '../conv/conv2dShape';
import { conv2dForwardShape } from '../conv/conv2dShape';
import type { ConvTranspose2dModule } from '../conv/convTranspose2dShape';
import { convTranspose2dForwardShape } from '../conv/convTranspose2dShape';
import type { IntOrPair } from '../conv/normalizeArgs';
import type { DType } from '../dtype';
import { runtimeError, type TorchWarning } from '../errors';
import { convolution } from '../ops/conv2d';
import type { Conv2dGeometry } from '../ops/conv2d';
import { pad2d } from '../ops/pad2d';
import { squeeze, unsqueeze } from '../ops/views';
import type { Tensor } from '../tensor';
import type { Ctx } from './context';
import { notImplemented, toInt } from './context';
import type { PyValue } from './values';
import { DTypeValue, PyTuple } from './values';

/** Runs a check of the pure conv model (`lib/conv`, which raises the session's PyError), showing its warnings. */
export function fromConv<T>(ctx: Ctx, f: (warnings: TorchWarning[]) => T): T {
  const warnings: TorchWarning[] = [];
  try {
    return f(warnings);
  } finally {
    for (const w of warnings) {
      const [category, ...rest] = w.message.split(': ');
      const text = rest.join(': ');
      ctx.rt.warn(
        category,
        text.startsWith('Using padding')
          ? `${text} (Triggered internally at  ./aten/src/ATen/native/Convolution.cpp:895.)`
          : text,
      );
    }
  }
}

/** The session's layers hold float32 parameters: another `dtype=` is refused in one line rather than ignored. */
export function checkFactoryKwargs(className: string, dtype: PyValue): void {
  if (dtype !== null && !(dtype instanceof DTypeValue && dtype.dtype === 'float32'))
    throw notImplemented(`${className}(dtype=...) other than torch.float32`);
}

/** `_pair(x)`'s input: an int or a tuple of two ints. */
export function intOrPair(v: PyValue): IntOrPair {
  if (v instanceof PyTuple) return [toInt(v.items[0]), toInt(v.items[v.items.length > 1 ? 1 : 0])];
  return toInt(v);
}

/** A convolution's `padding=`: a string ('same', 'valid') or an int or pair. */
export const paddingArg = (v: PyValue): PaddingArg => (typeof v === 'string' ? v : intOrPair(v));

/** `_pair(x)`: an int or a tuple of two ints as (height, width). */
export function pairArg(v: PyValue): [number, number] {
  const p = intOrPair(v);
  return typeof p === 'number' ? [p, p] : [p[0], p[1]];
}

const C_TYPE: Record<DType, string> = {
  float16: 'c10::Half',
  float32: 'float',
  float64: 'double',
  int64: 'long int',
  int32: 'int',
  int16: 'short int',
  int8: 'signed char',
  uint8: 'unsigned char',
  bool: 'bool',
};
const SCALAR: Record<DType, string> = {
  float16: 'Half',
  float32: 'Float',
  float64: 'Double',
  int64: 'Long',
  int32: 'Int',
  int16: 'Short',
  int8: 'Char',
  uint8: 'Byte',
  bool: 'Bool',
};

/** The backend's dtype checks: the bias's message when there is a bias, else the weight's. */
function checkTypes(x: Tensor, w: Tensor, b: Tensor | null): void {
  if (b && b.dtype !== x.dtype)
    throw runtimeError(
      `Input type (${C_TYPE[x.dtype]}) and bias type (${C_TYPE[b.dtype]}) should be the same`,
    );
  if (w.dtype !== x.dtype)
    throw runtimeError(`expected scalar type ${SCALAR[x.dtype]} but found ${SCALAR[w.dtype]}`);
}

/** `bias`: 1-D with one element per filter, checked before the shapes. */
function checkBias(w: Tensor, b: Tensor | null, outChannels: number): void {
  if (w.shape.length < 3) throw runtimeError('weight should have at least three dimensions');
  if (b && (b.shape.length !== 1 || b.shape[0] !== outChannels)) {
    throw runtimeError(
      `Given weight of size [${w.shape.join(', ')}], expected bias to be 1-dimensional with ${outChannels} elements, but got bias of size [${b.shape.join(', ')}] instead`,
    );
  }
}

/** Conv2d forward on (C, H, W) or (N, C, H, W): checks, then the kernel; unbatched input goes through unsqueeze/squeeze as ATen does. */
export function conv2dForward(
  ctx: Ctx,
  m: Conv2dModule,
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
): Tensor {
  checkBias(w, b, w.shape[0]);
  const live: Conv2dModule = {
    ...m,
    weightShape: w.shape,
    kernel: [w.shape[2], w.shape[3] ?? 1],
    outChannels: w.shape[0],
  };
  const outShape = fromConv(ctx, (warnings) => conv2dForwardShape(live, x.shape, warnings));
  checkTypes(x, w, b);
  const [l, , t] = m.paddingLRTB;
  const geometry: Conv2dGeometry = {
    stride: m.stride,
    padding: [t, l],
    dilation: m.dilation,
    groups: m.groups,
  };
  if (m.paddingMode !== 'zeros') {
    // Conv2d._conv_forward: F.pad with the mode, then a convolution without padding.
    x = pad2d(ctx.rt, x, m.paddingLRTB, m.paddingMode);
    geometry.padding = [0, 0];
  }
  if (x.shape.length === 4) return convolution(ctx.rt, x, w, b, geometry, outShape, false);
  return squeeze(
    ctx.rt,
    convolution(ctx.rt, unsqueeze(ctx.rt, x, 0), w, b, geometry, [1, ...outShape], false),
    0,
  );
}

/** ConvTranspose2d forward, the adjoint of Conv2d's index relation. */
export function convTranspose2dForward(
  ctx: Ctx,
  m: ConvTranspose2dModule,
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
  outputSize?: number[],
): Tensor {
  const outChannels = (w.shape[1] ?? 0) * m.groups;
  checkBias(w, b, outChannels);
  const live: ConvTranspose2dModule = {
    ...m,
    weightShape: w.shape,
    kernel: [w.shape[2], w.shape[3] ?? 1],
    outChannels,
  };
  const outShape = fromConv(ctx, () => convTranspose2dForwardShape(live, x.shape, outputSize));
  checkTypes(x, w, b);
  const padding = m.padding as [number, number];
  const geometry: Conv2dGeometry = {
    stride: m.stride,
    padding,
    dilation: m.dilation,
    groups: m.groups,
  };
  if (x.shape.length === 4) return convolution(ctx.rt, x, w, b, geometry, outShape, true);
  return squeeze(
    ctx.rt,
    convolution(ctx.rt, unsqueeze(ctx.rt, x, 0), w, b, geometry, [1, ...outShape], true),
    0,
  );
}
