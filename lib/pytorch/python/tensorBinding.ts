// Longer than 300 lines: a binding table, one entry per Tensor attribute or method the session models.
import { checkDevice, isDeviceArg } from './devices';
import { COMPARE_TENSOR_METHODS } from './tensorMethodsCompare';
import { runBackward } from '../autograd';
import type { DType } from '../dtype';
import { isFloating } from '../dtype';
import { runtimeError, typeError, valueError } from '../errors';
import { ndarrayOf } from '../numpy';
import { clone, data, detach, setRequiresGrad, toDtype } from '../ops/copy';
import { COPY, FILL, inplaceBinary, uniformInplace, ZERO } from '../ops/inplace';
import { dot, mm, mv } from '../ops/linalg';
import type { Operand } from '../ops/pointwise';
import { ADD, DIV, MUL, SUB, UNARY, unary } from '../ops/pointwise';
import { extreme, extremeDim, mean, sum } from '../ops/reduce';
import {
  expand,
  flatten,
  permute,
  reshape,
  squeeze,
  t2,
  transpose,
  unsqueeze,
  view,
  wrapDim,
} from '../ops/views';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, shapeArgs, toBool, toInt } from './context';
import { binop } from './operators';
import { MORE_TENSOR_METHODS } from './tensorMethodsMore';
import { DIVISION_METHODS } from './tensorDivision';
import { SELECT_TENSOR_METHODS } from './tensorMethodsSelect';
import { INPLACE_UNARY_METHODS } from './tensorInplaceUnary';
import type { Kwargs, PyValue } from './values';
import { builtin, DTypeValue, PyList, PyObject, PyTuple, typeName } from './values';
import { formatTorchSize } from '../formatShape';

export const NONLEAF_GRAD_WARNING =
  "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). " +
  'If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. ' +
  'If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. ' +
  'See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)';

export function sizeOf(shape: readonly number[]): PyTuple {
  return new PyTuple(
    shape.map((n) => BigInt(n)),
    true,
  );
}

/** A Python scalar from one element: float for floating dtypes, int, or bool. */
export function pyScalar(v: number | bigint, dtype: DType): PyValue {
  if (dtype === 'bool') return Number(v) !== 0;
  return isFloating(dtype) ? Number(v) : BigInt(v);
}

/** Row-major elements, exact for integer dtypes. */
const elements = (t: Tensor): ArrayLike<number | bigint> =>
  isFloating(t.dtype) ? t.values() : t.exactValues();

export function toList(t: Tensor): PyValue {
  const v = elements(t);
  let k = 0;
  const build = (d: number): PyValue =>
    d === t.shape.length
      ? pyScalar(v[k++], t.dtype)
      : new PyList(Array.from({ length: t.shape[d] }, () => build(d + 1)));
  return build(0);
}

