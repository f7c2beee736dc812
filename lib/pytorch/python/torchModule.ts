// Longer than 300 lines: a binding table, one entry per torch function the session models.
import type { DType } from '../dtype';
import { isFloating } from '../dtype';
import { PyError, typeError } from '../errors';
import { checkStrides, NdArray, tensorSharing } from '../numpy';
import { clone, detach, toDtype } from '../ops/copy';
import {
  arange,
  checkRequiresGrad,
  eye,
  filled,
  linspace,
  randint,
  random,
  tensorFromData,
  unpackLong,
} from '../ops/create';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, shapeArgs, toBool, toFloat, toInt } from './context';
import { addmm } from '../ops/addmm';
import { autogradModule } from './autogradModule';
import { tensorArg } from './linearForward';
import { nnModule } from './nnModule';
import { optimModule } from './optimModule';
import { defineJoinCompare } from './torchFunctions';
import { einsum } from '../ops/einsum';
import { defineRandom } from './torchRandom';
import { nestedOf } from './nestedData';
import { checkDevice, defineDevices } from './devices';
import { definePrintOptions } from './printOptions';
import { TENSOR_METHODS } from './tensorBinding';
import type { Kwargs, PyValue } from './values';
import { builtin, DTypeValue, PyList, PyObject, PyTuple } from './values';

export const TORCH_DTYPES: Record<string, DType> = {
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  float16: 'float16',
  half: 'float16',
  int64: 'int64',
  long: 'int64',
  int32: 'int32',
  int: 'int32',
  int16: 'int16',
  short: 'int16',
  int8: 'int8',
  uint8: 'uint8',
  bool: 'bool',
};

/** Real torch names outside the session's model: they answer with one line naming them. */
const UNMODELLED_TORCH = new Set([
  'linalg',
  'fft',
  'distributions',
  'jit',
  'save',
  'load',
  'inverse',
  'det',
  'solve',
  'lstsq',
  'svd',
  'qr',
  'cholesky',
  'pinverse',
  'cdist',
  'histc',
  'bincount',
  'cumprod',
  'gather',
  'scatter',
  'index_select',
  'masked_select',
  'nonzero',
  'tril',
  'triu',
  'diag',
  'kron',
  'roll',
  'flip',
  'meshgrid',
  'tile',
  'repeat_interleave',
  'multinomial',
  'bernoulli',
  'poisson',
  'complex',
  'fmax',
  'fmin',
  'maximum',
  'minimum',
  'lerp',
  'erf',
  'atan2',
]);

const dtypeOf = (kw: Kwargs): DType | null => {
  const d = kw.get('dtype');
  if (d === undefined || d === null) return null;
  if (!(d instanceof DTypeValue)) throw typeError("argument 'dtype' must be torch.dtype");
  return d.dtype;
};
const requiresGrad = (kw: Kwargs) => toBool(kw.get('requires_grad') ?? false);

/** A context manager that sets grad mode and restores it on exit (also a decorator). */
function gradMode(ctx: Ctx, enabled: boolean, name: string): PyObject {
  const cm = new PyObject(
    `torch.autograd.grad_mode.${name}`,
    () => `<torch.autograd.grad_mode.${name} object at 0x7f0000000000>`,
  );
  let saved: boolean[] = [];
  cm.enter = () => {
    saved.push(ctx.rt.gradEnabled);
    ctx.rt.gradEnabled = enabled;
    return null;
  };
  cm.exit = () => {
    ctx.rt.gradEnabled = saved.pop() ?? true;
  };
  cm.call = (args) => {
    const fn = args[0];
    const wrapped = new PyObject('function', () =>
      fn instanceof PyObject ? fn.repr() : 'function',
    );
    wrapped.call = (a, k) => {
      cm.enter!();
      try {
        return ctx.call(fn, a, k);
      } finally {
        cm.exit!();
      }
    };
    return wrapped;
  };
  saved = [];
  return cm;
}

function generatorObject(ctx: Ctx): PyObject {
  const g = new PyObject(
    'torch._C.Generator',
    () => '<torch._C.Generator object at 0x7f0000000000>',
  );
  g.attrs.set(
    'initial_seed',
    builtin('initial_seed', () => BigInt(ctx.rt.generator.initialSeed())),
  );
  g.attrs.set(
    'manual_seed',
    builtin('manual_seed', (a) => (ctx.rt.generator.manualSeed(toInt(a[0])), g)),
  );
  return g;
}

/** `torch.tensor(data)`: copies; from a tensor it warns and detaches. */
function tensor(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const data = arg(a, kw, 0, 'data');
  const rg = requiresGrad(kw);
  const d = dtypeOf(kw);
  if (data instanceof Tensor) {
    ctx.rt.warn(
      'UserWarning',
      'To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).',
    );
    const t =
      d && d !== data.dtype ? toDtype(ctx.rt, detach(ctx.rt, data), d) : ctx.rt.copyOf(data);
    checkRequiresGrad(t.dtype, rg);
    t.requiresGrad = rg;
    return t;
  }
  if (data instanceof NdArray) {
    checkStrides(data);
    const t = d && d !== data.dtype ? toDtype(ctx.rt, data.view, d) : ctx.rt.copyOf(data.view);
    checkRequiresGrad(t.dtype, rg);
    t.requiresGrad = rg;
    return t;
  }
  return tensorFromData(ctx.rt, nestedOf(data), d, rg);
}

