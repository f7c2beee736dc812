import { PyError, runtimeError, valueError } from '../errors';
import { formatDims } from '../formatShape';
import { scalarTypeName } from '../dtype';
import { kaimingUniformParameters } from '../linearLayer';
import { convolution } from '../ops/conv2d';
import { squeeze, unsqueeze } from '../ops/views';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { notImplemented, toBool, toInt } from './context';
import { checkFactoryKwargs } from './convForward';
import { CONV_ARGS, CONV_DEFAULTS } from './convModules';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { PyTuple } from './values';

/** A 1-D convolution's settings; padding is a number of zeros or 'same' / 'valid'. */
interface Conv1dSettings {
  stride: number;
  padding: number | 'same' | 'valid';
  dilation: number;
  groups: number;
}

/** `_single(x)`: an int or a one-element tuple. */
const single = (v: PyValue): number => toInt(v instanceof PyTuple ? v.items[0] : v);

/** The left padding and the total padding of the length dim (ATen pads the extra on the right). */
function paddingOf(s: Conv1dSettings, k: number): [number, number] {
  if (s.padding === 'valid') return [0, 0];
  if (s.padding === 'same') {
    const total = s.dilation * (k - 1);
    return [Math.floor(total / 2), total];
  }
  return [s.padding, 2 * s.padding];
}

/**
 * `F.conv1d(x, w, b, ...)` on (C, L) or (N, C, L): ATen's checks with 1-D sizes, then the
 * Conv2d kernel on the same memory seen as (N, C, 1, L), one ConvolutionBackward0 node.
 */
function conv1dForward(
  ctx: Ctx,
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
  s: Conv1dSettings,
): Tensor {
  if (x.shape.length !== 2 && x.shape.length !== 3)
    throw runtimeError(
      `Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: ${formatDims(x.shape)}`,
    );
  if (x.shape.length === 2)
    return squeeze(ctx.rt, conv1dForward(ctx, unsqueeze(ctx.rt, x, 0), w, b, s), 0);
  if (w.shape.length !== 3)
    throw runtimeError(
      `Expected 3-dimensional weight for 3-dimensional input ${formatDims(x.shape)}, but got ${w.shape.length}-dimensional weight of size ${formatDims(w.shape)} instead`,
    );
  const [n, c, len] = x.shape;
  const [out, perGroup, k] = w.shape;
  if (s.stride <= 0) throw runtimeError('non-positive stride is not supported');
  if (typeof s.padding === 'number' && s.padding < 0)
    throw runtimeError('negative padding is not supported');
  if (s.dilation <= 0) throw runtimeError('dilation should be greater than zero');
  if (c !== perGroup * s.groups)
    throw runtimeError(
      `Given groups=${s.groups}, weight of size ${formatDims(w.shape)}, expected input${formatDims(x.shape)} to have ${perGroup * s.groups} channels, but got ${c} channels instead`,
    );
  if (b && (b.shape.length !== 1 || b.shape[0] !== out))
    throw runtimeError(
      `Given weight of size ${formatDims(w.shape)}, expected bias to be 1-dimensional with ${out} elements, but got bias of size ${formatDims(b.shape)} instead`,
    );
  const [left, total] = paddingOf(s, k);
  if (s.padding === 'same' && s.dilation % 2 === 1 && k % 2 === 0)
    ctx.rt.warn(
      'UserWarning',
      "Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created (Triggered internally at  ./aten/src/ATen/native/Convolution.cpp:895.)",
    );
  const span = s.dilation * (k - 1) + 1;
  if (len + total < span)
    throw runtimeError(
      `Calculated padded input size per channel: (${len + total}). Kernel size: (${span}). Kernel size can't be greater than actual input size`,
    );
  // The 1-D path checks only the weight's dtype against the input's; the bias takes the input's.
  if (w.dtype !== x.dtype)
    throw runtimeError(
      `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(w.dtype)}`,
    );
  const lenOut = Math.floor((len + total - span) / s.stride) + 1;
  return convolution(
    ctx.rt,
    x,
    w,
    b,
    { stride: [1, s.stride], padding: [0, left], dilation: [1, s.dilation], groups: s.groups },
    [n, out, lenOut],
    false,
    { input: [n, c, 1, len], output: [n, out, 1, lenOut] },
  );
}

const paddingArg = (v: PyValue): Conv1dSettings['padding'] => {
  if (typeof v !== 'string') return single(v);
  if (v !== 'same' && v !== 'valid')
    throw valueError(`Invalid padding string '${v}', should be one of {'valid', 'same'}`);
  return v;
};

const tupleText = (n: number) => `(${n},)`;