function dimsArg(v: PyValue): number[] | null {
  if (v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map((x) => toInt(x));
  return [toInt(v)];
}

const operand = (v: PyValue): Operand => {
  if (
    v instanceof Tensor ||
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean'
  )
    return v;
  throw typeError(
    `argument 'other' must be Tensor or Number, not ${v === null ? 'NoneType' : typeof v}`,
  );
};

/** `tensor.backward(gradient=None, retain_graph=None)`. */
export function backward(ctx: Ctx, t: Tensor, gradient: PyValue, retain: PyValue): null {
  let g: Float64Array;
  if (gradient === null) {
    if (!t.needsGrad)
      throw runtimeError('element 0 of tensors does not require grad and does not have a grad_fn');
    if (t.numel() !== 1)
      throw runtimeError('grad can be implicitly created only for scalar outputs');
    g = Float64Array.of(1);
  } else {
    const gt = gradient instanceof Tensor ? gradient : null;
    if (!gt) throw typeError('gradient must be a Tensor');
    if (gt.shape.length !== t.shape.length || gt.shape.some((n, i) => n !== t.shape[i])) {
      throw runtimeError(
        `Mismatch in shape: grad_output[0] has a shape of ${formatTorchSize(gt.shape)} and output[0] has a shape of ${formatTorchSize(t.shape)}.`,
      );
    }
    g = gt.values();
  }
  runBackward(ctx.rt, t, g, retain === null ? false : toBool(retain));
  return null;
}

type Method = (ctx: Ctx, t: Tensor, args: PyValue[], kw: Kwargs) => PyValue;

const unaryMethod =
  (name: keyof typeof UNARY): Method =>
  (ctx, t) =>
    unary(ctx.rt, UNARY[name], t);
const inplace =
  (spec: typeof ADD): Method =>
  (ctx, t, a, kw) =>
    inplaceBinary(ctx.rt, t, spec, operand(arg(a, kw, 0, 'other')));
const cast =
  (d: DType): Method =>
  (ctx, t) =>
    toDtype(ctx.rt, t, d);
const reduceMethod =
  (f: typeof sum): Method =>
  (ctx, t, a, kw) =>
    f(ctx.rt, t, dimsArg(arg(a, kw, 0, 'dim', null)), toBool(arg(a, kw, 1, 'keepdim', false)));

function extremeMethod(which: 'max' | 'min'): Method {
  return (ctx, t, a, kw) => {
    const dim = arg(a, kw, 0, 'dim', null);
    if (dim === null) return extreme(ctx.rt, t, which);
    if (dim instanceof Tensor) throw notImplemented(`elementwise ${which} of two tensors`);
    const [values, indices] = extremeDim(
      ctx.rt,
      t,
      which,
      toInt(dim),
      toBool(arg(a, kw, 1, 'keepdim', false)),
    );
    return new PyTuple([values, indices], false, {
      type: `torch.return_types.${which}`,
      fields: ['values', 'indices'],
    });
  };
}

/** The tensor methods the session knows, by Python name. */
export const TENSOR_METHODS: Record<string, Method> = {
  backward: (ctx, t, a, kw) =>
    backward(ctx, t, arg(a, kw, 0, 'gradient', null), arg(a, kw, 1, 'retain_graph', null)),
  mean: reduceMethod(mean),
  sum: reduceMethod(sum),
  max: extremeMethod('max'),
  min: extremeMethod('min'),
  abs: unaryMethod('abs'),
  exp: unaryMethod('exp'),
  log: unaryMethod('log'),
  sqrt: unaryMethod('sqrt'),
  relu: unaryMethod('relu'),
  sigmoid: unaryMethod('sigmoid'),
  tanh: unaryMethod('tanh'),
  sin: unaryMethod('sin'),
  sign: unaryMethod('sign'),
  floor: unaryMethod('floor'),
  ceil: unaryMethod('ceil'),
  trunc: unaryMethod('trunc'),
  cos: unaryMethod('cos'),
  neg: unaryMethod('neg'),
  reciprocal: unaryMethod('reciprocal'),
  square: unaryMethod('square'),
  pow: (ctx, t, a, kw) => binop(ctx.rt, '**', t, arg(a, kw, 0, 'exponent')),
  add: (ctx, t, a, kw) => binop(ctx.rt, '+', t, arg(a, kw, 0, 'other')),
  sub: (ctx, t, a, kw) => binop(ctx.rt, '-', t, arg(a, kw, 0, 'other')),
  mul: (ctx, t, a, kw) => binop(ctx.rt, '*', t, arg(a, kw, 0, 'other')),
  div: (ctx, t, a, kw) => binop(ctx.rt, '/', t, arg(a, kw, 0, 'other')),
  matmul: (ctx, t, a, kw) => binop(ctx.rt, '@', t, arg(a, kw, 0, 'other')),
  mm: (ctx, t, a, kw) => mm(ctx.rt, t, arg(a, kw, 0, 'mat2') as Tensor),
  mv: (ctx, t, a, kw) => mv(ctx.rt, t, arg(a, kw, 0, 'vec') as Tensor),
  dot: (ctx, t, a, kw) => dot(ctx.rt, t, arg(a, kw, 0, 'tensor') as Tensor),
  t: (ctx, t) => t2(ctx.rt, t),
  view: (ctx, t, a, kw) => view(ctx.rt, t, shapeArgs(a, kw)),
  reshape: (ctx, t, a, kw) => reshape(ctx.rt, t, shapeArgs(a, kw, 'shape')),
  flatten: (ctx, t, a, kw) =>
    flatten(ctx.rt, t, toInt(arg(a, kw, 0, 'start_dim', 0n)), toInt(arg(a, kw, 1, 'end_dim', -1n))),
  squeeze: (ctx, t, a, kw) => {
    const d = arg(a, kw, 0, 'dim', null);
    return squeeze(ctx.rt, t, d === null ? undefined : toInt(d));
  },
  unsqueeze: (ctx, t, a, kw) => unsqueeze(ctx.rt, t, toInt(arg(a, kw, 0, 'dim'))),
  transpose: (ctx, t, a, kw) =>
    transpose(ctx.rt, t, toInt(arg(a, kw, 0, 'dim0')), toInt(arg(a, kw, 1, 'dim1'))),
  permute: (ctx, t, a, kw) => permute(ctx.rt, t, shapeArgs(a, kw, 'dims')),
  expand: (ctx, t, a, kw) => expand(ctx.rt, t, shapeArgs(a, kw)),
  clone: (ctx, t) => clone(ctx.rt, t),
  detach: (ctx, t) => detach(ctx.rt, t),
  contiguous: (ctx, t) => (t.isContiguous() ? t : clone(ctx.rt, t)),
  requires_grad_: (_ctx, t, a, kw) =>
    setRequiresGrad(t, toBool(arg(a, kw, 0, 'requires_grad', true))),
  retain_grad: (_ctx, t) => {
    if (!t.needsGrad)
      throw runtimeError("can't retain_grad on Tensor that has requires_grad=False");
    if (!t.isLeaf && !t.retainsGrad) {
      t.retainsGrad = true;
      t.gradFn!.retained.push(t);
    }
    return null;
  },
  item: (_ctx, t) => {
    if (t.numel() !== 1)
      throw valueError('only one element tensors can be converted to Python scalars');
    return pyScalar(elements(t)[0], t.dtype);
  },
  tolist: (_ctx, t) => toList(t),
  numpy: (ctx, t) => ndarrayOf(ctx.rt, t),
  size: (_ctx, t, a, kw) => {
    const d = arg(a, kw, 0, 'dim', null);
    return d === null ? sizeOf(t.shape) : BigInt(t.shape[wrapDim(toInt(d), t.shape.length)]);
  },
  dim: (_ctx, t) => BigInt(t.shape.length),
  ndimension: (_ctx, t) => BigInt(t.shape.length),
  numel: (_ctx, t) => BigInt(t.numel()),
  nelement: (_ctx, t) => BigInt(t.numel()),
  element_size: (_ctx, t) =>
    BigInt(
      {
        float16: 2,
        float32: 4,
        float64: 8,
        int64: 8,
        int32: 4,
        int16: 2,
        int8: 1,
        uint8: 1,
        bool: 1,
      }[t.dtype],
    ),
  data_ptr: (_ctx, t) => BigInt(t.dataPtr()),
  stride: (_ctx, t, a, kw) => {
    const d = arg(a, kw, 0, 'dim', null);
    return d === null
      ? new PyTuple(t.strides.map((s) => BigInt(s)))
      : BigInt(t.strides[wrapDim(toInt(d), t.shape.length)]);
  },
  storage_offset: (_ctx, t) => BigInt(t.offset),
  is_contiguous: (_ctx, t) => t.isContiguous(),
  zero_: (ctx, t) => inplaceBinary(ctx.rt, t, ZERO, 0),
  fill_: (ctx, t, a, kw) => inplaceBinary(ctx.rt, t, FILL, operand(arg(a, kw, 0, 'value'))),
  uniform_: (ctx, t, a, kw) =>
    uniformInplace(ctx.rt, t, Number(arg(a, kw, 0, 'from', 0)), Number(arg(a, kw, 1, 'to', 1))),
  copy_: (ctx, t, a, kw) => inplaceBinary(ctx.rt, t, COPY, operand(arg(a, kw, 0, 'src'))),
  add_: inplace(ADD),
  sub_: inplace(SUB),
  mul_: inplace(MUL),
  div_: inplace(DIV),
  float: cast('float32'),
  double: cast('float64'),
  half: cast('float16'),
  long: cast('int64'),
  int: cast('int32'),
  bool: cast('bool'),
  // to(dtype), to(device), to(device, dtype), to(other) and their keywords.
  to: (ctx, t, a, kw) => {
    checkDevice(kw.get('device') ?? a.find(isDeviceArg) ?? null);
    const other = a[0] instanceof Tensor ? new DTypeValue(a[0].dtype, false) : null;
    const d = kw.get('dtype') ?? a.find((x) => x instanceof DTypeValue) ?? other;
    return d instanceof DTypeValue ? toDtype(ctx.rt, t, d.dtype) : t;
  },
  cpu: (_ctx, t) => t,
  cuda: (_ctx, t, a, kw) => (checkDevice(arg(a, kw, 0, 'device', 'cuda') ?? 'cuda'), t),
  ...MORE_TENSOR_METHODS,
  ...COMPARE_TENSOR_METHODS,
  ...DIVISION_METHODS,
  ...SELECT_TENSOR_METHODS,
  ...INPLACE_UNARY_METHODS,
  // t.type(dtype) casts like t.to(dtype); t.type() names the legacy tensor type.
  type: (ctx, t, a, kw) => {
    const d = arg(a, kw, 0, 'dtype', null);
    if (d instanceof DTypeValue) return toDtype(ctx.rt, t, d.dtype);
    return `torch.${{ float16: 'HalfTensor', float32: 'FloatTensor', float64: 'DoubleTensor', int64: 'LongTensor', int32: 'IntTensor', int16: 'ShortTensor', int8: 'CharTensor', uint8: 'ByteTensor', bool: 'BoolTensor' }[t.dtype]}`;
  },
};

/** Attribute access on a tensor: properties first, then bound methods. */
export function tensorAttr(ctx: Ctx, t: Tensor, name: string): PyValue | undefined {
  switch (name) {
    case 'grad':
      if (!t.isLeaf && !t.retainsGrad) ctx.rt.warn('UserWarning', NONLEAF_GRAD_WARNING);
      return t.grad;
    case 'requires_grad':
      return t.needsGrad;
    case 'is_leaf':
      return t.isLeaf;
    case 'grad_fn':
      return t.gradFn;
    case 'data':
      return data(ctx.rt, t);
    case 'shape':
      return sizeOf(t.shape);
    case 'dtype':
      return new DTypeValue(t.dtype, false);
    case 'ndim':
      return BigInt(t.shape.length);
    case 'T':
      return t.shape.length < 2
        ? t
        : permute(
            ctx.rt,
            t,
            t.shape.map((_, i) => t.shape.length - 1 - i),
          );
    case 'device':
      return new PyObject('torch.device', () => "device(type='cpu')");
    case 'is_cuda':
      return false;
    case '_version':
      return BigInt(t.version.value);
    case 'retains_grad':
      return t.retainsGrad;
  }
  const m = TENSOR_METHODS[name];
  if (!m) return undefined;
  return builtin(name, (args, kw) => m(ctx, t, args, kw));
}

/** Attribute assignment on a tensor. */
export function setTensorAttr(t: Tensor, name: string, value: PyValue): void {
  if (name === 'requires_grad') {
    setRequiresGrad(t, toBool(value));
    return;
  }
  if (name === 'grad') {
    if (value !== null && !(value instanceof Tensor))
      throw typeError(
        `assigned grad expected to be a Tensor or None but got grad of ${typeof value}`,
      );
    t.grad = value;
    return;
  }
  if (name === 'data') {
    if (!(value instanceof Tensor))
      throw typeError(`Variable data has to be a tensor, but got ${typeName(value)}`);
    if (t.requiresGrad && !isFloating(value.dtype))
      throw runtimeError(
        'data set to a tensor that requires gradients must be floating point or complex dtype',
      );
    t.setData(value);
    return;
  }
  throw notImplemented(`setting the attribute '${name}' of a tensor`);
}
