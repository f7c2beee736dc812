import type { DType } from '../dtype';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError, typeError, valueError } from '../errors';
import { normalFill, randintValues, uniformFloat32, uniformFloat64 } from '../random';
import { fmaFloat32, fmaFloat64 } from '../linalg/fusedMultiplyAdd';
import type { Runtime } from '../runtime';
import { numelOf, Tensor } from '../tensor';
import { formatDims } from '../formatShape';

/** Nested Python data as `torch.tensor` receives it (lists/tuples become arrays). */
export type NestedData = number | bigint | boolean | Tensor | NestedData[];

/** Shape, row-major values and inferred dtype of nested data (torch/csrc/utils/tensor_new.cpp rules). */
export function inferData(data: NestedData): {
  shape: number[];
  values: number[];
  exact: bigint[] | null;
  dtype: DType;
} {
  const shape: number[] = [];
  let probe: NestedData = data;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0];
  }
  const values: number[] = [];
  let exact: bigint[] | null = [];
  let cat = 0;
  let tensorDtype: DType | null = null;
  const walk = (d: NestedData, dim: number) => {
    if (dim < shape.length) {
      if (!Array.isArray(d)) throw typeError(`not a sequence`);
      if (d.length !== shape[dim])
        throw valueError(
          `expected sequence of length ${shape[dim]} at dim ${dim} (got ${d.length})`,
        );
      d.forEach((x) => walk(x, dim + 1));
      return;
    }
    if (Array.isArray(d))
      throw valueError(
        `expected sequence of length ${shape[dim] ?? 0} at dim ${dim} (got ${d.length})`,
      );
    if (d instanceof Tensor) {
      if (d.numel() !== 1)
        throw valueError('only one element tensors can be converted to Python scalars');
      tensorDtype = d.dtype;
      cat = Math.max(cat, isFloating(d.dtype) ? 2 : d.dtype === 'bool' ? 0 : 1);
      values.push(d.values()[0]);
      if (isFloating(d.dtype)) exact = null;
      else exact?.push(d.exactValues()[0]);
      return;
    }
    if (typeof d === 'number') cat = 2;
    else if (typeof d === 'bigint') cat = Math.max(cat, 1);
    values.push(Number(d));
    if (typeof d === 'number') exact = null;
    else exact?.push(BigInt(d));
  };
  walk(data, 0);
  const dtype: DType =
    shape.length === 0 && tensorDtype
      ? tensorDtype
      : cat === 2
        ? 'float32'
        : cat === 1
          ? 'int64'
          : 'bool';
  return { shape, values, exact, dtype };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A Python int as a C long, as PyTorch unpacks it (`THPUtils_unpackLong`). */
export function unpackLong(x: bigint): bigint {
  if (x < INT64_MIN || x > INT64_MAX) throw runtimeError('Overflow when unpacking long');
  return x;
}

/** Check a `requires_grad=True` request at construction. */
export function checkRequiresGrad(dtype: DType, flag: boolean): void {
  if (flag && !isFloating(dtype))
    throw runtimeError('Only Tensors of floating point and complex dtype can require gradients');
}

/** `torch.tensor(data, dtype=, requires_grad=)`: always a copy, always a leaf. */
export function tensorFromData(
  rt: Runtime,
  data: NestedData,
  dtype: DType | null,
  requiresGrad: boolean,
): Tensor {
  const info = inferData(data);
  const d = dtype ?? info.dtype;
  checkRequiresGrad(d, requiresGrad);
  const t =
    info.exact && !isFloating(d)
      ? rt.fromExact(info.exact.map(unpackLong), info.shape, d)
      : rt.fromValues(info.values, info.shape, d);
  t.requiresGrad = requiresGrad;
  return t;
}

export function checkShape(shape: readonly number[]): void {
  const bad = shape.find((s) => s < 0);
  if (bad !== undefined)
    throw runtimeError(
      `Trying to create tensor with negative dimension ${bad}: ${formatDims(shape)}`,
    );
}

/** `torch.zeros/ones/full/empty` (empty is zero-filled here). */
export function filled(
  rt: Runtime,
  shape: number[],
  value: number,
  dtype: DType,
  requiresGrad: boolean,
): Tensor {
  checkShape(shape);
  checkRequiresGrad(dtype, requiresGrad);
  const t = rt.full(shape, value, dtype);
  t.requiresGrad = requiresGrad;
  return t;
}

