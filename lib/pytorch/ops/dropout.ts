import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { binary, MUL } from './pointwise';

/**
 * `F.dropout(x, p, training)` as ATen's CPU `_dropout` computes it:
 * `noise = empty_like(x).bernoulli_(1 − p)`, `noise.div_(1 − p)`, `x * noise`
 * (MulBackward0). bernoulli_ draws one 53-bit uniform per element, in
 * row-major order, from the session's generator and keeps the element when
 * it is below 1 − p; the division rounds in the input's dtype. p = 0, eval
 * mode and empty input return the input itself; p = 1 multiplies by a 0-d
 * zero without drawing.
 */
export function dropout(rt: Runtime, x: Tensor, p: number, training: boolean): Tensor {
  if (p === 0 || !training || x.numel() === 0) return x;
  if (p === 1) return binary(rt, MUL, x, rt.fromValues([0], [], x.dtype));
  if (!isFloating(x.dtype))
    throw runtimeError(
      `result type Float can't be cast to the desired output type ${scalarTypeName(x.dtype)}`,
    );
  const keep = 1 - p;
  const scale = x.dtype === 'float64' ? 1 / keep : Math.fround(1 / Math.fround(keep));
  const noise = new Float64Array(x.numel());
  for (let i = 0; i < noise.length; i++) noise[i] = rt.generator.uniform53() < keep ? scale : 0;
  return binary(rt, MUL, x, rt.fromValues(noise, x.shape, x.dtype));
}
