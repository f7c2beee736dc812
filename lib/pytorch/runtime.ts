import type { DType } from './dtype';
import { castTo, isExact } from './dtype';
import { contiguousStrides, numelOf, Storage, Tensor } from './tensor';
import type { VersionCounter } from './tensor';
import { CpuGenerator } from './random';
import { runtimeError } from './errors';
import type { PrintOptions } from './format';
import { PRINT_OPTS } from './format';

/** Largest tensor a session will allocate, so a typo cannot freeze the page. */
export const MAX_ELEMENTS = 10_000_000;

/**
 * The per-session state of the modelled library: grad mode, the default CPU
 * generator, the allocator that hands out storage ids and addresses, and the
 * warning sink. One per session; nothing is module-level.
 */
export class Runtime {
  gradEnabled = true;
  readonly generator = new CpuGenerator(67280421310721);
  /** This session's `torch.set_printoptions` state. */
  readonly printOptions: PrintOptions = { ...PRINT_OPTS };
  private nextStorage = 1;
  private nextAddress = 0x55d4a0c00000;

  constructor(readonly warn: (category: string, message: string) => void) {}

  allocate(n: number, dtype: DType): Storage {
    if (n > MAX_ELEMENTS)
      throw runtimeError(
        `this session allocates at most ${MAX_ELEMENTS} elements (asked for ${n})`,
      );
    const s = new Storage(
      this.nextStorage++,
      new Float64Array(n),
      dtype,
      this.nextAddress,
      this.printOptions,
    );
    this.nextAddress += Math.ceil((n * 8 + 64) / 64) * 64;
    return s;
  }

  /** A new contiguous tensor of `shape` holding `values` rounded to `dtype`. */
  fromValues(values: ArrayLike<number>, shape: number[], dtype: DType): Tensor {
    const n = numelOf(shape);
    const st = this.allocate(n, dtype);
    for (let i = 0; i < n; i++) st.set(i, castTo(dtype, values[i]));
    return new Tensor(st, shape.slice(), contiguousStrides(shape), 0, { value: 0 });
  }

  /** A new contiguous integer or bool tensor from exact values, wrapped to `dtype`. */
  fromExact(values: readonly bigint[], shape: number[], dtype: DType): Tensor {
    const n = numelOf(shape);
    const st = this.allocate(n, dtype);
    for (let i = 0; i < n; i++) st.setExact(i, values[i]);
    return new Tensor(st, shape.slice(), contiguousStrides(shape), 0, { value: 0 });
  }

  /** A contiguous copy of `t` (exact for integers), optionally reshaped. */
  copyOf(t: Tensor, shape: number[] = t.shape): Tensor {
    return isExact(t.dtype)
      ? this.fromExact(t.exactValues(), shape, t.dtype)
      : this.fromValues(t.values(), shape, t.dtype);
  }

  full(shape: number[], value: number, dtype: DType): Tensor {
    return this.fromValues(new Float64Array(numelOf(shape)).fill(value), shape, dtype);
  }

  /** A view of `src`'s storage; views share the version counter unless given one. */
  view(
    src: Tensor,
    shape: number[],
    strides: number[],
    offset: number,
    version?: VersionCounter,
  ): Tensor {
    return new Tensor(src.storage, shape, strides, offset, version ?? src.version);
  }
}