/** `torch.arange(start, end, step)`: int64 when all arguments are ints, else float32. */
export function arange(
  rt: Runtime,
  start: number,
  end: number,
  step: number,
  dtype: DType,
  requiresGrad: boolean,
): Tensor {
  if (step === 0) throw runtimeError('step must be nonzero');
  const n = Math.max(0, Math.ceil((end - start) / step));
  if ((end - start) / step < 0)
    throw runtimeError('upper bound and larger bound inconsistent with step sign');
  checkRequiresGrad(dtype, requiresGrad);
  const t = rt.fromValues(
    Array.from({ length: n }, (_, i) => start + i * step),
    [n],
    dtype,
  );
  t.requiresGrad = requiresGrad;
  return t;
}

export function linspace(
  rt: Runtime,
  start: number,
  end: number,
  steps: number,
  dtype: DType,
): Tensor {
  if (dtype === 'float32' || dtype === 'float64')
    return rt.fromValues(linspaceFloating(start, end, steps, dtype), [steps], dtype);
  const step = steps > 1 ? (end - start) / (steps - 1) : 0;
  const half = Math.floor(steps / 2);
  const vals = Array.from({ length: steps }, (_, i) =>
    i < half ? start + step * i : end - step * (steps - i - 1),
  );
  return rt.fromValues(vals, [steps], dtype);
}

/**
 * ATen 1.13's linspace_kernel for float and double on AVX2, in the dtype's own arithmetic:
 * the first half counts up from start, the second down from end, each element's
 * multiply-add fused (the AVX2 kernels are compiled with FMA contraction);
 * cpu_serial_kernel_vec fills two vectors (8 floats or 4 doubles) at a time, each from its
 * first element by Vectorized::arange (base + j * step, multiplied then added), and the tail
 * element by element.
 */
function linspaceFloating(start: number, end: number, steps: number, dtype: DType): number[] {
  const single = dtype === 'float32';
  const r = single ? Math.fround : (x: number) => x;
  const fma = single ? fmaFloat32 : fmaFloat64;
  const lanes = single ? 8 : 4;
  const [a, b] = [r(start), r(end)];
  if (steps === 1) return [a];
  const step = r(r(b - a) / (steps - 1));
  const half = Math.floor(steps / 2);
  const at = (i: number) => (i < half ? fma(step, i, a) : fma(-step, steps - i - 1, b));
  const out = new Array<number>(steps);
  let i = 0;
  for (; i + 2 * lanes <= steps; i += 2 * lanes) {
    for (const v of [i, i + lanes]) {
      const base = at(v);
      for (let j = 0; j < lanes; j++) out[v + j] = j === 0 ? base : r(base + r(j * step));
    }
  }
  for (; i < steps; i++) out[i] = at(i);
  return out;
}

export function eye(rt: Runtime, n: number, m: number, dtype: DType): Tensor {
  return rt.fromValues(
    Array.from({ length: n * m }, (_, i) => (Math.floor(i / m) === i % m ? 1 : 0)),
    [n, m],
    dtype,
  );
}

export type RandomKind = 'rand' | 'randn';

/** `torch.rand` / `torch.randn` from the session's CPU generator. */
export function random(
  rt: Runtime,
  kind: RandomKind,
  shape: number[],
  dtype: DType,
  requiresGrad: boolean,
): Tensor {
  checkShape(shape);
  if (!isFloating(dtype))
    throw runtimeError(
      `"${kind === 'rand' ? 'check_uniform_bounds' : 'normal_kernel_cpu'}" not implemented for '${scalarTypeName(dtype)}'`,
    );
  checkRequiresGrad(dtype, requiresGrad);
  const n = numelOf(shape);
  const gen = rt.generator;
  const double = dtype === 'float64';
  const vals =
    kind === 'randn'
      ? normalFill(gen, n, double)
      : double
        ? uniformFloat64(gen, n, 0, 1)
        : uniformFloat32(gen, n, 0, 1);
  const t = rt.fromValues(vals, shape, dtype);
  t.requiresGrad = requiresGrad;
  return t;
}

export function randint(
  rt: Runtime,
  low: number,
  high: number,
  shape: number[],
  dtype: DType,
): Tensor {
  if (high <= low)
    throw runtimeError(
      `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`,
    );
  return rt.fromValues(randintValues(rt.generator, numelOf(shape), low, high), shape, dtype);
}
