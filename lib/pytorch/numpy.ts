import type { DType } from './dtype';
import { isFloating } from './dtype';
import { runtimeError, valueError } from './errors';
import { formatNdarray, formatNdarrayStr } from './numpyFormat';
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

  /** `str(a)`: numpy's array2string with spaces between the items. */
  str(): string {
    return formatNdarrayStr(
      this.view.shape,
      isFloating(this.dtype) ? this.view.values() : this.view.exactValues(),
      this.dtype,
    );
  }

  repr(): string {
    return formatNdarray(
      this.view.shape,
      isFloating(this.dtype) ? this.view.values() : this.view.exactValues(),
      this.dtype,
    );
  }
}

/** The numpy dtype `np.array` infers: float64 for floats, int64 for ints, bool for bools. */
export function numpyDtype(torchInferred: DType): DType {
  return torchInferred === 'float32' ? 'float64' : torchInferred;
}

/** torch/csrc/utils/tensor_numpy.cpp refuses arrays with a negative stride (text verbatim, two spaces and all). */
export function checkStrides(n: NdArray): void {
  if (n.view.strides.some((s) => s < 0)) {
    throw valueError(
      'At least one stride in the given numpy array is negative, and tensors with negative strides are not currently supported. ' +
        '(You can probably work around this by making a copy of your array  with array.copy().) ',
    );
  }
}

/** `torch.from_numpy(n)` / `torch.as_tensor(n)`: same memory, new version counter. */
export function tensorSharing(rt: Runtime, n: NdArray): Tensor {
  checkStrides(n);
  const v = n.view;
  return rt.view(v, v.shape.slice(), v.strides.slice(), v.offset, { value: 0 });
}

/** `t.numpy()`: refuses tensors that require grad, as PyTorch does. */
export function ndarrayOf(rt: Runtime, t: Tensor): NdArray {
  if (t.needsGrad)
    throw runtimeError(
      "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
    );
  return new NdArray(rt.view(t, t.shape.slice(), t.strides.slice(), t.offset, { value: 0 }));
}
