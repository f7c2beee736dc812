// Longer than 300 lines: Python's operator table over ints, floats, strings, sequences, arrays and tensors, one case per operand kind.
import { matmulShape } from '@/lib/pytorch/linalg/matmulShape';
import { PyError, typeError } from '../errors';
import { NdArray, tensorSharing } from '../numpy';
import { floorDivide, remainder } from '../ops/division';
import { matmul } from '../ops/linalg';
import type { Operand } from '../ops/pointwise';
import {
  ADD,
  binary,
  compare,
  DIV,
  MUL,
  POW_RSCALAR,
  POW_SCALAR,
  POW_TENSOR,
  RSUB,
  SUB,
  UNARY,
  unary,
} from '../ops/pointwise';
import { squeeze, unsqueeze } from '../ops/views';
import { isFloating } from '../dtype';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { ufunc, UFUNC_OF } from './numpyUfunc';
import type { PyValue } from './values';
import { PyDict, PyList, PyObject, PySet, PyTuple, typeName } from './values';

/** PyTorch 1.13's own error for `a @ b` on these shapes (the kernels' texts, see matmulShape), if any. */
export function checkMatmulShapes(a: readonly number[], b: readonly number[]): void {
  const r = matmulShape(a, b);
  if (!r.ok) throw new PyError(r.errorType, r.error);
}

const operandName = (v: PyValue) => (v instanceof Tensor ? 'Tensor' : typeName(v));
const unsupported = (op: string, a: PyValue, b: PyValue) =>
  typeError(
    `unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}: '${operandName(a)}' and '${operandName(b)}'`,
  );

/**
 * An array and a tensor. `tensor op array`: the tensor's method gives way, numpy's reflected
 * ufunc computes in numpy's dtypes, and Tensor.__array_wrap__ hands back a tensor.
 * `array op tensor`: numpy defers to the tensor (Tensor.__array_priority__), whose reflected
 * methods refuse an array, except `__rtruediv__` (`tensor.reciprocal() * array`);
 * `array + tensor` ends in numpy's concatenation error.
 */
