import { record } from '../autograd';
import type { DType } from '../dtype';
import { castTo, isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import { contiguousStrides, Tensor } from '../tensor';
import { broadcastShapes, expandValues, sumToShape } from './broadcast';
import type { Operand } from './pointwise';
import { resultType, scalarValue } from './pointwise';

const shapeOf = (o: Operand) => (o instanceof Tensor ? o.shape : []);
const valuesOf = (o: Operand) =>
  o instanceof Tensor ? o.values() : Float64Array.of(scalarValue(o));

/** `torch.equal(a, b)`: same shape and equal elements (NaN is never equal); dtypes may differ. */
export function equal(a: Tensor, b: Tensor): boolean {
  if (a.shape.length !== b.shape.length || a.shape.some((n, i) => n !== b.shape[i])) return false;
  const av = a.values();
  const bv = b.values();
  return av.every((x, i) => x === bv[i]);
}

export interface Tolerance {
  rtol: number;
  atol: number;
  equalNan: boolean;
}

/**
 * `torch.isclose`: a == b, or both finite and |a - b| <= atol + rtol * |b|,
 * computed in the inputs' dtype (float32 for integers, as ATen's `rtol * other`
 * promotes them), so float32 inputs round where PyTorch's kernel does.
 */
export function isclose(rt: Runtime, a: Tensor, b: Tensor, tol: Tolerance): Tensor {
  if (a.dtype !== b.dtype)
    throw runtimeError(`${scalarTypeName(a.dtype)} did not match ${scalarTypeName(b.dtype)}`);
  const shape = broadcastShapes(a.shape, b.shape);
  const av = expandValues(a.values(), a.shape, shape);
  const bv = expandValues(b.values(), b.shape, shape);
  const d: DType = isFloating(a.dtype) ? a.dtype : 'float32';
  const r = (x: number) => castTo(d, x);
  const out = av.map((x, i) => {
    const y = bv[i];
    if (x === y) return 1;
    if (Number.isNaN(x) || Number.isNaN(y))
      return tol.equalNan && Number.isNaN(x) && Number.isNaN(y) ? 1 : 0;
    const actual = r(Math.abs(r(x - y)));
    const allowed = r(r(tol.atol) + Math.abs(r(r(tol.rtol) * y)));
    return Number.isFinite(actual) && actual <= allowed ? 1 : 0;
  });
  return rt.fromValues(out, shape, 'bool');
}

/** `torch.allclose`: every element isclose. */
export function allclose(rt: Runtime, a: Tensor, b: Tensor, tol: Tolerance): boolean {
  return isclose(rt, a, b, tol)
    .values()
    .every((x) => x !== 0);
}

/** `torch.where(cond, x, y)` (WhereBackward0): broadcast all three, take x where cond holds. */
export function where(rt: Runtime, cond: Tensor, x: Operand, y: Operand): Tensor {
  if (cond.dtype !== 'bool' && cond.dtype !== 'uint8') {
    throw runtimeError(
      `where expected condition to be a boolean tensor, but got a tensor with dtype ${scalarTypeName(cond.dtype)}`,
    );
  }
  const shape = broadcastShapes(broadcastShapes(cond.shape, shapeOf(x)), shapeOf(y));
  const cv = expandValues(cond.values(), cond.shape, shape);
  const xv = expandValues(valuesOf(x), shapeOf(x), shape);
  const yv = expandValues(valuesOf(y), shapeOf(y), shape);
  const out = rt.fromValues(
    cv.map((c, i) => (c !== 0 ? xv[i] : yv[i])),
    shape,
    resultType([x, y]),
  );
  const inputs = [x, y]
    .map((o, k) => ({ t: o, pick: k === 0 }))
    .filter((e): e is { t: Tensor; pick: boolean } => e.t instanceof Tensor);
  return record(
    rt,
    'WhereBackward0',
    inputs.map((e) => e.t),
    out,
    (g) =>
      inputs.map(({ t, pick }) => {
        if (!t.needsGrad) return null;
        return sumToShape(
          g.map((gi, i) => ((cv[i] !== 0) === pick ? gi : 0)),
          shape,
          t.shape,
        );
      }),
    [cond],
  );
}

/** `torch.nonzero(t, as_tuple=True)` / one-argument `torch.where`: one int64 index tensor per dimension. */
export function nonzeroTuple(rt: Runtime, t: Tensor): Tensor[] {
  const v = t.values();
  const strides = contiguousStrides(t.shape);
  const hits = [...v.keys()].filter((i) => v[i] !== 0);
  const dims = Math.max(t.shape.length, 1);
  return Array.from({ length: dims }, (_, d) =>
    rt.fromValues(
      hits.map((i) => (t.shape.length === 0 ? 0 : Math.floor(i / strides[d]) % t.shape[d])),
      [hits.length],
      'int64',
    ),
  );
}
