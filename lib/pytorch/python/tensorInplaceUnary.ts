import { inplaceBinary } from '../ops/inplace';
import type { BinarySpec } from '../ops/pointwise';
import { UNARY } from '../ops/pointwise';
import type { Method } from './tensorMethodsMore';

/**
 * `x.abs_()`, `x.relu_()`, `x.exp_()`, ...: each elementwise op of UNARY written into its
 * tensor through the in-place machinery (version counter, leaf checks, the grad_fn moved
 * onto the tensor), with the out-of-place op's grad_fn name, as PyTorch records them.
 */
export const INPLACE_UNARY_METHODS: Record<string, Method> = Object.fromEntries(
  Object.entries(UNARY).map(([name, u]) => {
    const spec: BinarySpec = {
      name: u.name,
      f: (a) => u.f(a),
      da: (a, _b, out) => u.d(a, out),
      db: () => 0,
      saves: [u.saves !== 'none', false],
      floatResult: u.toFloat,
      ...(u.exact ? { exact: (a: bigint) => u.exact!(a) } : {}),
    };
    const method: Method = (ctx, t) => inplaceBinary(ctx.rt, t, spec, 0n);
    return [`${name}_`, method];
  }),
);
