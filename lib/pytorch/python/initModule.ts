import { PyError, valueError } from '../errors';
import { calculateGain, fanInAndFanOut, type Nonlinearity } from '../kernels/calculateGain';
import { FILL, inplaceBinary, uniformInplace } from '../ops/inplace';
import { normalInplace } from '../ops/randomOps';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { notImplemented, toFloat } from './context';
import { tensorArg } from './linearForward';
import type { Kwargs, PyValue } from './values';
import { builtin, PyObject } from './values';

/** Initialisers of torch.nn.init this session does not model: one clear line, not an AttributeError. */
const UNMODELLED = new Set(['trunc_normal_', 'orthogonal_', 'sparse_', 'dirac_']);

const GAINS = new Set<string>([
  'linear',
  'conv1d',
  'conv2d',
  'conv3d',
  'conv_transpose1d',
  'conv_transpose2d',
  'conv_transpose3d',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'selu',
]);

/**
 * `init.calculate_gain(nonlinearity, param=None)`: Python's int 1 for the linear family and
 * sigmoid, a float otherwise; leaky_relu's slope must be an int or float (not a bool).
 */
function gain(nonlinearity: PyValue, param: PyValue): PyValue {
  const name = String(nonlinearity);
  if (!GAINS.has(name)) throw valueError(`Unsupported nonlinearity ${name}`);
  if (
    name === 'leaky_relu' &&
    param !== null &&
    typeof param !== 'number' &&
    typeof param !== 'bigint'
  )
    throw valueError(
      `negative_slope ${typeof param === 'boolean' ? (param ? 'True' : 'False') : String(param)} not a valid number`,
    );
  const value = calculateGain(name as Nonlinearity, param === null ? undefined : Number(param));
  return value === 1 && name !== 'leaky_relu' ? 1n : value;
}

/** Runs an in-place initialisation as `torch.no_grad()` does: no history, allowed on a leaf that requires grad. */
function noGrad(ctx: Ctx, f: () => Tensor): Tensor {
  const prev = ctx.rt.gradEnabled;
  ctx.rt.gradEnabled = false;
  try {
    return f();
  } finally {
    ctx.rt.gradEnabled = prev;
  }
}

function fan(t: Tensor, mode: PyValue): number {
  const m = String(mode);
  if (m !== 'fan_in' && m !== 'fan_out')
    throw valueError(`Mode ${m} not supported, please use one of ['fan_in', 'fan_out']`);
  const { fanIn, fanOut } = fanInAndFanOut(t.shape);
  return m === 'fan_in' ? fanIn : fanOut;
}

/** `torch.nn.init`: the initialisers of PyTorch 1.13, each written in place under no_grad and returning its tensor. */
export function initModule(ctx: Ctx): PyObject {
  const init = new PyObject(
    'module',
    () => "<module 'torch.nn.init' from '/usr/lib/python3/dist-packages/torch/nn/init.py'>",
  );
  const def = (
    name: string,
    names: string[],
    defaults: Record<string, PyValue>,
    f: (t: Tensor, args: PyValue[]) => Tensor,
  ) =>
    init.attrs.set(
      name,
      builtin(name, (a: PyValue[], kw: Kwargs) => {
        const args = bindArgs(name, ['tensor', ...names], defaults, a, kw);
        const t = tensorArg(name, 'tensor', 1, args[0]);
        return noGrad(ctx, () => f(t, args.slice(1)));
      }),
    );
  const uniform = (t: Tensor, low: number, high: number) => uniformInplace(ctx.rt, t, low, high);
  const normal = (t: Tensor, mean: number, std: number) => normalInplace(ctx.rt, t, mean, std);
  const fill = (t: Tensor, v: number) => inplaceBinary(ctx.rt, t, FILL, v);
  const warnEmpty = (t: Tensor) => {
    if (!t.shape.includes(0)) return false;
    ctx.rt.warn('UserWarning', 'Initializing zero-element tensors is a no-op');
    return true;
  };

  init.attrs.set(
    'calculate_gain',
    builtin('calculate_gain', (a: PyValue[], kw: Kwargs) => {
      const [n, p] = bindArgs('calculate_gain', ['nonlinearity', 'param'], { param: null }, a, kw);
      return gain(n, p);
    }),
  );
  def('uniform_', ['a', 'b'], { a: 0, b: 1 }, (t, [lo, hi]) =>
    uniform(t, toFloat(lo), toFloat(hi)),
  );
  def('normal_', ['mean', 'std'], { mean: 0, std: 1 }, (t, [m, s]) =>
    normal(t, toFloat(m), toFloat(s)),
  );
  def('constant_', ['val'], {}, (t, [v]) => fill(t, toFloat(v)));
  def('ones_', [], {}, (t) => fill(t, 1));
  def('zeros_', [], {}, (t) => fill(t, 0));
  def('eye_', [], {}, (t) => {
    if (t.shape.length !== 2) throw valueError('Only tensors with 2 dimensions are supported');
    const [rows, cols] = t.shape;
    const values = new Array<number>(rows * cols).fill(0);
    for (let i = 0; i < Math.min(rows, cols); i++) values[i * cols + i] = 1;
    return inplaceBinary(ctx.rt, t, FILL, ctx.rt.fromValues(values, t.shape.slice(), t.dtype));
  });
  const xavierStd = (t: Tensor, g: PyValue) => {
    const { fanIn, fanOut } = fanInAndFanOut(t.shape);
    return toFloat(g) * Math.sqrt(2.0 / (fanIn + fanOut));
  };
  def('xavier_uniform_', ['gain'], { gain: 1 }, (t, [g]) => {
    const a = Math.sqrt(3.0) * xavierStd(t, g);
    return uniform(t, -a, a);
  });
  def('xavier_normal_', ['gain'], { gain: 1 }, (t, [g]) => normal(t, 0, xavierStd(t, g)));
  const kaimingStd = (t: Tensor, a: PyValue, mode: PyValue, nonlinearity: PyValue) =>
    Number(gain(nonlinearity, a)) / Math.sqrt(fan(t, mode));
  const kaimingDefaults = { a: 0n, mode: 'fan_in', nonlinearity: 'leaky_relu' };
  def('kaiming_uniform_', ['a', 'mode', 'nonlinearity'], kaimingDefaults, (t, [a, m, n]) => {
    if (warnEmpty(t)) return t;
    const bound = Math.sqrt(3.0) * kaimingStd(t, a, m, n);
    return uniform(t, -bound, bound);
  });
  def('kaiming_normal_', ['a', 'mode', 'nonlinearity'], kaimingDefaults, (t, [a, m, n]) => {
    if (warnEmpty(t)) return t;
    return normal(t, 0, kaimingStd(t, a, m, n));
  });
  init.getattr = (name) => {
    if (init.attrs.has(name)) return init.attrs.get(name);
    if (UNMODELLED.has(name)) throw notImplemented(`nn.init.${name}`);
    throw new PyError('AttributeError', `module 'torch.nn.init' has no attribute '${name}'`);
  };
  return init;
}
