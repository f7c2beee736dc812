/**
 * log, sin and cos of a double, correctly rounded: evaluated in double-double arithmetic
 * (about 104 significant bits) and rounded once. glibc's libm, which PyTorch's CPU kernels
 * call (std::log, std::cos, std::sin in normal_fill), rounds these correctly in all but
 * vanishingly rare cases, while JavaScript's Math.log / Math.cos / Math.sin are off by one
 * unit in the last place for a few percent of arguments: float64 `torch.randn` draws would
 * differ in their last digit.
 */
type DD = readonly [number, number];

const SPLITTER = 134217729; // 2^27 + 1, Dekker's split

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}
function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ta = SPLITTER * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = SPLITTER * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function add(x: DD, y: DD): DD {
  const [s1, s2] = twoSum(x[0], y[0]);
  const [t1, t2] = twoSum(x[1], y[1]);
  const [u1, u2] = quickTwoSum(s1, s2 + t1);
  return quickTwoSum(u1, u2 + t2);
}
function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return quickTwoSum(p, e + (x[0] * y[1] + x[1] * y[0]));
}
function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = add(x, mul(y, [-q1, 0]));
  const q2 = r[0] / y[0];
  const r2 = add(r, mul(y, [-q2, 0]));
  const [a, b] = quickTwoSum(q1, q2);
  return add([a, b], [r2[0] / y[0], 0]);
}
const neg = (x: DD): DD => [-x[0], -x[1]];

/** 1/(2k+1) for the atanh series, and 1/n! for the sine and cosine series. */
const ODD_RECIPROCALS: DD[] = Array.from({ length: 24 }, (_, k) => div([1, 0], [2 * k + 1, 0]));
const INVERSE_FACTORIALS: DD[] = [[1, 0]];
for (let n = 1; n <= 30; n++) INVERSE_FACTORIALS.push(div(INVERSE_FACTORIALS[n - 1], [n, 0]));

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** log(x) = e ln 2 + 2 atanh((m - 1) / (m + 1)) with x = m 2^e, m in [1/sqrt 2, sqrt 2). */
export function crLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x) || x < 2 ** -1022) return Math.log(x);
  if (x === 1) return 0;
  // x = m 2^e exactly, m in [1, 2) (log2 may be off by one near powers of two), then [1/sqrt 2, sqrt 2).
  let e = Math.floor(Math.log2(x));
  e += x / 2 ** e >= 2 ? 1 : x / 2 ** e < 1 ? -1 : 0;
  if (x / 2 ** e > Math.SQRT2) e++;
  const m = x / 2 ** e;
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let t = ODD_RECIPROCALS[ODD_RECIPROCALS.length - 1];
  for (let k = ODD_RECIPROCALS.length - 2; k >= 0; k--) t = add(mul(t, s2), ODD_RECIPROCALS[k]);
  const logM = mul([2 * s[0], 2 * s[1]], t);
  const r = add(mul([e, 0], LN2), logM);
  return r[0] + r[1];
}

/** Taylor series of sin (odd = 1) or cos (odd = 0) of a reduced |r| <= pi/4. */
function series(r: DD, odd: 0 | 1): DD {
  const r2 = mul(r, r);
  let t: DD = [0, 0];
  for (let n = 28 + odd; n >= odd; n -= 2) {
    const term = (n - odd) % 4 === 0 ? INVERSE_FACTORIALS[n] : neg(INVERSE_FACTORIALS[n]);
    t = add(mul(t, r2), term);
  }
  return odd ? mul(t, r) : t;
}

/** sin and cos of x (|x| up to a few thousand), reduced by k pi/2 with pi/2 to three doubles. */
function sinCos(x: number): { sin: number; cos: number } {
  if (!Number.isFinite(x) || Math.abs(x) > 1e5) return { sin: Math.sin(x), cos: Math.cos(x) };
  const k = Math.round(x / PIO2[0]);
  let r: DD = [x, 0];
  for (const p of PIO2) r = add(r, neg(twoProd(k, p)));
  const s = series(r, 1);
  const c = series(r, 0);
  const q = ((k % 4) + 4) % 4;
  const [sin, cos] = [
    [s, c],
    [c, neg(s)],
    [neg(s), neg(c)],
    [neg(c), s],
  ][q];
  return { sin: sin[0] + sin[1], cos: cos[0] + cos[1] };
}

export const crSin = (x: number): number => (x === 0 ? x : sinCos(x).sin);
export const crCos = (x: number): number => sinCos(x).cos;