/** `nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')`. */
export function conv1dModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs('Conv1d.__init__', CONV_ARGS, CONV_DEFAULTS, a, kw);
  checkFactoryKwargs('Conv1d', v[10]);
  const [inC, outC, k, groups] = [v[0], v[1], v[2], v[6]].map(single);
  const settings: Conv1dSettings = {
    stride: single(v[3]),
    padding: 0,
    dilation: single(v[5]),
    groups,
  };
  if (groups <= 0) throw valueError('groups must be a positive integer');
  if (inC % groups !== 0) throw valueError('in_channels must be divisible by groups');
  if (outC % groups !== 0) throw valueError('out_channels must be divisible by groups');
  settings.padding = paddingArg(v[4]);
  if (settings.padding === 'same' && settings.stride !== 1)
    throw valueError("padding='same' is not supported for strided convolutions");
  if (v[8] !== 'zeros') {
    if (!['reflect', 'replicate', 'circular'].includes(String(v[8])))
      throw valueError(
        `padding_mode must be one of {'zeros', 'reflect', 'replicate', 'circular'}, but got padding_mode='${String(v[8])}'`,
      );
    throw notImplemented(`Conv1d(padding_mode='${String(v[8])}')`);
  }
  const weightShape = [outC, inC / groups, k];
  if (weightShape.some((d) => d < 0))
    throw runtimeError(
      `Trying to create tensor with negative dimension ${weightShape.find((d) => d < 0)}: ${formatDims(weightShape)}`,
    );
  if (weightShape.includes(0))
    ctx.rt.warn('UserWarning', 'Initializing zero-element tensors is a no-op');
  const hasBias = toBool(v[7]);
  const p = kaimingUniformParameters(ctx.rt, weightShape, hasBias ? outC : null);
  const m = newModule(ctx, 'Conv1d', 'conv', () => {
    const pad = settings.padding;
    let text = `${inC}, ${outC}, kernel_size=${tupleText(k)}, stride=${tupleText(settings.stride)}`;
    if (typeof pad === 'string') text += `, padding=${pad}`;
    else if (pad !== 0) text += `, padding=${tupleText(pad)}`;
    if (settings.dilation !== 1) text += `, dilation=${tupleText(settings.dilation)}`;
    if (groups !== 1) text += `, groups=${groups}`;
    if (m.getattr!('bias') === null) text += ', bias=False';
    return text;
  });
  m.registerParameter('weight', p.weight);
  m.registerParameter('bias', p.bias);
  for (const [name, n] of [
    ['in_channels', inC],
    ['out_channels', outC],
    ['groups', groups],
  ] as const)
    m.attrs.set(name, BigInt(n));
  for (const [name, n] of [
    ['kernel_size', k],
    ['stride', settings.stride],
    ['dilation', settings.dilation],
  ] as const)
    m.attrs.set(name, new PyTuple([BigInt(n)]));
  const pad = settings.padding;
  m.attrs.set('padding', typeof pad === 'string' ? pad : new PyTuple([BigInt(pad)]));
  m.attrs.set('padding_mode', 'zeros');
  m.forward = (x, kw2) =>
    conv1dForward(
      ctx,
      tensorArg('conv1d', 'input', 1, bindArgs('Conv1d.forward', ['input'], {}, x, kw2)[0]),
      m.getattr!('weight') as Tensor,
      m.getattr!('bias') as Tensor | null,
      settings,
    );
  return m;
}

/** `F.conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)`. */
export function functionalConv1d(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs(
    'conv1d',
    ['input', 'weight', 'bias', 'stride', 'padding', 'dilation', 'groups'],
    { bias: null, stride: 1n, padding: 0n, dilation: 1n, groups: 1n },
    a,
    kw,
  );
  const settings: Conv1dSettings = {
    stride: single(v[3]),
    padding: typeof v[4] === 'string' ? (v[4] as 'same' | 'valid') : single(v[4]),
    dilation: single(v[5]),
    groups: single(v[6]),
  };
  if (typeof v[4] === 'string' && v[4] !== 'same' && v[4] !== 'valid')
    throw runtimeError(`Invalid padding string: '${v[4]}'`);
  if (settings.padding === 'same' && settings.stride !== 1)
    throw runtimeError("padding='same' is not supported for strided convolutions");
  if (settings.groups <= 0)
    throw new PyError('RuntimeError', 'non-positive groups is not supported');
  return conv1dForward(
    ctx,
    tensorArg('conv1d', 'input', 1, v[0]),
    tensorArg('conv1d', 'weight', 2, v[1]),
    v[2] === null ? null : tensorArg('conv1d', 'bias', 3, v[2]),
    settings,
  );
}
