import { constructConv2d } from '../conv/conv2dShape';
import { constructConvTranspose2d } from '../conv/convTranspose2dShape';
import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toInt } from './context';
import {
  conv2dForward,
  convTranspose2dForward,
  fromConv,
  intOrPair,
  paddingArg,
  pairArg,
} from './convForward';
import { tensorArg } from './linearForward';
import type { Kwargs, PyValue } from './values';

/** `F.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)` and `F.conv_transpose2d(...)`. */
export function functionalConv(ctx: Ctx, transposed: boolean, a: PyValue[], kw: Kwargs): Tensor {
  const name = transposed ? 'conv_transpose2d' : 'conv2d';
  const names = transposed
    ? ['input', 'weight', 'bias', 'stride', 'padding', 'output_padding', 'groups', 'dilation']
    : ['input', 'weight', 'bias', 'stride', 'padding', 'dilation', 'groups'];
  const v = bindArgs(
    name,
    names,
    { bias: null, stride: 1n, padding: 0n, output_padding: 0n, dilation: 1n, groups: 1n },
    a,
    kw,
  );
  const x = tensorArg(name, 'input', 1, v[0]);
  const w = tensorArg(name, 'weight', 2, v[1]);
  // ATen reads the convolution's rank from the weight: a 2-D stride must match it.
  if (w.shape.length === 3 || w.shape.length === 5)
    throw runtimeError(
      `expected stride to be a single integer value or a list of ${w.shape.length - 2} values to match the convolution dimensions, but got stride=[${pairArg(v[3]).join(', ')}]`,
    );
  const b = v[2] === null ? null : tensorArg(name, 'bias', 3, v[2]);
  const groups = toInt(v[6]);
  const k: [number, number] = [w.shape[2] ?? 1, w.shape[3] ?? 1];
  const common = { kernelSize: k, stride: intOrPair(v[3]), groups, bias: b !== null };
  if (!transposed) {
    if (groups > 0 && w.shape[0] % groups !== 0)
      throw runtimeError(
        `Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${formatDims(w.shape)}] instead`,
      );
    const cfg = {
      ...common,
      inChannels: (w.shape[1] ?? 0) * groups,
      outChannels: w.shape[0],
      padding: paddingArg(v[4]),
      dilation: intOrPair(v[5]),
    };
    const g = fromConv(ctx, () =>
      constructConv2d({ ...cfg, groups: 1, stride: typeof v[4] === 'string' ? 1 : cfg.stride }),
    );
    const stride = pairArg(v[3]);
    if (v[4] === 'same' && stride.some((s) => s !== 1))
      throw runtimeError("padding='same' is not supported for strided convolutions");
    return conv2dForward(ctx, { ...g, groups, stride }, x, w, b);
  }
  const g = fromConv(ctx, () =>
    constructConvTranspose2d({
      ...common,
      groups: 1,
      inChannels: w.shape[0],
      outChannels: (w.shape[1] ?? 0) * groups,
      padding: intOrPair(v[4]),
      outputPadding: intOrPair(v[5]),
      dilation: intOrPair(v[7]),
    }),
  );
  return convTranspose2dForward(ctx, { ...g, groups }, x, w, b);
}
