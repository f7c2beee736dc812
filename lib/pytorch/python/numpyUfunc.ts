import type { DType } from '../dtype';
import { category, isFloating, itemSize, promoteTypes } from '../dtype';
import { PyError, valueError } from '../errors';
import { NdArray } from '../numpy';
import { broadcastShapes, expandValues } from '../ops/broadcast';
import { writeValues } from '../ops/inplace';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import type { PyValue } from './values';
import { typeName } from './values';

/** The ufunc behind each operator, by numpy's name (for its casting message). */
export const UFUNC_OF: Record<string, string> = {
  '+': 'add',
  '-': 'subtract',
  '*': 'multiply',
  '/': 'divide',
  '//': 'floor_divide',
  '%': 'remainder',
  '**': 'power',
};

const KERNELS: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '//': (a, b) => Math.floor(a / b),
  '%': (a, b) => (b === 0 ? NaN : a - b * Math.floor(a / b)),
  '**': (a, b) => a ** b,
};

type NpOperand = { shape: number[]; values: Float64Array; dtype: DType; scalar: boolean };

function npOperand(v: PyValue): NpOperand {
  if (v instanceof NdArray || v instanceof Tensor) {
    const t = v instanceof NdArray ? v.view : v;
    return { shape: t.shape, values: t.values(), dtype: t.dtype, scalar: false };
  }
  if (typeof v === 'number')
    return { shape: [], values: Float64Array.of(v), dtype: 'float64', scalar: true };
  if (typeof v === 'bigint')
    return { shape: [], values: Float64Array.of(Number(v)), dtype: 'int64', scalar: true };
  if (typeof v === 'boolean')
    return { shape: [], values: Float64Array.of(v ? 1 : 0), dtype: 'bool', scalar: true };
  throw new PyError('TypeError', `unsupported operand type for ufunc: '${typeName(v)}'`);
}

/** numpy 1.24's result dtype: a Python scalar only counts when it is of a higher kind. */
function resultDtype(op: string, a: NpOperand, b: NpOperand): DType {
  let d: DType;
  if (a.scalar !== b.scalar) {
    const [arr, sc] = a.scalar ? [b, a] : [a, b];
    d = category(sc.dtype) > category(arr.dtype) ? sc.dtype : arr.dtype;
  } else if (
    category(a.dtype) !== category(b.dtype) &&
    isFloating(a.dtype) !== isFloating(b.dtype)
  ) {
    const [i, f] = isFloating(a.dtype) ? [b, a] : [a, b];
    d = itemSize(i.dtype) >= itemSize(f.dtype) && i.dtype !== 'bool' ? 'float64' : f.dtype;
  } else d = promoteTypes(a.dtype, b.dtype);
  return op === '/' && !isFloating(d) ? 'float64' : d;
}

const shapeText = (s: readonly number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/**
 * `np.<ufunc>(a, b, out=out)` and `a op= b`: computed in numpy's result dtype, then
 * written into `out` when the cast is 'same_kind' and the shapes broadcast to out's.
 */
export function ufunc(
  rt: Runtime,
  op: string,
  a: PyValue,
  b: PyValue,
  out: NdArray | null,
): NdArray {
  const x = npOperand(a);
  const y = npOperand(b);
  const dtype = resultDtype(op, x, y);
  const shape = broadcastShapes(x.shape, y.shape);
  const xv = expandValues(x.values, x.shape, shape);
  const yv = expandValues(y.values, y.shape, shape);
  const f = KERNELS[op];
  const vals = xv.map((p, i) => f(p, yv[i]));
  if (!out) return new NdArray(rt.fromValues(vals, shape, dtype));
  const target = out.view;
  if (category(dtype) > category(target.dtype)) {
    throw new PyError(
      'numpy.core._exceptions._UFuncOutputCastingError',
      `Cannot cast ufunc '${UFUNC_OF[op]}' output from dtype('${dtype}') to dtype('${target.dtype}') with casting rule 'same_kind'`,
    );
  }
  const full = broadcastShapes(target.shape, shape);
  if (full.length !== target.shape.length || full.some((n, i) => n !== target.shape[i])) {
    throw valueError(
      `non-broadcastable output operand with shape ${shapeText(target.shape)} doesn't match the broadcast shape ${shapeText(full)}`,
    );
  }
  writeValues(target, expandValues(vals, shape, target.shape));
  return out;
}

/** `np.shares_memory(a, b)`: whether any element of one lives at an element of the other. */
export function sharesMemory(a: Tensor, b: Tensor): boolean {
  if (a.storage !== b.storage || a.numel() === 0 || b.numel() === 0) return false;
  const seen = new Set<number>();
  for (let i = 0; i < a.numel(); i++) seen.add(a.storageIndex(i));
  for (let i = 0; i < b.numel(); i++) if (seen.has(b.storageIndex(i))) return true;
  return false;
}
