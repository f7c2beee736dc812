/**
 * float32 log and sincos as avx_mathfun.h computes them (Cephes polynomials,
 * every operation rounded to float32). PyTorch 1.13's AVX2 `normal_fill_16_AVX2`
 * uses these for float tensors of 16 or more elements, so `torch.randn` and
 * `normal_` reproduce its samples bit for bit only with the same arithmetic.
 */
const f = Math.fround;
/** frexp for a positive normal float: [m, e] with x = m * 2**e and m in [0.5, 1), as the bit masks give them. */
function frexp(x: number): [number, number] {
  let e = Math.floor(Math.log2(x));
  let m = x * 2 ** -e;
  if (m >= 2) {
    m /= 2;
    e++;
  } else if (m < 1) {
    m *= 2;
    e--;
  }
  return [m / 2, e + 1];
}

/** a * b + c rounded once to float32, as the compiler's fused multiply-add gives it (a * b is exact in a double). */
const fma = (a: number, b: number, c: number) => f(a * b + c);

const SQRTHF = f(0.707106781186547524);
const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(f);
const LOG_Q1 = f(-2.1219444e-4);
const LOG_Q2 = f(0.693359375);
const MIN_NORM = 2 ** -126;

/** log256_ps for one lane (x > 0). */
export function logf(x: number): number {
  if (x <= 0) return NaN;
  const [m, ex] = frexp(Math.max(x, MIN_NORM));
  let e = ex;
  x = m;
  const less = x < SQRTHF;
  const tmp = less ? x : 0;
  x = f(x - 1);
  if (less) e = f(e - 1);
  x = f(x + tmp);
  const z = f(x * x);
  let y = LOG_P[0];
  for (let i = 1; i < LOG_P.length; i++) y = fma(y, x, LOG_P[i]);
  y = f(y * x);
  y = fma(y, z, f(e * LOG_Q1));
  y = fma(-z, 0.5, y);
  x = f(x + y);
  return fma(e, LOG_Q2, x);
}

const FOPI = f(1.27323954473516);
const DP = [-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8].map(f);
const SINCOF = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COSCOF = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);

/** sincos256_ps for one lane: [sin x, cos x]. */
export function sincosf(x: number): [number, number] {
  let signSin = x < 0 || Object.is(x, -0) ? -1 : 1;
  x = Math.abs(x);
  let j = Math.trunc(f(x * FOPI));
  j = (j + 1) & ~1;
  const y0 = f(j);
  if (j & 4) signSin = -signSin;
  const polyMask = (j & 2) === 0;
  x = fma(y0, DP[0], x);
  x = fma(y0, DP[1], x);
  x = fma(y0, DP[2], x);
  const signCos = ((j - 2) & 4) === 0 ? -1 : 1;
  const z = f(x * x);
  let y = COSCOF[0];
  y = fma(y, z, COSCOF[1]);
  y = fma(y, z, COSCOF[2]);
  y = f(y * z);
  y = fma(y, z, -f(z * 0.5));
  y = f(y + 1);
  let y2 = SINCOF[0];
  y2 = fma(y2, z, SINCOF[1]);
  y2 = fma(y2, z, SINCOF[2]);
  y2 = f(y2 * z);
  y2 = fma(y2, x, x);
  const sin = polyMask ? y2 : y;
  const cos = polyMask ? y : y2;
  return [signSin * sin, signCos * cos];
}
