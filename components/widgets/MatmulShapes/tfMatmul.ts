import type { PageTf } from '@/components/widget/pageTf';
import { seededRandom } from '@/lib/random/seeded';

/**
 * Multiplies seeded standard-normal tensors of shapes `a` and `b` with
 * tf.matMul, treating a 1-D operand as PyTorch does (a row / column that is
 * removed afterwards); tfjs broadcasts the batch dims itself. Returns the
 * result's shape or tfjs's own error text.
 */
export function tfMatmulShape(
  tf: PageTf,
  a: readonly number[],
  b: readonly number[],
  seed: number,
): { ok: true; shape: number[] } | { ok: false; error: string } {
  const random = seededRandom(seed);
  const make = (shape: readonly number[]) =>
    tf.tensor(
      Float32Array.from({ length: shape.reduce((p, v) => p * v, 1) }, () => random.normal()),
      [...shape],
    );
  try {
    const shape = tf.tidy(() => {
      const x = a.length === 1 ? make([1, a[0]]) : make(a);
      const y = b.length === 1 ? make([b[0], 1]) : make(b);
      let out = tf.matMul(x as never, y as never);
      if (b.length === 1) out = tf.squeeze(out, [out.rank - 1]);
      if (a.length === 1) out = tf.squeeze(out, [out.rank - (b.length === 1 ? 1 : 2)]);
      return out.shape;
    });
    return { ok: true, shape };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
