import { record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { resultType } from './pointwise';
import { formatSizeX } from '../formatShape';
import { broadcastShapes } from './broadcast';

/** Plain row-major matrix product of an (n x k) and a (k x m). */
function matmulValues(
  a: Float64Array,
  b: Float64Array,
  n: number,
  k: number,
  m: number,
): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p];
      for (let j = 0; j < m; j++) out[i * m + j] += x * b[p * m + j];
    }
  }
  return out;
}

/** The same product on exact integers; fromExact then wraps it to the dtype, as ATen's int64 arithmetic wraps. */
export function matmulExact(a: bigint[], b: bigint[], n: number, k: number, m: number): bigint[] {
  const out = new Array<bigint>(n * m).fill(0n);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p];
      for (let j = 0; j < m; j++) out[i * m + j] += x * b[p * m + j];
    }
  }
  return out;
}

/** Integer operands multiply exactly (they cannot require grad, so nothing is recorded). */
function integerProduct(
  rt: Runtime,
  a: Tensor,
  b: Tensor,
  [n, k, m]: [number, number, number],
  shape: number[],
): Tensor | null {
  if (isFloating(a.dtype)) return null;
  return rt.fromExact(
    matmulExact(a.exactValues(), b.exactValues(), n, k, m),
    shape,
    resultType([a, b]),
  );
}

function transposeValues(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j];
  return out;
}

/** The kernels' dtype checks: the first operand's dtype has a CPU kernel, then both operands share it. */
export function sameDtype(a: Tensor, b: Tensor, kernel: string): void {
  checkKernelDtype(a, kernel);
  if (a.dtype !== b.dtype)
    throw runtimeError(
      `expected scalar type ${scalarTypeName(a.dtype)} but found ${scalarTypeName(b.dtype)}`,
    );
}

/** Half and Bool have no CPU kernel for the products in 1.13. */
export function checkKernelDtype(a: Tensor, kernel: string): void {
  if (a.dtype === 'float16' || a.dtype === 'bool')
    throw runtimeError(`"${kernel}" not implemented for '${scalarTypeName(a.dtype)}'`);
}

/** `torch.mm`: dA = G B^T, dB = A^T G (MmBackward0). */
export function mm(rt: Runtime, a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 2) throw runtimeError(`self must be a matrix`);
  if (b.shape.length !== 2) throw runtimeError(`mat2 must be a matrix`);
  const [n, k] = a.shape;
  const [k2, m] = b.shape;
  if (k !== k2)
    throw runtimeError(
      `mat1 and mat2 shapes cannot be multiplied (${formatSizeX([n, k])} and ${formatSizeX([k2, m])})`,
    );
  sameDtype(a, b, 'addmm_impl_cpu_');
  const exact = integerProduct(rt, a, b, [n, k, m], [n, m]);
  if (exact) return exact;
  const av = a.values();
  const bv = b.values();
  const out = rt.fromValues(matmulValues(av, bv, n, k, m), [n, m], resultType([a, b]));
  return record(
    rt,
    'MmBackward0',
    [a, b],
    out,
    (g) => [
      a.needsGrad ? matmulValues(g, transposeValues(bv, k, m), n, m, k) : null,
      b.needsGrad ? matmulValues(transposeValues(av, n, k), g, k, n, m) : null,
    ],
    [a, b],
  );
}

/** `torch.mv`: matrix times vector (MvBackward0). */
export function mv(rt: Runtime, a: Tensor, v: Tensor): Tensor {
  const [n, k] = a.shape;
  if (v.shape[0] !== k)
    throw runtimeError(`size mismatch, got ${n}, ${formatSizeX([n, k])},${v.shape[0]}`);
  sameDtype(a, v, 'addmv_impl_cpu');
  const exact = integerProduct(rt, a, v, [n, k, 1], [n]);
  if (exact) return exact;
  const av = a.values();
  const vv = v.values();
  const out = rt.fromValues(matmulValues(av, vv, n, k, 1), [n], resultType([a, v]));
  return record(
    rt,
    'MvBackward0',
    [a, v],
    out,
    (g) => [
      a.needsGrad ? matmulValues(g, vv, n, 1, k) : null,
      v.needsGrad ? matmulValues(transposeValues(av, n, k), g, k, n, 1) : null,
    ],
    [a, v],
  );
}

/** `torch.dot` of two vectors (DotBackward0). */
export function dot(rt: Runtime, a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 1 || b.shape.length !== 1) {
    throw runtimeError(
      `1D tensors expected, but got ${a.shape.length}D and ${b.shape.length}D tensors`,
    );
  }
  if (a.dtype !== b.dtype) {
    throw runtimeError(
      `dot : expected both vectors to have same dtype, but found ${scalarTypeName(a.dtype)} and ${scalarTypeName(b.dtype)}`,
    );
  }
  checkKernelDtype(a, 'dot');
  if (a.numel() !== b.numel()) {
    throw runtimeError(
      `inconsistent tensor size, expected tensor [${a.numel()}] and src [${b.numel()}] to have the same number of elements, but got ${a.numel()} and ${b.numel()} elements respectively`,
    );
  }
  const exact = integerProduct(rt, a, b, [1, a.numel(), 1], []);
  if (exact) return exact;
  const av = a.values();
  const bv = b.values();
  const out = rt.fromValues([av.reduce((s, x, i) => s + x * bv[i], 0)], [], resultType([a, b]));
  return record(
    rt,
    'DotBackward0',
    [a, b],
    out,
    (g) => [
      a.needsGrad ? bv.map((x) => x * g[0]) : null,
      b.needsGrad ? av.map((x) => x * g[0]) : null,
    ],
    [a, b],
  );
}

