// Longer than 300 lines: one table of PyTorch's pointwise ops, each beside its gradient; splitting the table would separate ops that share helpers.
import type { Grad } from '../autograd';
import { record } from '../autograd';
import type { DType } from '../dtype';
import { category, isFloating, promoteTypes } from '../dtype';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { broadcastIndex, broadcastShapes, expandValues, sumToShape } from './broadcast';
import { unpackLong } from './create';

/** A Python operand: a tensor, a float (number), an int (bigint) or a bool. */
export type Operand = Tensor | number | bigint | boolean;

export function scalarValue(v: number | bigint | boolean): number {
  return typeof v === 'number' ? v : Number(v);
}

/** torch.result_type: dimensioned tensors over 0-d tensors over Python scalars, unless a lower group has a higher category. */
export function resultType(ops: readonly Operand[]): DType {
  const info = ops.map((o) =>
    o instanceof Tensor
      ? { cat: category(o.dtype), level: o.shape.length > 0 ? 2 : 1, dtype: o.dtype }
      : { cat: typeof o === 'number' ? 2 : typeof o === 'bigint' ? 1 : 0, level: 0, dtype: null },
  );
  const top = Math.max(...info.map((i) => i.cat));
  const group = info.filter((i) => i.cat === top);
  const level = Math.max(...group.map((i) => i.level));
  if (level === 0) return top === 2 ? 'float32' : top === 1 ? 'int64' : 'bool';
  return group
    .filter((i) => i.level === level)
    .map((i) => i.dtype!)
    .reduce(promoteTypes);
}

const shapeOf = (o: Operand) => (o instanceof Tensor ? o.shape : []);
const valuesOf = (o: Operand) =>
  o instanceof Tensor ? o.values() : Float64Array.of(scalarValue(o));
const tensorsOf = (ops: readonly Operand[]) => ops.filter((o): o is Tensor => o instanceof Tensor);

export interface BinarySpec {
  name: string;
  f: (a: number, b: number) => number;
  /** Local derivatives d out/d a and d out/d b at (a, b, out). */
  da: (a: number, b: number, out: number) => number;
  db: (a: number, b: number, out: number) => number;
  /** Which operands the node saves: a, b (for the version and freed-graph checks). */
  saves: [boolean, boolean];
  /** Result dtype when it is not the promoted one (true division of ints). */
  floatResult?: boolean;
  /** The integer kernel, exact (the result wraps to the dtype's width, as C++ integer arithmetic does). */
  exact?: (a: bigint, b: bigint) => bigint;
}

/** Exact elements of an integer operand; a Python int must fit a C long, as PyTorch unpacks it. */
export function exactOf(o: Operand): bigint[] {
  if (o instanceof Tensor)
    return isFloating(o.dtype) ? Array.from(o.values(), truncExact) : o.exactValues();
  if (typeof o === 'bigint') return [unpackLong(o)];
  return [truncExact(scalarValue(o))];
}

const truncExact = (x: number) => (Number.isFinite(x) ? BigInt(Math.trunc(x)) : 0n);

/** The integer path of `binary`: exact elements, broadcast, combined and wrapped. */
function exactBinary(
  rt: Runtime,
  spec: BinarySpec,
  a: Operand,
  b: Operand,
  shape: number[],
  dtype: DType,
): Tensor {
  const ai = broadcastIndex(shapeOf(a), shape);
  const bi = broadcastIndex(shapeOf(b), shape);
  const av = exactOf(a);
  const bv = exactOf(b);
  return rt.fromExact(
    Array.from(ai, (j, i) => spec.exact!(av[j], bv[bi[i]])),
    shape,
    dtype,
  );
}

