import type { DType } from './dtype';
import { itemSize } from './dtype';
import type { Node } from './autograd';
import type { PrintOptions } from './format';
import { PRINT_OPTS } from './format';

/**
 * A flat block of memory: what `data_ptr()` points into and what views share.
 * Elements live in `data` as doubles (the fast path every op reads); an int64
 * storage also keeps `big`, the exact 64-bit values, which is the truth that
 * printing, `.item()`, integer arithmetic and copies use (doubles hold integers
 * exactly only up to 2**53).
 */
export class Storage {
  readonly big: BigInt64Array | null;
  constructor(
    readonly id: number,
    readonly data: Float64Array,
    readonly dtype: DType,
    readonly address: number,
    /** The print options of the session that allocated it (`torch.set_printoptions`). */
    readonly printOptions: Readonly<PrintOptions> = PRINT_OPTS,
  ) {
    this.big = dtype === 'int64' ? new BigInt64Array(data.length) : null;
  }

  /** Store `x` (already rounded to the dtype) at `k`. */
  set(k: number, x: number): void {
    this.data[k] = x;
    if (this.big) this.big[k] = BigInt(x);
  }

  /** Store an exact integer at `k`, wrapped to the dtype's width. */
  setExact(k: number, x: bigint): void {
    const w = wrapExact(this.dtype, x);
    this.data[k] = Number(w);
    if (this.big) this.big[k] = w;
  }
}

const BITS: Partial<Record<DType, number>> = { int64: 64, int32: 32, int16: 16, int8: 8 };

/** An exact integer as a storage of dtype `d` holds it: two's-complement wrap (uint8 unsigned, bool 0/1). */
export function wrapExact(d: DType, x: bigint): bigint {
  if (d === 'uint8') return BigInt.asUintN(8, x);
  if (d === 'bool') return x !== 0n ? 1n : 0n;
  const bits = BITS[d];
  return bits ? BigInt.asIntN(bits, x) : x;
}

/** Shared between a tensor, its views and `.detach()`; `.data` gets a fresh one. */
export interface VersionCounter {
  value: number;
}

/** Row-major strides of a contiguous tensor of this shape. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= Math.max(shape[i], 1);
  }
  return strides;
}

export function numelOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * A tensor is a view: shape, strides and offset over a storage, plus the
 * autograd metadata PyTorch keeps on a Variable.
 */
export class Tensor {
  requiresGrad = false;
  gradFn: Node | null = null;
  grad: Tensor | null = null;
  /** The tensor this one is a view of (set by view ops, not by detach). */
  base: Tensor | null = null;
  isParameter = false;
  retainsGrad = false;
  /** Cached AccumulateGrad node of a leaf, so every graph sees the same one. */
  accumulator: Node | null = null;

  constructor(
    public storage: Storage,
    public shape: number[],
    public strides: number[],
    public offset: number,
    public version: VersionCounter,
  ) {}

  /** `x.data = other`: x now views other's memory (autograd metadata stays x's own). */
  setData(other: Tensor): void {
    this.storage = other.storage;
    this.shape = other.shape.slice();
    this.strides = other.strides.slice();
    this.offset = other.offset;
  }

  get dtype(): DType {
    return this.storage.dtype;
  }

  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  /** `requires_grad`: a leaf's flag, or true for any tensor with a grad_fn. */
  get needsGrad(): boolean {
    return this.requiresGrad || this.gradFn !== null;
  }

  numel(): number {
    return numelOf(this.shape);
  }

  dataPtr(): number {
    return this.storage.address + this.offset * itemSize(this.dtype);
  }

  /** Storage index of the element at row-major position `flat`. */
  storageIndex(flat: number): number {
    let idx = this.offset;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      const n = this.shape[d];
      idx += (flat % n) * this.strides[d];
      flat = Math.floor(flat / n);
    }
    return idx;
  }

  /** The elements in row-major order (a copy). */
  values(): Float64Array {
    const n = this.numel();
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.storage.data[this.storageIndex(i)];
    return out;
  }

  /** Exact row-major elements of an integer or bool tensor (a copy). */
  exactValues(): bigint[] {
    const n = this.numel();
    const { big, data } = this.storage;
    const out = new Array<bigint>(n);
    for (let i = 0; i < n; i++) {
      const k = this.storageIndex(i);
      out[i] = big ? big[k] : BigInt(data[k]);
    }
    return out;
  }

  isContiguous(): boolean {
    const expect = contiguousStrides(this.shape);
    return this.shape.every((n, i) => n <= 1 || this.strides[i] === expect[i]);
  }
}
