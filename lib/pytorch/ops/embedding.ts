import { record } from '../autograd';
import { runtimeError, indexError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { legacyTypeName } from '../dtype';

/**
 * `F.embedding(indices, weight, padding_idx)`: row `i` of `weight` for every index, shaped
 * indices.shape + [embedding_dim] (EmbeddingBackward0). The backward adds each output row's
 * gradient into the row it came from, except the padding row, which gets none.
 */
export function embedding(
  rt: Runtime,
  indices: Tensor,
  weight: Tensor,
  paddingIdx: number | null,
): Tensor {
  if (indices.dtype !== 'int64' && indices.dtype !== 'int32')
    throw runtimeError(
      `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.${legacyTypeName(indices.dtype)} instead (while checking arguments for embedding)`,
    );
  if (weight.shape.length !== 2) throw runtimeError("'weight' must be 2-D");
  const [rows, dim] = weight.shape;
  const picks = Array.from(indices.values());
  if (picks.some((i) => i < 0 || i >= rows)) throw indexError('index out of range in self');
  const wv = weight.values();
  const out = new Float64Array(picks.length * dim);
  picks.forEach((row, i) => out.set(wv.subarray(row * dim, (row + 1) * dim), i * dim));
  const result = rt.fromValues(out, [...indices.shape, dim], weight.dtype);
  return record(
    rt,
    'EmbeddingBackward0',
    [weight],
    result,
    (g) => {
      const gw = new Float64Array(wv.length);
      picks.forEach((row, i) => {
        if (row === paddingIdx) return;
        for (let j = 0; j < dim; j++) gw[row * dim + j] += g[i * dim + j];
      });
      return [gw];
    },
    [indices],
  );
}