/** An elementwise binary op with broadcasting, type promotion and its grad_fn. */
export function binary(rt: Runtime, spec: BinarySpec, a: Operand, b: Operand): Tensor {
  const shape = broadcastShapes(shapeOf(a), shapeOf(b));
  let dtype = resultType([a, b]);
  if (spec.floatResult && !isFloating(dtype)) dtype = 'float32';
  if (spec.exact && !isFloating(dtype) && dtype !== 'bool')
    return exactBinary(rt, spec, a, b, shape, dtype);
  const read = (o: Operand) => expandValues(valuesOf(o), shapeOf(o), shape);
  const av0 = read(a);
  const bv0 = read(b);
  const out = rt.fromValues(
    av0.map((x, i) => spec.f(x, bv0[i])),
    shape,
    dtype,
  );
  const inputs = tensorsOf([a, b]);
  const saved = [a, b].filter((o, i): o is Tensor => o instanceof Tensor && spec.saves[i]);
  return record(
    rt,
    spec.name,
    inputs,
    out,
    (g) => {
      // Saved tensors are read now, as PyTorch reads them: writes the version counter cannot see (.data) change the result.
      const av = spec.saves[0] ? read(a) : av0;
      const bv = spec.saves[1] ? read(b) : bv0;
      const ov = out.values();
      const grad = (d: BinarySpec['da'], o: Operand): Grad | null => {
        if (!(o instanceof Tensor) || !o.needsGrad) return null;
        return sumToShape(
          g.map((gi, i) => gi * d(av[i], bv[i], ov[i])),
          shape,
          o.shape,
        );
      };
      const res: (Grad | null)[] = [];
      if (a instanceof Tensor) res.push(grad(spec.da, a));
      if (b instanceof Tensor) res.push(grad(spec.db, b));
      return res;
    },
    saved,
  );
}

const one = () => 1;
const zero = () => 0;

const plus = (a: bigint, b: bigint) => a + b;
const minus = (a: bigint, b: bigint) => a - b;

export const ADD: BinarySpec = {
  name: 'AddBackward0',
  f: (a, b) => a + b,
  da: one,
  db: one,
  saves: [false, false],
  exact: plus,
};
export const SUB: BinarySpec = {
  name: 'SubBackward0',
  f: (a, b) => a - b,
  da: one,
  db: () => -1,
  saves: [false, false],
  exact: minus,
};
/** `scalar - tensor` (Tensor.__rsub__): a is the scalar, b the tensor. */
export const RSUB: BinarySpec = {
  name: 'RsubBackward1',
  f: (a, b) => a - b,
  da: zero,
  db: () => -1,
  saves: [false, false],
  exact: minus,
};
export const MUL: BinarySpec = {
  name: 'MulBackward0',
  f: (a, b) => a * b,
  da: (_, b) => b,
  db: (a) => a,
  saves: [true, true],
  exact: (a, b) => a * b,
};
export const DIV: BinarySpec = {
  name: 'DivBackward0',
  f: (a, b) => a / b,
  da: (_, b) => 1 / b,
  db: (a, b) => -a / (b * b),
  saves: [true, true],
  floatResult: true,
};
export const POW_SCALAR: BinarySpec = {
  name: 'PowBackward0',
  f: (a, b) => a ** b,
  da: (a, b) => (b === 0 ? 0 : b * a ** (b - 1)),
  db: zero,
  saves: [true, false],
};
export const POW_TENSOR: BinarySpec = {
  name: 'PowBackward1',
  f: (a, b) => a ** b,
  da: (a, b) => (b === 0 ? 0 : b * a ** (b - 1)),
  db: (a, b, o) => (a === 0 && b >= 0 ? 0 : o * Math.log(a)),
  saves: [true, true],
};
/** `scalar ** tensor`: a is the scalar base. */
export const POW_RSCALAR: BinarySpec = {
  name: 'PowBackward2',
  f: (a, b) => a ** b,
  da: zero,
  db: (a, b, o) => (a === 0 && b >= 0 ? 0 : o * Math.log(a)),
  saves: [false, true],
};

export interface UnarySpec {
  name: string;
  f: (a: number) => number;
  /** The exact integer kernel, where the op keeps integer dtypes. */
  exact?: (a: bigint) => bigint;
  /** Local derivative at (a, out). */
  d: (a: number, out: number) => number;
  saves: 'input' | 'output' | 'none';
  /** Integer inputs give float32 results (exp, log, sigmoid, ...). */
  toFloat: boolean;
}