/** The `torch` module object of a session. */
export function torchModule(ctx: Ctx): PyObject {
  const rt = ctx.rt;
  const torch = new PyObject(
    'module',
    () => "<module 'torch' from '/usr/lib/python3/dist-packages/torch/__init__.py'>",
  );
  // Every factory's device= must name the CPU (a CUDA device fails as in a CPU-only build).
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) =>
    torch.attrs.set(
      name,
      builtin(name, (a, kw) => (checkDevice(kw.get('device')), fn(a, kw))),
    );
  const fill = (name: string, value: number | null) =>
    def(name, (a, kw) => {
      const v = value ?? toFloat(kw.get('fill_value') ?? a[1]);
      const args = value === null ? a.slice(0, 1) : a;
      const fv = kw.get('fill_value') ?? a[1];
      const d = dtypeOf(kw) ?? (value === null && typeof fv === 'bigint' ? 'int64' : 'float32');
      const t = filled(rt, shapeArgs(args, kw), v, d, requiresGrad(kw));
      return value === null && typeof fv === 'bigint' && !isFloating(d)
        ? rt.fromExact(new Array<bigint>(t.numel()).fill(unpackLong(fv)), t.shape, d)
        : t;
    });
  fill('zeros', 0);
  fill('ones', 1);
  fill('empty', 0);
  fill('full', null);
  const like = (name: string, value: number) =>
    def(name, (a, kw) => {
      const src = arg(a, kw, 0, 'input') as Tensor;
      return filled(rt, src.shape.slice(), value, dtypeOf(kw) ?? src.dtype, requiresGrad(kw));
    });
  like('zeros_like', 0);
  like('ones_like', 1);
  like('empty_like', 0);
  def('full_like', (a, kw) => {
    const src = arg(a, kw, 0, 'input') as Tensor;
    const value = toFloat(arg(a, kw, 1, 'fill_value'));
    return filled(rt, src.shape.slice(), value, dtypeOf(kw) ?? src.dtype, requiresGrad(kw));
  });
  def('tensor', (a, kw) => tensor(ctx, a, kw));
  def('as_tensor', (a, kw) => {
    const data = arg(a, kw, 0, 'data');
    const d = dtypeOf(kw);
    if (data instanceof Tensor) return d ? toDtype(rt, data, d) : data;
    if (data instanceof NdArray)
      return !d || d === data.dtype
        ? tensorSharing(rt, data)
        : rt.fromValues(data.view.values(), data.view.shape, d);
    return tensorFromData(rt, nestedOf(data), d, false);
  });
  def('from_numpy', (a) => {
    if (!(a[0] instanceof NdArray))
      throw typeError(`expected np.ndarray (got ${a[0] instanceof PyList ? 'list' : typeof a[0]})`);
    return tensorSharing(rt, a[0]);
  });
  for (const kind of ['rand', 'randn'] as const) {
    def(kind, (a, kw) =>
      random(rt, kind, shapeArgs(a, kw), dtypeOf(kw) ?? 'float32', requiresGrad(kw)),
    );
  }
  def('randint', (a, kw) => {
    const ints = a.filter((x) => typeof x === 'bigint').map((x) => toInt(x));
    const size = a.find((x) => x instanceof PyTuple || x instanceof PyList) ?? kw.get('size');
    const [low, high] = ints.length === 1 ? [0, ints[0]] : [ints[0], ints[1]];
    return randint(
      rt,
      toInt(kw.get('low') ?? BigInt(low)),
      toInt(kw.get('high') ?? BigInt(high)),
      shapeArgs([size ?? new PyTuple([])], new Map()),
      dtypeOf(kw) ?? 'int64',
    );
  });
  def('arange', (a, kw) => {
    const nums = a.map(toFloat);
    const [start, end] = nums.length === 1 ? [0, nums[0]] : [nums[0], nums[1]];
    const isInt = a.every((x) => typeof x === 'bigint');
    return arange(
      rt,
      start,
      end,
      nums[2] ?? 1,
      dtypeOf(kw) ?? (isInt ? 'int64' : 'float32'),
      requiresGrad(kw),
    );
  });
  def('linspace', (a, kw) => {
    const d = dtypeOf(kw) ?? 'float32';
    checkRequiresGrad(d, requiresGrad(kw));
    const t = linspace(rt, toFloat(a[0]), toFloat(a[1]), toInt(arg(a, kw, 2, 'steps')), d);
    t.requiresGrad = requiresGrad(kw);
    return t;
  });
  def('eye', (a, kw) => eye(rt, toInt(a[0]), toInt(a[1] ?? a[0]), dtypeOf(kw) ?? 'float32'));
  def('manual_seed', (a, kw) => {
    rt.generator.manualSeed(toInt(arg(a, kw, 0, 'seed')));
    return generatorObject(ctx);
  });
  def('initial_seed', () => BigInt(rt.generator.initialSeed()));
  def('is_grad_enabled', () => rt.gradEnabled);
  def('is_tensor', (a) => a[0] instanceof Tensor);
  def('is_floating_point', (a) => a[0] instanceof Tensor && isFloating(a[0].dtype));
  def('no_grad', () => gradMode(ctx, false, 'no_grad'));
  def('enable_grad', () => gradMode(ctx, true, 'enable_grad'));
  def('set_grad_enabled', (a, kw) => {
    const mode = toBool(arg(a, kw, 0, 'mode'));
    const prev = rt.gradEnabled;
    rt.gradEnabled = mode;
    const cm = gradMode(ctx, mode, 'set_grad_enabled');
    cm.enter = () => null;
    cm.exit = () => {
      rt.gradEnabled = prev;
    };
    return cm;
  });
  def('clone', (a) => clone(rt, a[0] as Tensor));
  const methodAlias = [
    'mean',
    'sum',
    'max',
    'min',
    'abs',
    'exp',
    'log',
    'sqrt',
    'relu',
    'sigmoid',
    'tanh',
    'sin',
    'cos',
    'neg',
    'pow',
    'add',
    'sub',
    'mul',
    'div',
    'matmul',
    'mm',
    'mv',
    'dot',
    't',
    'reshape',
    'flatten',
    'squeeze',
    'unsqueeze',
    'transpose',
    'permute',
    'numel',
    'detach',
    'square',
    'reciprocal',
    'std',
    'var',
    'prod',
    'argmax',
    'argmin',
    'all',
    'any',
    'softmax',
    'log_softmax',
    'bmm',
    'floor_divide',
    'remainder',
    'fmod',
    'sort',
    'argsort',
    'topk',
    'clamp',
    'clip',
    'outer',
    'unique',
    'split',
    'chunk',
    'cumsum',
    'trace',
    'round',
    'sign',
    'gather',
    'amax',
    'amin',
    'eq',
    'ne',
    'lt',
    'le',
    'gt',
    'ge',
    'median',
    'logsumexp',
    'norm',
    'count_nonzero',
    'diff',
    'floor',
    'ceil',
    'trunc',
  ];
  for (const m of methodAlias) {
    def(m, (a, kw) => {
      const self = arg(a, kw, 0, 'input');
      if (!(self instanceof Tensor))
        throw typeError(`${m}(): argument 'input' must be Tensor, not ${typeof self}`);
      return TENSOR_METHODS[m](
        ctx,
        self,
        a.slice(1),
        new Map([...kw].filter(([k]) => k !== 'input')),
      );
    });
  }
  def('addmm', (a, kw) => {
    const [bias, m1, m2] = (['input', 'mat1', 'mat2'] as const).map((n, i) =>
      tensorArg('addmm', n, i + 1, arg(a, kw, i, n)),
    );
    return addmm(rt, bias, m1, m2, toFloat(kw.get('beta') ?? 1), toFloat(kw.get('alpha') ?? 1));
  });
  def('einsum', (a) => {
    const ops =
      a.length === 2 && (a[1] instanceof PyList || a[1] instanceof PyTuple)
        ? a[1].items
        : a.slice(1);
    if (typeof a[0] !== 'string') throw typeError("einsum(): argument 'equation' must be str");
    return einsum(
      rt,
      a[0],
      ops.map((t, i) => tensorArg('einsum', 'operands', i + 2, t)),
    );
  });
  defineJoinCompare(ctx, def);
  defineRandom(ctx, def);
  definePrintOptions(ctx, def);
  for (const [name, d] of Object.entries(TORCH_DTYPES))
    torch.attrs.set(name, new DTypeValue(d, false));
  const tensorClass = new PyObject('type', () => "<class 'torch.Tensor'>");
  torch.attrs.set('Tensor', tensorClass);
  torch.attrs.set(
    'Size',
    builtin('Size', (a) => new PyTuple(a.length ? ctx.iterate(a[0]) : [], true)),
  );
  torch.attrs.set('nn', nnModule(ctx));
  torch.attrs.set('optim', optimModule(ctx));
  torch.attrs.set('__version__', '1.13.0a0');
  torch.attrs.set('autograd', autogradModule(ctx));
  defineDevices(torch);
  torch.getattr = (name) => {
    if (torch.attrs.has(name)) return torch.attrs.get(name);
    if (UNMODELLED_TORCH.has(name)) throw notImplemented(`torch.${name}`);
    throw new PyError('AttributeError', `module 'torch' has no attribute '${name}'`);
  };
  return torch;
}
