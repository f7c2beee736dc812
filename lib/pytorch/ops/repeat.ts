import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { expand, reshape } from './views';

/**
 * `Tensor.repeat(*sizes)`: the tensor tiled sizes[i] times along dim i, a copy (ATen's
 * repeat: leading 1s pad the tensor to len(sizes) dims, each dim d becomes the pair
 * (sizes[d], shape[d]) expanded, then the pairs are joined).
 */
export function repeat(rt: Runtime, t: Tensor, sizes: readonly number[]): Tensor {
  if (sizes.length < t.shape.length)
    throw runtimeError(
      'Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor',
    );
  const padded = [...sizes.slice(0, sizes.length - t.shape.length).map(() => 1), ...t.shape];
  if (sizes.some((s) => s < 0))
    throw runtimeError(
      `Trying to create tensor with negative dimension ${sizes.find((s) => s < 0)}: [${sizes.map((s, i) => s * padded[i]).join(', ')}]`,
    );
  const pairsShape = padded.flatMap((s) => [1, s]);
  const expanded = expand(
    rt,
    reshape(rt, t, pairsShape),
    padded.flatMap((s, i) => [sizes[i], s]),
  );
  return reshape(
    rt,
    expanded,
    padded.map((s, i) => s * sizes[i]),
  );
}
