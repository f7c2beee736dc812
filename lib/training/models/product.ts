import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';

/**
 * C = A B for row-major A (m x k) and B (k x n): C comes back row-major, m x n,
 * written into `out` when it is given (and `out` returned), else into a fresh array.
 */
export type Product = (
  a: Float32Array,
  b: Float32Array,
  m: number,
  k: number,
  n: number,
  out?: Float32Array,
) => Float32Array;

/** The wasm backend's view of a tensor's memory (a method of its BackendWasm, absent on cpu). */
type HeapView = (info: tfc.TensorInfo) => Float32Array;

/**
 * Matrix products on the current tfjs backend's own BatchMatMul kernel
 * (XNNPACK on wasm), called through the kernel registry with data written
 * straight to the backend. For the 64 x 64 products of a small MLP the
 * engine's per-op bookkeeping (tensor tracking, scopes, tape checks) costs
 * as much as the product itself; here each call writes its two inputs, runs
 * the kernel, copies the result out of the backend's memory and frees all three.
 *
 * Always one product per call, never a batch and never a transposed operand:
 * tfjs-backend-wasm 4.22 hands only that case to XNNPACK (batch_mat_mul_impl.cc);
 * a batch dimension or a transpose falls back to a scalar triple loop, several
 * times slower than as many separate products (scripts/productFloor.ts measures both).
 */
export function tfProduct(tf: Tf): Product {
  const name = tf.getBackend();
  const kernel = tf.getKernel('BatchMatMul', name);
  if (!kernel) throw new Error(`tfjs backend "${name}" has no BatchMatMul kernel`);
  const backend = tf.backend();
  const heap = (backend as unknown as { typedArrayFromHeap?: HeapView }).typedArrayFromHeap?.bind(
    backend,
  );
  const attrs = { transposeA: false, transposeB: false };
  const input = (values: Float32Array, shape: number[]): tfc.TensorInfo => ({
    dataId: backend.write(values, shape, 'float32'),
    shape,
    dtype: 'float32',
  });
  return (a, b, m, k, n, out) => {
    if (a.length !== m * k || b.length !== k * n)
      throw new Error(
        `product of ${m}x${k} and ${k}x${n} given ${a.length} and ${b.length} values`,
      );
    if (out && out.length !== m * n)
      throw new Error(`product of ${m}x${k} and ${k}x${n} into ${out.length} values`);
    const left = input(a, [1, m, k]);
    const right = input(b, [1, k, n]);
    let result: tfc.TensorInfo | null = null;
    try {
      result = kernel.kernelFunc({
        inputs: { a: left, b: right },
        backend,
        attrs,
      }) as tfc.TensorInfo;
      // wasm: a view of its heap, copied before the memory is freed; cpu: the output's own
      // array, which nothing else holds once it is freed.
      const values = heap ? heap(result) : (backend.readSync(result.dataId) as Float32Array);
      if (out) {
        out.set(values);
        return out;
      }
      return heap ? values.slice() : values;
    } finally {
      backend.disposeData(left.dataId);
      backend.disposeData(right.dataId);
      if (result) backend.disposeData(result.dataId);
    }
  };
}

/** The transpose of a row-major rows x cols matrix, into `out` when given. */
export function transpose(
  a: Float32Array,
  rows: number,
  cols: number,
  out: Float32Array = new Float32Array(rows * cols),
): Float32Array {
  for (let i = 0; i < rows; i++) {
    const row = i * cols;
    for (let j = 0; j < cols; j++) out[j * rows + i] = a[row + j];
  }
  return out;
}
