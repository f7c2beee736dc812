import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../engine/experiment';

/** C = A B for row-major A (m x k) and B (k x n): C comes back row-major, m x n. */
export type Product = (a: Float32Array, b: Float32Array, m: number, k: number, n: number) => Float32Array;

/**
 * Matrix products on the current tfjs backend's own BatchMatMul kernel
 * (XNNPACK on wasm), called through the kernel registry with data written
 * straight to the backend. For the 64 x 64 products of a small MLP the
 * engine's per-op bookkeeping (tensor tracking, scopes, tape checks) costs
 * as much as the product itself; here each call writes its two inputs, runs
 * the kernel, reads the result back and frees all three.
 */
export function tfProduct(tf: Tf): Product {
  const name = tf.getBackend();
  const kernel = tf.getKernel('BatchMatMul', name);
  if (!kernel) throw new Error(`tfjs backend "${name}" has no BatchMatMul kernel`);
  const backend = tf.backend();
  const attrs = { transposeA: false, transposeB: false };
  const input = (values: Float32Array, shape: number[]): tfc.TensorInfo => ({ dataId: backend.write(values, shape, 'float32'), shape, dtype: 'float32' });
  return (a, b, m, k, n) => {
    if (a.length !== m * k || b.length !== k * n) throw new Error(`product of ${m}x${k} and ${k}x${n} given ${a.length} and ${b.length} values`);
    const left = input(a, [1, m, k]);
    const right = input(b, [1, k, n]);
    let out: tfc.TensorInfo | null = null;
    try {
      out = kernel.kernelFunc({ inputs: { a: left, b: right }, backend, attrs }) as tfc.TensorInfo;
      // A fresh array on wasm; on cpu the output's own array, which nothing else holds once it is freed.
      return backend.readSync(out.dataId) as Float32Array;
    } finally {
      backend.disposeData(left.dataId);
      backend.disposeData(right.dataId);
      if (out) backend.disposeData(out.dataId);
    }
  };
}

/** The transpose of a row-major rows x cols matrix. */
export function transpose(a: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = i * cols;
    for (let j = 0; j < cols; j++) out[j * rows + i] = a[row + j];
  }
  return out;
}
