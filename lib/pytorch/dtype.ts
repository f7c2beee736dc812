/**
 * The dtypes the session models. Every element is kept as a double and
 * rounded to its dtype on write, the way a float32 storage would round it.
 */
export type DType =
  | 'float16'
  | 'float32'
  | 'float64'
  | 'int64'
  | 'int32'
  | 'int16'
  | 'int8'
  | 'uint8'
  | 'bool';

export const FLOAT_DTYPES: readonly DType[] = ['float16', 'float32', 'float64'];

export function isFloating(d: DType): boolean {
  return d === 'float16' || d === 'float32' || d === 'float64';
}

/** Integer and bool dtypes: their elements are exact integers (`Tensor.exactValues`). */
export function isExact(d: DType): boolean {
  return !isFloating(d);
}

/** Bytes per element (for data_ptr arithmetic and numpy strides). */
export function itemSize(d: DType): number {
  return {
    float16: 2,
    float32: 4,
    float64: 8,
    int64: 8,
    int32: 4,
    int16: 2,
    int8: 1,
    uint8: 1,
    bool: 1,
  }[d];
}

/** The legacy type name PyTorch uses in messages (`torch.FloatTensor`). */
export function legacyTypeName(d: DType): string {
  return {
    float16: 'HalfTensor',
    float32: 'FloatTensor',
    float64: 'DoubleTensor',
    int64: 'LongTensor',
    int32: 'IntTensor',
    int16: 'ShortTensor',
    int8: 'CharTensor',
    uint8: 'ByteTensor',
    bool: 'BoolTensor',
  }[d];
}

/** c10's ScalarType name, as in "Got: Long". */
export function scalarTypeName(d: DType): string {
  return {
    float16: 'Half',
    float32: 'Float',
    float64: 'Double',
    int64: 'Long',
    int32: 'Int',
    int16: 'Short',
    int8: 'Char',
    uint8: 'Byte',
    bool: 'Bool',
  }[d];
}

/** IEEE binary16 round-to-nearest-even, returned as a double. */
export function roundHalf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 65520) return x > 0 ? Infinity : -Infinity;
  const e = Math.max(Math.floor(Math.log2(a)), -14);
  const quantum = 2 ** (e - 10);
  let q = a / quantum;
  const f = Math.floor(q);
  const r = q - f;
  q = r > 0.5 || (r === 0.5 && f % 2 === 1) ? f + 1 : f;
  return Math.sign(x) * q * quantum;
}

function wrapInt(x: number, bits: number, signed: boolean): number {
  const t = Math.trunc(x);
  if (!Number.isFinite(t)) return 0;
  const m = 2 ** bits;
  let r = ((t % m) + m) % m;
  if (signed && r >= m / 2) r -= m;
  return r;
}

/** The value a storage of dtype `d` holds after writing `x` into it. */
export function castTo(d: DType, x: number): number {
  switch (d) {
    case 'float32':
      return Math.fround(x);
    case 'float64':
      return x;
    case 'float16':
      return roundHalf(x);
    case 'bool':
      return x !== 0 ? 1 : 0;
    case 'int64':
      return Number.isFinite(x) ? Math.trunc(x) + 0 : 0; // + 0: an integer has no -0
    case 'int32':
      return wrapInt(x, 32, true);
    case 'int16':
      return wrapInt(x, 16, true);
    case 'int8':
      return wrapInt(x, 8, true);
    case 'uint8':
      return wrapInt(x, 8, false);
  }
}

/** Type-promotion category: bool < integer < floating. */
export function category(d: DType): number {
  return d === 'bool' ? 0 : isFloating(d) ? 2 : 1;
}

const RANK: DType[] = [
  'bool',
  'uint8',
  'int8',
  'int16',
  'int32',
  'int64',
  'float16',
  'float32',
  'float64',
];

/** torch.promote_types for the dtypes modelled here. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if ((a === 'uint8' && b === 'int8') || (a === 'int8' && b === 'uint8')) return 'int16';
  return RANK.indexOf(a) > RANK.indexOf(b) ? a : b;
}
