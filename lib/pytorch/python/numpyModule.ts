import type { DType } from '../dtype';
import { isFloating } from '../dtype';
import { PyError, runtimeError, typeError, valueError } from '../errors';
import { expandValues } from '../ops/broadcast';
import { writeValues } from '../ops/inplace';
import { detach, toDtype } from '../ops/copy';
import { contiguousStrides } from '../tensor';
import { ndarrayView } from './numpyIndex';
import { defineNumpyCounting } from './numpyStatistics';
import { sharesMemory, ufunc, UFUNC_OF } from './numpyUfunc';
import { NdArray, numpyDtype } from '../numpy';
import { arange, inferData } from '../ops/create';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, shapeArgs, toFloat, toInt } from './context';
import { setNdarrayItemValues } from './setitem';
import { toList, pyScalar } from './tensorBinding';
import { nestedOf } from './nestedData';
import type { PyValue } from './values';
import { builtin, DTypeValue, PyDict, PyObject, PyTuple } from './values';

/** `n[index] = value`: basic indexing writes through a view (any step); advanced indexing as tensors do. */
export function setNdarrayItem(rt: Runtime, n: NdArray, index: PyValue, value: PyValue): void {
  const target = ndarrayView(rt, n, index);
  if (target.storage !== n.view.storage) return setNdarrayItemValues(rt, n, index, value);
  const src = value instanceof NdArray ? value.view : value instanceof Tensor ? value : null;
  const vals = src ? src.values() : Float64Array.of(toFloat(value));
  const given = src ? src.shape : [];
  // leading 1-sized dims of the value are dropped before broadcasting
  const lead = given.findIndex((d) => d !== 1);
  const shape = lead === -1 ? [] : given.slice(lead);
  const offset = target.shape.length - shape.length;
  if (offset < 0 || shape.some((d, i) => d !== 1 && d !== target.shape[offset + i])) {
    throw valueError(
      `could not broadcast input array from shape (${given.join(',')}${given.length === 1 ? ',' : ''}) into shape (${target.shape.join(',')}${target.shape.length === 1 ? ',' : ''})`,
    );
  }
  writeValues(target, expandValues(vals, shape, target.shape));
}

/** `n.reshape(shape)`: a view when the memory is row-major, else a copy. */
function reshapeArray(rt: Runtime, n: NdArray, shape: number[]): NdArray {
  const v = n.view;
  const total = v.numel();
  const known = shape.filter((s) => s !== -1).reduce((a, b) => a * b, 1);
  const free = shape.filter((s) => s === -1).length;
  const ok = free === 0 ? known === total : free === 1 && known !== 0 && total % known === 0;
  if (!ok)
    throw valueError(
      `cannot reshape array of size ${total} into shape (${shape.join(',')}${shape.length === 1 ? ',' : ''})`,
    );
  const s = shape.map((x) => (x === -1 ? total / known : x));
  if (v.isContiguous()) return new NdArray(rt.view(v, s, contiguousStrides(s), v.offset));
  return new NdArray(rt.fromValues(v.values(), s, v.dtype));
}

const NP_DTYPES: Record<string, DType> = {
  float64: 'float64',
  float32: 'float32',
  float16: 'float16',
  int64: 'int64',
  int32: 'int32',
  int16: 'int16',
  int8: 'int8',
  uint8: 'uint8',
  bool_: 'bool',
  double: 'float64',
  single: 'float32',
};

function dtypeArg(v: PyValue): DType | null {
  if (v === null) return null;
  if (v instanceof DTypeValue) return v.dtype;
  if (typeof v === 'string' && NP_DTYPES[v]) return NP_DTYPES[v];
  throw typeError(`data type '${String(v)}' not understood`);
}

/** `np.array(data, dtype=None)`: always a copy. */
function array(ctx: Ctx, data: PyValue, dtype: DType | null): NdArray {
  const copy = (t: Tensor) =>
    dtype && dtype !== t.dtype ? toDtype(ctx.rt, detach(ctx.rt, t), dtype) : ctx.rt.copyOf(t);
  if (data instanceof NdArray) return new NdArray(copy(data.view));
  if (data instanceof Tensor) {
    if (data.needsGrad)
      throw runtimeError(
        "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
      );
    return new NdArray(copy(data));
  }
  const info = inferData(nestedOf(data));
  return new NdArray(ctx.rt.fromValues(info.values, info.shape, dtype ?? numpyDtype(info.dtype)));
}

