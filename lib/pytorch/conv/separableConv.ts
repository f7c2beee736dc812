import type { Tf } from '../../training/experiment';

/** A 3×3 (K×K) filter applied once directly and once as a column then a row. */
export interface SeparableComparison {
  /** `image ⋆ kernel`, 'same' zero padding, row-major. */
  direct: Float32Array;
  /** `(image ⋆ column) ⋆ row`. */
  separable: Float32Array;
  /** max |direct − separable| over the image. */
  maxAbsDifference: number;
}

/**
 * Cross-correlates an `h × w` single-channel image (as PyTorch's conv2d and tfjs's conv2d
 * do) with a K×K kernel, and with a K×1 column followed by a 1×K row, all with 'same'
 * zero padding (odd K). When `kernel = column · rowᵀ` both give the same image: zero padding
 * of the intermediate map equals the column filter applied to zero columns.
 */
export function compareSeparable(
  tf: Tf,
  image: Float32Array,
  [h, w]: readonly [number, number],
  kernel: readonly (readonly number[])[],
  column: readonly number[],
  row: readonly number[],
): SeparableComparison {
  const K = kernel.length;
  return tf.tidy(() => {
    const x = tf.tensor4d(image, [1, h, w, 1]);
    const direct = tf.conv2d(x, tf.tensor4d(kernel.flat(), [K, K, 1, 1]), 1, 'same');
    const byColumn = tf.conv2d(x, tf.tensor4d([...column], [column.length, 1, 1, 1]), 1, 'same');
    const separable = tf.conv2d(byColumn, tf.tensor4d([...row], [1, row.length, 1, 1]), 1, 'same');
    const diff = tf.max(tf.abs(tf.sub(direct, separable)));
    return {
      direct: Float32Array.from(direct.dataSync()),
      separable: Float32Array.from(separable.dataSync()),
      maxAbsDifference: diff.dataSync()[0],
    };
  });
}