function arrayWithTensor(rt: Runtime, op: string, a: PyValue, b: PyValue): PyValue | undefined {
  if (a instanceof Tensor && b instanceof NdArray) {
    if (op in BITWISE && isFloating(a.dtype))
      throw typeError(
        `ufunc '${BITWISE[op][0]}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      );
    if (!(op in UFUNC_OF)) return tensorBinop(rt, op, a, rt.copyOf(b.view));
    if (a.needsGrad)
      throw new PyError(
        'RuntimeError',
        "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
      );
    return ufunc(rt, op, a, b, null).view;
  }
  if (!(a instanceof NdArray && b instanceof Tensor)) return undefined;
  if (op === '/') return arrayWithTensor(rt, '*', unary(rt, UNARY.reciprocal, b), a);
  if (op === '+')
    throw typeError(
      'Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. Please do not rely on this error; it may not be given on all Python implementations.',
    );
  throw unsupported(op, a, b);
}

const isScalar = (v: PyValue): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

function asOperand(rt: Runtime, v: PyValue): Operand | null {
  if (v instanceof Tensor || isScalar(v)) return v;
  if (v instanceof NdArray) return tensorSharing(rt, v);
  return null;
}

const BITWISE: Record<string, [string, (a: bigint, b: bigint) => bigint]> = {
  '&': ['bitwise_and', (a, b) => a & b],
  '|': ['bitwise_or', (a, b) => a | b],
  '^': ['bitwise_xor', (a, b) => a ^ b],
};

/** `&`, `|`, `^` on bool and integer tensors; float tensors have no such kernel. */
function bitwise(rt: Runtime, op: string, a: Operand, b: Operand): Tensor {
  const [name, f] = BITWISE[op];
  for (const o of [a, b]) {
    if (o instanceof Tensor ? /float/.test(o.dtype) : typeof o === 'number') {
      const t = o instanceof Tensor ? o.dtype : 'float32';
      const label = t === 'float64' ? 'Double' : t === 'float16' ? 'Half' : 'Float';
      throw new PyError('RuntimeError', `"${name}_cpu" not implemented for '${label}'`);
    }
  }
  return binary(
    rt,
    {
      name: 'NotImplemented',
      f: (x, y) => Number(f(BigInt(x), BigInt(y))),
      exact: f,
      da: () => 0,
      db: () => 0,
      saves: [false, false],
    },
    a,
    b,
  );
}

/** `x in t` (Tensor.__contains__): `(x == t).any()`. */
export function tensorContains(rt: Runtime, t: Tensor, x: PyValue): boolean {
  const xo = asOperand(rt, x);
  if (xo === null)
    throw new PyError(
      'RuntimeError',
      `Tensor.__contains__ only supports Tensor or scalar, but you passed in a ${typeName(x)}.`,
    );
  return compare(rt, 'eq', t, xo)
    .values()
    .some((v) => v !== 0);
}

/** Tensor arithmetic, including the reflected forms Python calls for `2 * x`, `1 - x`, `2 / x`. */
function tensorBinop(rt: Runtime, op: string, a: Operand, b: Operand): Tensor {
  const aT = a instanceof Tensor;
  switch (op) {
    case '+':
      return aT ? binary(rt, ADD, a, b) : binary(rt, ADD, b, a);
    case '-':
      return aT ? binary(rt, SUB, a, b) : binary(rt, RSUB, a, b);
    case '*':
      return aT ? binary(rt, MUL, a, b) : binary(rt, MUL, b, a);
    case '/':
      return aT
        ? binary(rt, DIV, a, b)
        : binary(rt, MUL, unary(rt, UNARY.reciprocal, b as Tensor), a);
    case '//':
      return floorDivide(rt, a, b);
    case '%':
      return remainder(rt, a, b);
    case '&':
    case '|':
    case '^':
      return bitwise(rt, op, a, b);
    case '**':
      return aT
        ? binary(rt, b instanceof Tensor ? POW_TENSOR : POW_SCALAR, a, b)
        : binary(rt, POW_RSCALAR, a, b);
    case '@':
      if (!(a instanceof Tensor) || !(b instanceof Tensor))
        throw typeError('matmul(): argument must be Tensor');
      checkMatmulShapes(a.shape, b.shape);
      return matmul(rt, a, b, {
        unsqueeze: (t, d) => unsqueeze(rt, t, d),
        squeeze: (t, d) => squeeze(rt, t, d, 'SqueezeBackward3'),
      }); // at::matmul squeezes its mm result in place
  }
  throw typeError(`unsupported operand type(s) for ${op}: '${opName(a)}' and '${opName(b)}'`);
}

const opName = (o: Operand) => (o instanceof Tensor ? 'Tensor' : typeName(o));

function numberBinop(
  op: string,
  a: number | bigint | boolean,
  b: number | bigint | boolean,
): PyValue {
  const ints = typeof a !== 'number' && typeof b !== 'number';
  if (ints) {
    const x = BigInt(a);
    const y = BigInt(b);
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        if (y === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
        return Number(x) / Number(y);
      case '//':
        if (y === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
        return (x - (((x % y) + y) % y)) / y;
      case '%':
        if (y === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
        return ((x % y) + y) % y;
      case '**':
        return y >= 0n ? x ** y : Number(x) ** Number(y);
      case '&':
        return x & y;
      case '|':
        return x | y;
      case '^':
        return x ^ y;
    }
  }
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
      return x / y;
    case '//':
      if (y === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
      return Math.floor(x / y);
    case '%': {
      if (y === 0) throw new PyError('ZeroDivisionError', 'float modulo');
      const mod = x % y;
      return mod !== 0 && mod < 0 !== y < 0 ? mod + y : mod === 0 ? (y < 0 ? -0 : 0) : mod;
    }
    case '**':
      return x ** y;
  }
  throw unsupported(op, a, b);
}

/** Python binary operators over the session's values. */
export function binop(rt: Runtime, op: string, a: PyValue, b: PyValue): PyValue {
  const mixed = arrayWithTensor(rt, op, a, b);
  if (mixed !== undefined) return mixed;
  if (
    (a instanceof NdArray || b instanceof NdArray) &&
    !(a instanceof Tensor || b instanceof Tensor) &&
    op in UFUNC_OF
  ) {
    if (asOperand(rt, a) === null || asOperand(rt, b) === null) throw unsupported(op, a, b);
    return ufunc(rt, op, a, b, null);
  }
  if (a instanceof NdArray || b instanceof NdArray) {
    const ta = asOperand(rt, a);
    const tb = asOperand(rt, b);
    if (ta === null || tb === null) throw unsupported(op, a, b);
    const prev = rt.gradEnabled;
    rt.gradEnabled = false;
    try {
      const r = tensorBinop(rt, op, ta, tb);
      return new NdArray(r);
    } finally {
      rt.gradEnabled = prev;
    }
  }
  if (a instanceof Tensor || b instanceof Tensor) {
    const ta = asOperand(rt, a);
    const tb = asOperand(rt, b);
    if (ta === null || tb === null) throw unsupported(op, a, b);
    return tensorBinop(rt, op, ta, tb);
  }
  if (isScalar(a) && isScalar(b)) return numberBinop(op, a, b);
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && a instanceof PyList && b instanceof PyList)
    return new PyList([...a.items, ...b.items]);
  if (op === '+' && a instanceof PyTuple && b instanceof PyTuple)
    return new PyTuple([...a.items, ...b.items]);
  if (op === '*' && typeof b === 'bigint' && (typeof a === 'string' || a instanceof PyList)) {
    const n = Math.max(0, Math.min(Number(b), 10000));
    return typeof a === 'string'
      ? a.repeat(n)
      : new PyList(Array.from({ length: n }, () => a.items).flat());
  }
  throw unsupported(op, a, b);
}

/** Python `==` on non-tensor values. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (isScalar(a) && isScalar(b))
    return Number(a) === Number(b) && (typeof a !== 'bigint' || typeof b !== 'bigint' || a === b);
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    return a.items.length === b.items.length && a.items.every((x, i) => pyEquals(x, b.items[i]));
  }
  if (a instanceof PySet && b instanceof PySet)
    return a.table.size === b.table.size && a.table.values().every((v) => b.table.has(v));
  if (a instanceof PyDict && b instanceof PyDict)
    return (
      a.entries.size === b.entries.size &&
      [...a.entries].every(([k, [, v]]) => b.entries.has(k) && pyEquals(v, b.entries.get(k)![1]))
    );
  return a === b || sameClass(a, b);
}

/**
 * One Python class reached two ways: `type(layer)` builds its class object by dotted name,
 * `nn.Linear` is the module's attribute; both stand for torch.nn.modules.linear.Linear.
 */
const sameClass = (a: PyValue, b: PyValue) =>
  a instanceof PyObject &&
  b instanceof PyObject &&
  a.typeName === 'type' &&
  b.typeName === 'type' &&
  a.qualName !== undefined &&
  a.qualName === b.qualName;

function order(op: string, a: PyValue, b: PyValue): boolean {
  if (isScalar(a) && isScalar(b)) {
    const [x, y] = [Number(a), Number(b)];
    return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
  }
  if (typeof a === 'string' && typeof b === 'string')
    return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    // Lexicographic: the first unequal pair decides, else the lengths do.
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++)
      if (!pyEquals(a.items[i], b.items[i])) return order(op, a.items[i], b.items[i]);
    return order(op, BigInt(a.items.length), BigInt(b.items.length));
  }
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

const TENSOR_CMP: Record<string, string> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};

/** One comparison of a chain. */
export function compareValues(
  rt: Runtime,
  op: string,
  a: PyValue,
  b: PyValue,
  contains: (c: PyValue, x: PyValue) => boolean,
): PyValue {
  if (op === 'is') return a === b || sameClass(a, b);
  if (op === 'is not') return !(a === b || sameClass(a, b));
  if (op === 'in') return contains(b, a);
  if (op === 'not in') return !contains(b, a);
  if (
    (a instanceof NdArray && b instanceof Tensor) ||
    (a instanceof Tensor && b instanceof NdArray)
  ) {
    if (op === '==' || op === '!=') return op === '!=';
    throw typeError(
      `'${op}' not supported between instances of '${operandName(a)}' and '${operandName(b)}'`,
    );
  }
  const ta = asOperand(rt, a);
  const tb = asOperand(rt, b);
  if (
    (a instanceof Tensor || b instanceof Tensor || a instanceof NdArray || b instanceof NdArray) &&
    ta !== null &&
    tb !== null
  ) {
    const r = compare(rt, TENSOR_CMP[op], ta, tb);
    return a instanceof NdArray || b instanceof NdArray ? new NdArray(r) : r;
  }
  if (op === '==') return pyEquals(a, b);
  if (op === '!=') return !pyEquals(a, b);
  return order(op, a, b);
}

/** Unary `-x`, `+x`, `~x`. */
export function unaryOp(rt: Runtime, op: string, v: PyValue): PyValue {
  if (v instanceof Tensor) return op === '-' ? unary(rt, UNARY.neg, v) : v;
  if (v instanceof NdArray) return op === '-' ? binop(rt, '*', v, -1n) : v;
  if (typeof v === 'bigint' || typeof v === 'boolean')
    return op === '-' ? -BigInt(v) : op === '~' ? ~BigInt(v) : BigInt(v);
  if (typeof v === 'number' && op !== '~') return op === '-' ? -v : v;
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}
