import type { DType } from '../dtype';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import { normalFill, randpermValues } from '../random';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { broadcastShapes, expandValues } from './broadcast';
import { checkRequiresGrad, checkShape } from './create';
import { checkInplace, writeValues } from './inplace';

/** `torch.randperm(n, dtype=int64)`. */
export function randperm(rt: Runtime, n: number, dtype: DType, requiresGrad: boolean): Tensor {
  checkShape([n]);
  checkRequiresGrad(dtype, requiresGrad);
  const t = rt.fromValues(randpermValues(rt.generator, n), [n], dtype);
  t.requiresGrad = requiresGrad;
  return t;
}

function checkStd(std: number): void {
  if (!(std >= 0))
    throw runtimeError(
      `normal expects std >= 0.0, but found std ${Number.isInteger(std) ? std : std}`,
    );
}

/** Draws of N(mean, std²) in `dtype`, as ATen's normal_kernel fills a contiguous tensor. */
function normalValues(rt: Runtime, n: number, dtype: DType, mean: number, std: number): number[] {
  if (!isFloating(dtype))
    throw runtimeError(`"normal_kernel_cpu" not implemented for '${scalarTypeName(dtype)}'`);
  return normalFill(rt.generator, n, dtype === 'float64', mean, std);
}

/** `x.normal_(mean=0, std=1)`, written in place. */
export function normalInplace(rt: Runtime, t: Tensor, mean: number, std: number): Tensor {
  checkInplace(rt, t);
  checkStd(std);
  writeValues(t, normalValues(rt, t.numel(), t.dtype, mean, std));
  return t;
}

/** `torch.normal(mean: float, std: float, size)`. */
export function normalScalar(
  rt: Runtime,
  mean: number,
  std: number,
  shape: number[],
  dtype: DType,
): Tensor {
  checkShape(shape);
  checkStd(std);
  return rt.fromValues(
    normalValues(
      rt,
      shape.reduce((a, b) => a * b, 1),
      dtype,
      mean,
      std,
    ),
    shape,
    dtype,
  );
}

/**
 * `torch.normal` with a tensor mean and/or std (ATen normal_out_impl): draw
 * N(0, 1) (or N(0, std) for a float std) in the broadcast shape, then `mul_(std)`
 * and `add_(mean)` as separate rounded steps.
 */
export function normalTensor(rt: Runtime, mean: Tensor | number, std: Tensor | number): Tensor {
  const meanShape = typeof mean === 'number' ? [] : mean.shape;
  const stdShape = typeof std === 'number' ? [] : std.shape;
  if (typeof std === 'number') checkStd(std);
  else if (std.values().some((s) => !(s >= 0)))
    throw runtimeError('normal expects all elements of std >= 0.0');
  const shape = broadcastShapes(meanShape, stdShape);
  const dtype = typeof mean !== 'number' ? mean.dtype : (std as Tensor).dtype;
  const n = shape.reduce((a, b) => a * b, 1);
  const z = rt.fromValues(
    normalValues(rt, n, dtype, 0, typeof std === 'number' ? std : 1),
    shape,
    dtype,
  );
  let v = z.values();
  if (typeof std !== 'number') {
    const s = expandValues(std.values(), std.shape, shape);
    v = rt
      .fromValues(
        v.map((x, i) => x * s[i]),
        shape,
        dtype,
      )
      .values();
  }
  const m = typeof mean === 'number' ? null : expandValues(mean.values(), mean.shape, shape);
  return rt.fromValues(
    v.map((x, i) => x + (m ? m[i] : (mean as number))),
    shape,
    dtype,
  );
}
