import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import { rowwiseMoments } from '../kernels/rowwiseMoments';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { recordOptional } from './recordOptional';

/** `F.layer_norm`'s shape checks, in ATen's order (`_check_layer_norm_inputs`). */
function checkInputs(x: Tensor, shape: readonly number[], w: Tensor | null, b: Tensor | null) {
  if (shape.length < 1)
    throw runtimeError(
      `Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = ${formatDims(shape)}`,
    );
  for (const [t, name] of [
    [w, 'weight'],
    [b, 'bias'],
  ] as const)
    if (t && (t.shape.length !== shape.length || t.shape.some((n, i) => n !== shape[i])))
      throw runtimeError(
        `Expected ${name} to be of same shape as normalized_shape, but got ${name} of shape ${formatDims(t.shape)} and normalized_shape = ${formatDims(shape)}`,
      );
  const lead = x.shape.length - shape.length;
  if (lead < 0 || shape.some((n, i) => x.shape[lead + i] !== n))
    throw runtimeError(
      `Given normalized_shape=${formatDims(shape)}, expected input with shape [*, ${shape.join(', ')}], but got input of size${formatDims(x.shape)}`,
    );
  if (!isFloating(x.dtype))
    throw runtimeError(`"LayerNormKernelImpl" not implemented for '${scalarTypeName(x.dtype)}'`);
  for (const t of [w, b])
    if (t && t.dtype !== x.dtype)
      throw runtimeError(
        `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(t.dtype)}`,
      );
}

/**
 * `F.layer_norm(input, normalized_shape, weight, bias, eps)` as ATen's CPU kernel computes
 * it (LayerNormKernelImplInternal): per row of the trailing `normalized_shape` elements,
 * mean and variance by `rowwiseMoments`, rstd = 1 / sqrt(var + eps) in the row's dtype,
 * then y = (x · rstd + (−rstd · mean)) · gamma + beta, each multiply-add fused as the AVX2
 * build compiles it. One `NativeLayerNormBackward0` node gives gradients to input, weight
 * and bias (computed in double).
 */
export function layerNorm(
  rt: Runtime,
  x: Tensor,
  shape: readonly number[],
  weight: Tensor | null,
  bias: Tensor | null,
  eps: number,
): Tensor {
  checkInputs(x, shape, weight, bias);
  const single = x.dtype !== 'float64';
  const r = single ? Math.fround : (v: number) => v;
  const size = shape.reduce((a, c) => a * c, 1);
  const rows = size === 0 ? 0 : x.numel() / size;
  const xv = x.values();
  const gv = weight ? weight.values() : null;
  const bv = bias ? bias.values() : null;
  const out = new Float64Array(xv.length);
  const means = new Float64Array(rows);
  const rstds = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const { mean, variance } = rowwiseMoments(xv, i * size, size, single ? 8 : 4, r);
    const rstd = r(1 / r(Math.sqrt(r(variance + r(eps)))));
    const shift = r(-rstd * mean);
    means[i] = mean;
    rstds[i] = rstd;
    for (let j = 0; j < size; j++) {
      const k = i * size + j;
      const t = r(xv[k] * rstd + shift);
      out[k] = r(t * (gv ? gv[j] : 1) + (bv ? bv[j] : 0));
    }
  }
  const result = rt.fromValues(out, x.shape.slice(), x.dtype);
  return recordOptional(
    rt,
    'NativeLayerNormBackward0',
    [x, weight, bias],
    result,
    (g) => {
      const gx = x.needsGrad ? new Float64Array(xv.length) : null;
      const gw = weight?.needsGrad ? new Float64Array(size) : null;
      const gb = bias?.needsGrad ? new Float64Array(size) : null;
      for (let i = 0; i < rows; i++) {
        let meanG = 0;
        let meanGX = 0;
        for (let j = 0; j < size; j++) {
          const k = i * size + j;
          const xhat = (xv[k] - means[i]) * rstds[i];
          const gk = g[k] * (gv ? gv[j] : 1);
          meanG += gk / size;
          meanGX += (gk * xhat) / size;
          if (gw) gw[j] += g[k] * xhat;
          if (gb) gb[j] += g[k];
        }
        if (gx)
          for (let j = 0; j < size; j++) {
            const k = i * size + j;
            const xhat = (xv[k] - means[i]) * rstds[i];
            gx[k] = rstds[i] * (g[k] * (gv ? gv[j] : 1) - meanG - xhat * meanGX);
          }
      }
      return [gx, gw, gb];
    },
    [x, ...(weight ? [weight] : []), ...(bias ? [bias] : [])],
  );
}