/** An elementwise unary op and its grad_fn. */
export function unary(rt: Runtime, spec: UnarySpec, a: Tensor): Tensor {
  const dtype = spec.toFloat && !isFloating(a.dtype) ? 'float32' : a.dtype;
  if (spec.exact && !isFloating(dtype) && dtype !== 'bool')
    return rt.fromExact(a.exactValues().map(spec.exact), a.shape, dtype);
  const out = rt.fromValues(a.values().map(spec.f), a.shape, dtype);
  const saved = spec.saves === 'input' ? [a] : spec.saves === 'output' ? [out] : [];
  return record(
    rt,
    spec.name,
    [a],
    out,
    (g) => {
      const av = a.values();
      const ov = out.values();
      return [g.map((gi, i) => gi * spec.d(av[i], ov[i]))];
    },
    saved,
  );
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** `std::nearbyint` under the default rounding mode: halves go to the even neighbour. */
const roundHalfEven = (x: number) => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

/** round / floor / ceil / trunc: integer dtypes pass through, the gradient is zero everywhere. */
const rounding = (name: string, f: (a: number) => number): UnarySpec => ({
  name,
  f,
  d: () => 0,
  saves: 'none',
  toFloat: false,
  exact: (a) => a,
});

export const UNARY: Record<string, UnarySpec> = {
  neg: {
    name: 'NegBackward0',
    f: (a) => -a,
    d: () => -1,
    saves: 'none',
    toFloat: false,
    exact: (a) => -a,
  },
  exp: { name: 'ExpBackward0', f: Math.exp, d: (_, o) => o, saves: 'output', toFloat: true },
  log: { name: 'LogBackward0', f: Math.log, d: (a) => 1 / a, saves: 'input', toFloat: true },
  sqrt: {
    name: 'SqrtBackward0',
    f: Math.sqrt,
    d: (_, o) => 0.5 / o,
    saves: 'output',
    toFloat: true,
  },
  abs: {
    name: 'AbsBackward0',
    f: Math.abs,
    d: (a) => Math.sign(a),
    saves: 'input',
    toFloat: false,
    exact: (a) => (a < 0n ? -a : a),
  },
  relu: {
    name: 'ReluBackward0',
    f: (a) => (a > 0 ? a : 0),
    d: (_, o) => (o > 0 ? 1 : 0),
    saves: 'output',
    toFloat: false,
  },
  sigmoid: {
    name: 'SigmoidBackward0',
    f: sigmoid,
    d: (_, o) => o * (1 - o),
    saves: 'output',
    toFloat: true,
  },
  tanh: {
    name: 'TanhBackward0',
    f: Math.tanh,
    d: (_, o) => 1 - o * o,
    saves: 'output',
    toFloat: true,
  },
  sign: {
    name: 'SignBackward0',
    f: (a) => (a > 0 ? 1 : a < 0 ? -1 : a),
    d: () => 0,
    saves: 'none',
    toFloat: false,
    exact: (a) => (a > 0n ? 1n : a < 0n ? -1n : 0n),
  },
  round: rounding('RoundBackward0', roundHalfEven),
  floor: rounding('FloorBackward0', Math.floor),
  ceil: rounding('CeilBackward0', Math.ceil),
  trunc: rounding('TruncBackward0', Math.trunc),
  sin: { name: 'SinBackward0', f: Math.sin, d: (a) => Math.cos(a), saves: 'input', toFloat: true },
  cos: { name: 'CosBackward0', f: Math.cos, d: (a) => -Math.sin(a), saves: 'input', toFloat: true },
  reciprocal: {
    name: 'ReciprocalBackward0',
    f: (a) => 1 / a,
    d: (_, o) => -o * o,
    saves: 'output',
    toFloat: true,
  },
  square: {
    name: 'PowBackward0',
    f: (a) => a * a,
    d: (a) => 2 * a,
    saves: 'input',
    toFloat: false,
    exact: (a) => a * a,
  },
};

const COMPARISONS: Record<string, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
};

const EXACT_COMPARISONS: Record<string, (a: bigint, b: bigint) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
};

/** Elementwise comparison: a bool tensor, never tracked by autograd. */
export function compare(rt: Runtime, op: string, a: Operand, b: Operand): Tensor {
  const shape = broadcastShapes(shapeOf(a), shapeOf(b));
  const av = expandValues(valuesOf(a), shapeOf(a), shape);
  const bv = expandValues(valuesOf(b), shapeOf(b), shape);
  const f = COMPARISONS[op];
  const integral = (o: Operand) =>
    o instanceof Tensor ? !isFloating(o.dtype) : typeof o !== 'number';
  if (integral(a) && integral(b)) {
    const ai = broadcastIndex(shapeOf(a), shape);
    const bi = broadcastIndex(shapeOf(b), shape);
    const ae = exactOf(a);
    const be = exactOf(b);
    const g = EXACT_COMPARISONS[op];
    return rt.fromValues(
      Array.from(ai, (j, i) => (g(ae[j], be[bi[i]]) ? 1 : 0)),
      shape,
      'bool',
    );
  }
  return rt.fromValues(
    av.map((x, i) => (f(x, bv[i]) ? 1 : 0)),
    shape,
    'bool',
  );
}
