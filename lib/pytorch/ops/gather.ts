import { pickedGrad, record } from '../autograd';
import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { contiguousStrides } from '../tensor';
import { wrapDim } from './views';

/**
 * `torch.gather(x, dim, index)`: out[..i_d..] = x[..index[..i_d..]..] along `dim`, shaped like
 * `index` (GatherBackward0 scatters the gradient back, adding where indices repeat).
 */
export function gather(rt: Runtime, x: Tensor, dim: number, index: Tensor): Tensor {
  const d = wrapDim(dim, Math.max(x.shape.length, 1));
  if (index.dtype !== 'int64') throw runtimeError('gather(): Expected dtype int64 for index');
  if (index.shape.length !== x.shape.length)
    throw runtimeError('Index tensor must have the same number of dimensions as input tensor');
  for (let k = 0; k < x.shape.length; k++)
    if (k !== d && index.shape[k] > x.shape[k])
      throw runtimeError(
        `Size does not match at dimension ${k} expected index ${formatDims(index.shape)} to be smaller than self ${formatDims(x.shape)} apart from dimension ${d}`,
      );
  const xs = contiguousStrides(x.shape);
  const is = contiguousStrides(index.shape);
  const iv = index.values();
  const picks = new Array<number>(iv.length);
  for (let i = 0; i < iv.length; i++) {
    let src = 0;
    let rem = i;
    for (let k = 0; k < index.shape.length; k++) {
      const pos = Math.floor(rem / is[k]);
      rem %= is[k];
      if (k === d) {
        const j = iv[i];
        if (j < -x.shape[d] || j >= x.shape[d])
          throw runtimeError(
            `index ${j} is out of bounds for dimension ${d} with size ${x.shape[d]}`,
          );
        src += (j < 0 ? j + x.shape[d] : j) * xs[k];
      } else src += pos * xs[k];
    }
    picks[i] = src;
  }
  const xv = x.values();
  const out = rt.fromValues(
    picks.map((p) => xv[p]),
    index.shape.slice(),
    x.dtype,
  );
  return record(rt, 'GatherBackward0', [x], out, pickedGrad(xv.length, picks), [index]);
}
