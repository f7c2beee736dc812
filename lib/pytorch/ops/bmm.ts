import { record } from '../autograd';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { isFloating } from '../dtype';
import { matmulExact, sameDtype } from './linalg';

/** One (n x k) @ (k x m) block of row-major batches, with either side read transposed. */
function block(
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
  n: number,
  k: number,
  m: number,
  aT: boolean,
  bT: boolean,
  out: Float64Array,
  oo: number,
): void {
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const x = a[ao + (aT ? p * n + i : i * k + p)];
      if (x === 0) continue;
      for (let j = 0; j < m; j++) out[oo + i * m + j] += x * b[bo + (bT ? j * k + p : p * m + j)];
    }
  }
}

/**
 * `torch.bmm(b1, b2)`: (B x n x k) @ (B x k x m) with no broadcasting
 * (BmmBackward0: d b1 = G b2ᵀ, d b2 = b1ᵀ G per batch). Checks and messages
 * are ATen's bmm_out_or_baddbmm_ in their order: ranks, sizes, then dtypes.
 */
export function bmm(rt: Runtime, a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 3) throw runtimeError('batch1 must be a 3D tensor');
  if (b.shape.length !== 3) throw runtimeError('batch2 must be a 3D tensor');
  const [bs, n, k] = a.shape;
  const m = b.shape[2];
  if (b.shape[0] !== bs || b.shape[1] !== k) {
    throw runtimeError(
      `Expected size for first two dimensions of batch2 tensor to be: [${bs}, ${k}] but got: [${b.shape[0]}, ${b.shape[1]}].`,
    );
  }
  sameDtype(a, b, 'bmm');
  if (!isFloating(a.dtype)) {
    const [ax, bx] = [a.exactValues(), b.exactValues()];
    const exact: bigint[] = [];
    for (let i = 0; i < bs; i++)
      exact.push(
        ...matmulExact(
          ax.slice(i * n * k, (i + 1) * n * k),
          bx.slice(i * k * m, (i + 1) * k * m),
          n,
          k,
          m,
        ),
      );
    return rt.fromExact(exact, [bs, n, m], a.dtype);
  }
  const av = a.values();
  const bv = b.values();
  const out = new Float64Array(bs * n * m);
  for (let i = 0; i < bs; i++)
    block(av, i * n * k, bv, i * k * m, n, k, m, false, false, out, i * n * m);
  const res = rt.fromValues(out, [bs, n, m], a.dtype);
  return record(
    rt,
    'BmmBackward0',
    [a, b],
    res,
    (g) => {
      const ga = a.needsGrad ? new Float64Array(av.length) : null;
      const gb = b.needsGrad ? new Float64Array(bv.length) : null;
      for (let i = 0; i < bs; i++) {
        if (ga) block(g, i * n * m, bv, i * k * m, n, m, k, false, true, ga, i * n * k);
        if (gb) block(av, i * n * k, g, i * n * m, k, n, m, true, false, gb, i * k * m);
      }
      return [ga, gb];
    },
    [a, b],
  );
}
