import { isFloating } from '../dtype';
import { PyError } from '../errors';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import type { BinarySpec, Operand } from './pointwise';
import { binary, DIV } from './pointwise';

/**
 * Division with rounding, remainder and fmod as ATen 1.13 computes them: floats through
 * c10's div_floor_floating and fmod, integers exactly (int64 beyond 2^53 included), an
 * integer divided by an integer zero raising `RuntimeError: ZeroDivisionError`.
 */

/** c10::div_floor_floating: fmod-based, so that a == b * q + r holds with r of b's sign. */
export function divFloor(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  let q = Math.floor(div);
  if (div - q > 0.5) q += 1;
  return q;
}

/** Python's (and torch.remainder's) modulo: the sign of the divisor. */
export function remainderOf(a: number, b: number): number {
  const mod = a % b;
  return mod !== 0 && b < 0 !== mod < 0 ? mod + b : mod;
}

const floorExact = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
const remainderExact = (a: bigint, b: bigint) => {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
};

const notDifferentiable = (what: string) => () => {
  throw new PyError('RuntimeError', `the derivative for '${what}' is not implemented.`);
};
const zero = () => 0;

/** `a // b`: floor_divide (no derivative in 1.13). */
export const FLOOR_DIVIDE: BinarySpec = {
  name: 'NotImplemented',
  f: divFloor,
  exact: floorExact,
  da: notDifferentiable('floor_divide'),
  db: notDifferentiable('floor_divide'),
  saves: [false, false],
};

/** `torch.div(a, b, rounding_mode=...)`: DivBackward2 (a number divisor is wrapped as a tensor), zero gradients. */
const ROUNDED_DIV = (mode: 'floor' | 'trunc'): BinarySpec => ({
  name: 'DivBackward2',
  f: mode === 'floor' ? divFloor : (a, b) => Math.trunc(a / b),
  exact: mode === 'floor' ? floorExact : (a, b) => a / b,
  da: zero,
  db: zero,
  saves: [false, false],
});

/** `a % b` and torch.remainder: RemainderBackward1 for a tensor divisor, 0 for a number. */
const REMAINDER = (tensorOther: boolean): BinarySpec => ({
  name: tensorOther ? 'RemainderBackward1' : 'RemainderBackward0',
  f: remainderOf,
  exact: remainderExact,
  da: () => 1,
  db: (a, b) => -divFloor(a, b),
  saves: [true, true],
});

/** `2 % t`: the scalar-first remainder has no derivative formula in 1.13. */
export const RREMAINDER: BinarySpec = {
  ...REMAINDER(true),
  name: 'NotImplemented',
  da: notDifferentiable('remainder'),
  db: notDifferentiable('remainder'),
};

/** torch.fmod: C's fmod, the sign of the dividend (FmodBackward1 for a tensor divisor). */
const FMOD = (tensorOther: boolean): BinarySpec => ({
  name: tensorOther ? 'FmodBackward1' : 'FmodBackward0',
  f: (a, b) => a % b,
  exact: (a, b) => a % b,
  da: () => 1,
  db: (a, b) => -Math.trunc(a / b),
  saves: [true, true],
});

const isIntegral = (o: Operand) =>
  o instanceof Tensor ? !isFloating(o.dtype) : typeof o !== 'number';

/** Integer tensors divided by an integer zero raise, as PyTorch's integer kernels do. */
export function checkIntegerZero(a: Operand, b: Operand): void {
  if (!isIntegral(a) || !isIntegral(b)) return;
  const zeroDivisor = b instanceof Tensor ? b.values().some((v) => v === 0) : Number(b) === 0;
  if (zeroDivisor) throw new PyError('RuntimeError', 'ZeroDivisionError');
}

/** `torch.div(a, b, rounding_mode=None | 'trunc' | 'floor')`. */
export function divide(rt: Runtime, a: Tensor, b: Operand, mode: string | null): Tensor {
  if (mode === null) return binary(rt, DIV, a, b);
  if (mode !== 'floor' && mode !== 'trunc')
    throw new PyError(
      'RuntimeError',
      `div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`,
    );
  checkIntegerZero(a, b);
  return binary(rt, ROUNDED_DIV(mode), a, b);
}

export function remainder(rt: Runtime, a: Operand, b: Operand): Tensor {
  checkIntegerZero(a, b);
  return binary(rt, a instanceof Tensor ? REMAINDER(b instanceof Tensor) : RREMAINDER, a, b);
}

export function fmod(rt: Runtime, a: Tensor, b: Operand): Tensor {
  checkIntegerZero(a, b);
  return binary(rt, FMOD(b instanceof Tensor), a, b);
}

export function floorDivide(rt: Runtime, a: Operand, b: Operand): Tensor {
  checkIntegerZero(a, b);
  return binary(rt, FLOOR_DIVIDE, a, b);
}
