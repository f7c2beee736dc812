import { adaptiveAvgPool2d } from '../ops/adaptiveAvgPool2d';
import { valueError } from '../errors';
import { avgPool2d, maxPool2d } from '../ops/pool2d';
import type { Pool2dOptions } from '../ops/pool2d';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { notImplemented, toBool, toInt } from './context';
import { pairArg } from './convForward';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { PyList, pyRepr, PyTuple } from './values';

/** The options of `max_pool2d` / `avg_pool2d` from their Python arguments; stride None (or empty) is the kernel size. */
function options(
  kernel: PyValue,
  stride: PyValue,
  padding: PyValue,
  dilation: PyValue,
  ceil: PyValue,
  countIncludePad: PyValue,
  divisor: PyValue,
): Pool2dOptions {
  const k = pairArg(kernel);
  return {
    kernel: k,
    stride: stride === null ? k : pairArg(stride),
    padding: pairArg(padding),
    dilation: pairArg(dilation),
    ceilMode: toBool(ceil),
    countIncludePad: toBool(countIncludePad),
    divisorOverride: divisor === null ? null : toInt(divisor),
  };
}

const MAX_ARGS = ['kernel_size', 'stride', 'padding', 'dilation', 'return_indices', 'ceil_mode'];
const MAX_DEFAULTS = {
  stride: null,
  padding: 0n,
  dilation: 1n,
  return_indices: false,
  ceil_mode: false,
};
const AVG_ARGS = [
  'kernel_size',
  'stride',
  'padding',
  'ceil_mode',
  'count_include_pad',
  'divisor_override',
];
const AVG_DEFAULTS = {
  stride: null,
  padding: 0n,
  ceil_mode: false,
  count_include_pad: true,
  divisor_override: null,
};

/** `nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)`. */
export function maxPoolModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs('MaxPool2d.__init__', MAX_ARGS, MAX_DEFAULTS, a, kw);
  const stride = v[1] === null ? v[0] : v[1];
  const r = (x: PyValue) => pyRepr(x, ctx.addr);
  const m = newModule(
    ctx,
    'MaxPool2d',
    'pooling',
    () =>
      `kernel_size=${r(v[0])}, stride=${r(stride)}, padding=${r(v[2])}, dilation=${r(v[3])}, ceil_mode=${r(v[5])}`,
  );
  MAX_ARGS.forEach((name, i) => m.attrs.set(name, name === 'stride' ? stride : v[i]));
  const opts = options(v[0], v[1], v[2], v[3], v[5], true, null);
  m.forward = (x, k) => {
    if (toBool(v[4])) throw notImplemented('MaxPool2d(return_indices=True)');
    return maxPool2d(
      ctx.rt,
      tensorArg('max_pool2d', 'input', 1, bindArgs('MaxPool2d.forward', ['input'], {}, x, k)[0]),
      opts,
    );
  };
  return m;
}

/** `nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)`. */
export function avgPoolModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs('AvgPool2d.__init__', AVG_ARGS, AVG_DEFAULTS, a, kw);
  const stride = v[1] === null ? v[0] : v[1];
  const r = (x: PyValue) => pyRepr(x, ctx.addr);
  const m = newModule(
    ctx,
    'AvgPool2d',
    'pooling',
    () => `kernel_size=${r(v[0])}, stride=${r(stride)}, padding=${r(v[2])}`,
  );
  AVG_ARGS.forEach((name, i) => m.attrs.set(name, name === 'stride' ? stride : v[i]));
  const opts = options(v[0], v[1], v[2], 1n, v[3], v[4], v[5]);
  m.forward = (x, k) =>
    avgPool2d(
      ctx.rt,
      tensorArg('avg_pool2d', 'input', 1, bindArgs('AvgPool2d.forward', ['input'], {}, x, k)[0]),
      opts,
    );
  return m;
}

/** `F.max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)`. */
export function functionalMaxPool(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs(
    '_max_pool2d',
    ['input', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode', 'return_indices'],
    { stride: null, padding: 0n, dilation: 1n, ceil_mode: false, return_indices: false },
    a,
    kw,
  );
  if (toBool(v[6])) throw notImplemented('max_pool2d(return_indices=True)');
  return maxPool2d(
    ctx.rt,
    tensorArg('max_pool2d', 'input', 1, v[0]),
    options(v[1], v[2], v[3], v[4], v[5], true, null),
  );
}

/** `F.avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)`. */
export function functionalAvgPool(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs('avg_pool2d', ['input', ...AVG_ARGS], AVG_DEFAULTS, a, kw);
  return avgPool2d(
    ctx.rt,
    tensorArg('avg_pool2d', 'input', 1, v[0]),
    options(v[1], v[2], v[3], 1n, v[4], v[5], v[6]),
  );
}

/**
 * `_list_with_default(output_size, input.size())`: an int stands for both sizes; a None in
 * a tuple keeps the input's size there.
 */
function adaptiveSize(x: Tensor, size: PyValue): number[] {
  if (!(size instanceof PyTuple || size instanceof PyList)) return [toInt(size), toInt(size)];
  if (x.shape.length <= size.items.length)
    throw valueError(`Input dimension should be at least ${size.items.length + 1}`);
  const defaults = x.shape.slice(-size.items.length);
  return size.items.map((v, i) => (v === null ? defaults[i] : toInt(v)));
}

/** `F.adaptive_avg_pool2d(input, output_size)`. */
export function functionalAdaptiveAvgPool(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const [input, size] = bindArgs('adaptive_avg_pool2d', ['input', 'output_size'], {}, a, kw);
  const x = tensorArg('adaptive_avg_pool2d', 'input', 1, input);
  return adaptiveAvgPool2d(ctx.rt, x, adaptiveSize(x, size));
}

/** `nn.AdaptiveAvgPool2d(output_size)`: its repr shows output_size as given. */
export function adaptiveAvgPoolModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [size] = bindArgs('AdaptiveAvgPool2d.__init__', ['output_size'], {}, a, kw);
  const m = newModule(
    ctx,
    'AdaptiveAvgPool2d',
    'pooling',
    () => `output_size=${pyRepr(size, ctx.addr)}`,
  );
  m.attrs.set('output_size', size);
  m.forward = (x, k) => {
    const input = tensorArg(
      'adaptive_avg_pool2d',
      'input',
      1,
      bindArgs('AdaptiveAvgPool2d.forward', ['input'], {}, x, k)[0],
    );
    return adaptiveAvgPool2d(ctx.rt, input, adaptiveSize(input, m.attrs.get('output_size')!));
  };
  return m;
}