/**
 * `torch.matmul` / `@`: dot for 1-D @ 1-D, mm for matrices, mv for matrix @
 * vector, a promoted-then-squeezed mm for vector @ matrix, and a broadcast
 * batched product otherwise (recorded as UnsafeViewBackward0, as the folded
 * mm / bmm path ends in `_unsafe_view`).
 */
export function matmul(
  rt: Runtime,
  a: Tensor,
  b: Tensor,
  views: {
    unsqueeze: (t: Tensor, d: number) => Tensor;
    squeeze: (t: Tensor, d: number) => Tensor;
  },
): Tensor {
  const [da, db] = [a.shape.length, b.shape.length];
  if (da === 0 || db === 0) {
    throw runtimeError(
      `both arguments to matmul need to be at least 1D, but they are ${da}D and ${db}D`,
    );
  }
  if (da === 1 && db === 1) return dot(rt, a, b);
  if (da === 2 && db === 2) return mm(rt, a, b);
  if (da === 2 && db === 1) return mv(rt, a, b);
  if (da === 1 && db === 2) return views.squeeze(mm(rt, views.unsqueeze(a, 0), b), 0);
  return batchedMatmul(rt, a, b);
}

export function batchedMatmul(rt: Runtime, a: Tensor, b: Tensor): Tensor {
  const A = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
  const B = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
  const [n, k] = A.slice(-2);
  const [k2, m] = B.slice(-2);
  const ba = A.slice(0, -2);
  const bb = B.slice(0, -2);
  const len = Math.max(ba.length, bb.length);
  const batch = broadcastShapes(ba, bb);
  const nb = batch.reduce((p, q) => p * q, 1);
  if (k !== k2) {
    throw runtimeError(
      `Expected size for first two dimensions of batch2 tensor to be: [${nb}, ${k}] but got: [${nb}, ${k2}].`,
    );
  }
  sameDtype(a, b, 'addmm_impl_cpu_');
  const offsetIn = (shape: number[], i: number) => {
    let rem = i;
    let off = 0;
    let stride = 1;
    for (let d = len - 1; d >= 0; d--) {
      const c = rem % batch[d];
      rem = Math.floor(rem / batch[d]);
      const sd = d - (len - shape.length);
      if (sd >= 0) {
        if (shape[sd] !== 1) off += c * stride;
        stride *= shape[sd];
      }
    }
    return off;
  };
  const shape = [
    ...batch,
    ...(a.shape.length === 1 ? [] : [n]),
    ...(b.shape.length === 1 ? [] : [m]),
  ];
  if (!isFloating(a.dtype)) {
    const [ax, bx] = [a.exactValues(), b.exactValues()];
    const exact: bigint[] = [];
    for (let i = 0; i < nb; i++) {
      const ao = offsetIn(ba, i) * n * k;
      const bo = offsetIn(bb, i) * k * m;
      exact.push(...matmulExact(ax.slice(ao, ao + n * k), bx.slice(bo, bo + k * m), n, k, m));
    }
    return rt.fromExact(exact, shape, resultType([a, b]));
  }
  const av = a.values();
  const bv = b.values();
  const out = new Float64Array(nb * n * m);
  for (let i = 0; i < nb; i++) {
    const ao = offsetIn(ba, i) * n * k;
    const bo = offsetIn(bb, i) * k * m;
    out.set(
      matmulValues(av.subarray(ao, ao + n * k), bv.subarray(bo, bo + k * m), n, k, m),
      i * n * m,
    );
  }
  const res = rt.fromValues(out, shape, resultType([a, b]));
  return record(
    rt,
    'UnsafeViewBackward0',
    [a, b],
    res,
    (g) => {
      const ga = new Float64Array(av.length);
      const gb = new Float64Array(bv.length);
      for (let i = 0; i < nb; i++) {
        const ao = offsetIn(ba, i) * n * k;
        const bo = offsetIn(bb, i) * k * m;
        const gi = g.subarray(i * n * m, (i + 1) * n * m);
        const pa = matmulValues(gi, transposeValues(bv.subarray(bo, bo + k * m), k, m), n, m, k);
        const pb = matmulValues(transposeValues(av.subarray(ao, ao + n * k), n, k), gi, k, n, m);
        pa.forEach((x, j) => (ga[ao + j] += x));
        pb.forEach((x, j) => (gb[bo + j] += x));
      }
      return [a.needsGrad ? ga : null, b.needsGrad ? gb : null];
    },
    [a, b],
  );
}
