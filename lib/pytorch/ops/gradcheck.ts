import { runBackward } from '../autograd';
import { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { sum } from './reduce';

/** A float64 runtime whose warnings go nowhere, for op tests. */
export function testRuntime(): Runtime {
  return new Runtime(() => undefined);
}

/** A float64 leaf that requires grad. */
export function leaf(rt: Runtime, values: number[], shape: number[]): Tensor {
  const t = rt.fromValues(values, shape, 'float64');
  t.requiresGrad = true;
  return t;
}

/**
 * Autograd's gradient of `sum(f(inputs) * weights)` beside central finite
 * differences (step 1e-6), for each input: the check the op tests use, with
 * fixed pseudo-random weights so every output element counts differently.
 */
export function gradcheck(
  rt: Runtime,
  f: (...xs: Tensor[]) => Tensor,
  inputs: Tensor[],
): { analytic: number[][]; numeric: number[][] } {
  const weighted = (...xs: Tensor[]) => {
    const out = f(...xs);
    const w = rt.fromValues(
      Array.from({ length: out.numel() }, (_, i) => 1 + ((i * 7919) % 13) / 10),
      out.shape,
      'float64',
    );
    const prod = rt.fromValues(
      out.values().map((x, i) => x * w.values()[i]),
      out.shape,
      'float64',
    );
    return { out, w, prod };
  };
  inputs.forEach((x) => (x.grad = null));
  const { out, w } = weighted(...inputs);
  runBackward(rt, out, w.values(), false);
  const analytic = inputs.map((x) =>
    Array.from(x.grad ? x.grad.values() : new Float64Array(x.numel())),
  );
  const h = 1e-6;
  const value = () => {
    const prev = rt.gradEnabled;
    rt.gradEnabled = false;
    try {
      return sum(rt, weighted(...inputs).prod).values()[0];
    } finally {
      rt.gradEnabled = prev;
    }
  };
  const numeric = inputs.map((x) =>
    Array.from({ length: x.numel() }, (_, i) => {
      const k = x.storageIndex(i);
      const orig = x.storage.data[k];
      x.storage.data[k] = orig + h;
      const up = value();
      x.storage.data[k] = orig - h;
      const down = value();
      x.storage.data[k] = orig;
      return (up - down) / (2 * h);
    }),
  );
  return { analytic, numeric };
}