/** The `numpy` module as far as the lessons use it. */
export function numpyModule(ctx: Ctx): PyObject {
  const np = new PyObject(
    'module',
    () => "<module 'numpy' from '/usr/lib/python3/dist-packages/numpy/__init__.py'>",
  );
  const fill = (value: number) =>
    builtin(value ? 'ones' : 'zeros', (a, kw) => {
      const d = dtypeArg(kw.get('dtype') ?? a[1] ?? null) ?? 'float64';
      return new NdArray(ctx.rt.full(shapeArgs(a.slice(0, 1), kw, 'shape'), value, d));
    });
  np.attrs.set(
    'array',
    builtin('array', (a, kw) =>
      array(ctx, arg(a, kw, 0, 'object'), dtypeArg(arg(a, kw, 1, 'dtype', null))),
    ),
  );
  np.attrs.set(
    'asarray',
    builtin('asarray', (a, kw) => {
      const x = arg(a, kw, 0, 'a');
      return x instanceof NdArray ? x : array(ctx, x, dtypeArg(arg(a, kw, 1, 'dtype', null)));
    }),
  );
  np.attrs.set('ones', fill(1));
  np.attrs.set('zeros', fill(0));
  np.attrs.set(
    'arange',
    builtin('arange', (a) => {
      const nums = a.map(toFloat);
      const [start, end] = nums.length === 1 ? [0, nums[0]] : [nums[0], nums[1]];
      const isInt = a.every((x) => typeof x === 'bigint');
      return new NdArray(
        arange(ctx.rt, start, end, nums[2] ?? 1, isInt ? 'int64' : 'float64', false),
      );
    }),
  );
  for (const [op, name] of Object.entries(UFUNC_OF)) {
    np.attrs.set(
      name,
      builtin(name, (a, kw) => {
        const out = kw.get('out') ?? null;
        if (out !== null && !(out instanceof NdArray))
          throw typeError('return arrays must be of ArrayType');
        return ufunc(ctx.rt, op, arg(a, kw, 0, 'x1'), arg(a, kw, 1, 'x2'), out);
      }),
    );
  }
  np.attrs.set('true_divide', np.attrs.get('divide')!);
  np.attrs.set(
    'repeat',
    builtin('repeat', (a, kw) => {
      const x = arg(a, kw, 0, 'a');
      const reps = toInt(arg(a, kw, 1, 'repeats'));
      if (arg(a, kw, 2, 'axis', null) !== null) throw notImplemented('np.repeat with an axis');
      if (reps < 0) throw valueError('negative dimensions are not allowed');
      const t = (x instanceof NdArray ? x : array(ctx, x, null)).view;
      const each = <T>(vals: ArrayLike<T>) =>
        Array.from(vals).flatMap((v) => Array<T>(reps).fill(v));
      const n = t.numel() * reps;
      return new NdArray(
        isFloating(t.dtype)
          ? ctx.rt.fromValues(each(t.values()), [n], t.dtype)
          : ctx.rt.fromExact(each(t.exactValues()), [n], t.dtype),
      );
    }),
  );
  np.attrs.set(
    'shares_memory',
    builtin('shares_memory', (a) => {
      const [x, y] = a.map((v) => (v instanceof NdArray ? v.view : v instanceof Tensor ? v : null));
      if (!x || !y) throw typeError('shares_memory expects arrays');
      return sharesMemory(x, y);
    }),
  );
  for (const [name, d] of Object.entries(NP_DTYPES)) np.attrs.set(name, new DTypeValue(d, true));
  defineNumpyCounting(ctx, np, (x) => (x instanceof NdArray ? x : array(ctx, x, null)));
  np.attrs.set('__version__', '1.24.2');
  return np;
}

/** Attributes of an ndarray. */
export function ndarrayAttr(ctx: Ctx, n: NdArray, name: string): PyValue | undefined {
  const v = n.view;
  switch (name) {
    case 'dtype':
      return new DTypeValue(n.dtype, true);
    case 'shape':
      return new PyTuple(v.shape.map((s) => BigInt(s)));
    case 'ndim':
      return BigInt(v.shape.length);
    case 'size':
      return BigInt(v.numel());
    case '__array_interface__': {
      const d = new PyDict();
      d.entries.set('sdata', ['data', new PyTuple([BigInt(v.dataPtr()), false])]);
      d.entries.set('sshape', ['shape', new PyTuple(v.shape.map((s) => BigInt(s)))]);
      return d;
    }
    case 'item':
      return builtin('item', () => {
        if (v.numel() !== 1)
          throw new PyError('ValueError', 'can only convert an array of size 1 to a Python scalar');
        return pyScalar(n.dtype === 'int64' ? v.exactValues()[0] : v.values()[0], n.dtype);
      });
    case 'tolist':
      return builtin('tolist', () => toList(v));
    case 'reshape':
      return builtin('reshape', (a, kw) => reshapeArray(ctx.rt, n, shapeArgs(a, kw, 'shape')));
    case 'copy':
      return builtin('copy', () => new NdArray(ctx.rt.copyOf(v)));
    case 'sum':
      return builtin('sum', () =>
        pyScalar(
          v.values().reduce((a, b) => a + b, 0),
          n.dtype === 'bool' ? 'int64' : n.dtype,
        ),
      );
    case 'mean':
      return builtin('mean', () => v.values().reduce((a, b) => a + b, 0) / v.numel());
    case 'round':
      // ndarray.round(decimals): rint(x * 10**d) / 10**d, halves to even, as np.around does.
      return builtin('round', (a, kw) => {
        const scale = 10 ** toInt(arg(a, kw, 0, 'decimals', 0n));
        if (!isFloating(n.dtype)) return n;
        const rint = (x: number) => {
          const r = Math.round(x);
          return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
        };
        return new NdArray(
          ctx.rt.fromValues(
            v.values().map((x) => rint(x * scale) / scale),
            v.shape,
            n.dtype,
          ),
        );
      });
    case 'astype':
      return builtin(
        'astype',
        (a) => new NdArray(ctx.rt.fromValues(v.values(), v.shape, dtypeArg(a[0])!)),
      );
  }
  return undefined;
}
