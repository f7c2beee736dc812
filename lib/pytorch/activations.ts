import { runtimeError } from './errors';
import { scalarTypeName, isFloating } from './dtype';
import type { UnarySpec } from './ops/pointwise';
import type { Tensor } from './tensor';

/**
 * The parametrised activations of torch.nn (1.13) as elementwise ops with their grad_fns:
 * LeakyReLU, ELU, Softplus and GELU. Values are computed in double and stored in the
 * tensor's dtype, as ATen's float kernels give them to the printed digits.
 */

/** erf(x) to double precision: its Maclaurin series near 0, the continued fraction of erfc beyond. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = x;
    let total = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      total += add;
      if (Math.abs(add) < 1e-17 * Math.abs(total)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * total;
  }
  if (ax > 6) return Math.sign(x);
  // erfc(x) = exp(-x²)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), by Lentz's method.
  const tiny = 1e-300;
  let f = ax;
  let c = ax;
  let d = 0;
  for (let k = 1; k < 300; k++) {
    const a = k / 2;
    d = ax + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = ax + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}

/** The dtype check of ATen's activation kernels: integers and bools are refused by name. */
export function checkFloatingInput(t: Tensor, kernel: string): void {
  if (!isFloating(t.dtype))
    throw runtimeError(`"${kernel}" not implemented for '${scalarTypeName(t.dtype)}'`);
}

/** `F.leaky_relu(x, negative_slope)`: slope * x below zero; the gradient is 1 above 0, slope at and below. */
export function leakyRelu(slope: number): UnarySpec {
  return {
    name: 'LeakyReluBackward0',
    f: (a) => (a > 0 ? a : a * slope),
    d: (a) => (a > 0 ? 1 : slope),
    saves: 'input',
    toFloat: false,
  };
}

/** `F.elu(x, alpha)`: alpha (e^x - 1) at and below zero. */
export function elu(alpha: number): UnarySpec {
  return {
    name: 'EluBackward0',
    f: (a) => (a > 0 ? a : alpha * Math.expm1(a)),
    d: (a) => (a > 0 ? 1 : alpha * Math.exp(a)),
    saves: 'input',
    toFloat: false,
  };
}

/** `F.softplus(x, beta, threshold)`: log(1 + e^(beta x)) / beta, x itself once beta x passes the threshold. */
export function softplus(beta: number, threshold: number): UnarySpec {
  return {
    name: 'SoftplusBackward0',
    f: (a) => (a * beta > threshold ? a : Math.log1p(Math.exp(a * beta)) / beta),
    d: (a) => {
      if (a * beta > threshold) return 1;
      const z = Math.exp(a * beta);
      return z / (z + 1);
    },
    saves: 'input',
    toFloat: false,
  };
}

const BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const KAPPA = 0.044715;

/** `F.gelu(x, approximate)`: x Φ(x) exactly ('none'), or its tanh approximation ('tanh'). */
export function gelu(approximate: 'none' | 'tanh'): UnarySpec {
  if (approximate === 'tanh')
    return {
      name: 'GeluBackward0',
      f: (a) => 0.5 * a * (1 + Math.tanh(BETA * (a + KAPPA * a * a * a))),
      d: (a) => {
        const inner = Math.tanh(BETA * (a + KAPPA * a * a * a));
        return 0.5 * (1 + inner) + 0.5 * a * (1 - inner * inner) * BETA * (1 + 3 * KAPPA * a * a);
      },
      saves: 'input',
      toFloat: false,
    };
  return {
    name: 'GeluBackward0',
    f: (a) => 0.5 * a * (1 + erf(a / Math.SQRT2)),
    d: (a) =>
      0.5 * (1 + erf(a / Math.SQRT2)) + (a * Math.exp(-0.5 * a * a)) / Math.sqrt(2 * Math.PI),
    saves: 'input',
    toFloat: false,
  };
}
