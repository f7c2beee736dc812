import { record } from '../autograd';
import { isFloating } from '../dtype';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { contiguousStrides, numelOf } from '../tensor';
import { wrapDim } from './views';

/**
 * `x.cumsum(dim)` (CumsumBackward0): running sums along `dim`, accumulated in double for
 * floating dtypes (ATen's CPU acc_type) and exactly in int64 for integers and bools; the
 * gradient is the reversed running sum of the incoming gradient.
 */
export function cumsum(rt: Runtime, t: Tensor, dim: number): Tensor {
  const shape = t.shape.length ? t.shape : [1];
  const d = wrapDim(dim, t.shape.length);
  const stride = contiguousStrides(shape)[d];
  const n = shape[d];
  const starts: number[] = [];
  for (let i = 0; i < numelOf(shape); i++) if (Math.floor(i / stride) % n === 0) starts.push(i);
  const scan = <T>(vals: ArrayLike<T>, add: (a: T, b: T) => T, reverse = false): T[] => {
    const out = Array.from(vals);
    for (const s of starts) {
      for (let j = 1; j < n; j++) {
        const [at, prev] = reverse
          ? [s + (n - 1 - j) * stride, s + (n - j) * stride]
          : [s + j * stride, s + (j - 1) * stride];
        out[at] = add(out[at], out[prev]);
      }
    }
    return out;
  };
  if (!isFloating(t.dtype))
    return rt.fromExact(
      scan(t.exactValues(), (a, b) => a + b),
      t.shape,
      'int64',
    );
  const out = rt.fromValues(
    scan(t.values(), (a, b) => a + b),
    t.shape,
    t.dtype,
  );
  return record(rt, 'CumsumBackward0', [t], out, (g) => [
    Float64Array.from(scan(g, (a, b) => a + b, true)),
  ]);
}
