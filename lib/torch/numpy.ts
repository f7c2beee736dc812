import type { DType } from './dtype';
import { runtimeError } from './errors';
import { formatNdarray } from './numpyFormat';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

/**
 * A numpy ndarray: a strided view of a storage, like a tensor but without
 * autograd. `torch.from_numpy` / `torch.as_tensor` share its storage.
 */
export class NdArray {
  constructor(readonly view: Tensor) {}

  get dtype(): DType {
    return this.view.dtype;
  }

  repr(): string {
    return formatNdarray(this.view.shape, this.view.values(), this.dtype);
  }
}

/** The numpy dtype `np.array` infers: float64 for floats, int64 for ints, bool for bools. */
export function numpyDtype(torchInferred: DType): DType {
  return torchInferred === 'float32' ? 'float64' : torchInferred;
}

/** `torch.from_numpy(n)` / `torch.as_tensor(n)`: same memory, new version counter. */
export function tensorSharing(rt: Runtime, n: NdArray): Tensor {
  const v = n.view;
  return rt.view(v, v.shape.slice(), v.strides.slice(), v.offset, { value: 0 });
}

/** `t.numpy()`: refuses tensors that require grad, as PyTorch does. */
export function ndarrayOf(rt: Runtime, t: Tensor): NdArray {
  if (t.needsGrad) throw runtimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
  return new NdArray(rt.view(t, t.shape.slice(), t.strides.slice(), t.offset, { value: 0 }));
}
