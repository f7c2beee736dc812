import type { DType } from './dtype';
import { isFloating } from './dtype';
import { formatFixed } from './pyFloat';
import { formatTuple } from './formatShape';

/** numpy 1.24 printoptions defaults. */
const NP = { precision: 8, linewidth: 75, threshold: 1000, edgeitems: 3 };

/** Shortest round-trip digits of x as stored in `dtype` (Dragon4 unique mode). */
function shortest(x: number, dtype: DType): { digits: string; exp: number } {
  let s = Math.abs(x).toExponential();
  if (dtype === 'float32' || dtype === 'float16') {
    for (let p = 1; p <= 17; p++) {
      const cand = Math.abs(x).toExponential(p - 1);
      const back = Number(cand);
      if ((dtype === 'float32' ? Math.fround(back) : back) === Math.abs(x) || p === 17) {
        s = cand;
        break;
      }
    }
  }
  const [m, e] = s.split('e');
  return { digits: m.replace('.', ''), exp: Number(e) };
}

function positional(x: number, dtype: DType): [string, string] {
  const { digits, exp } = shortest(x, dtype);
  let intPart: string;
  let frac: string;
  if (exp < 0) [intPart, frac] = ['0', '0'.repeat(-exp - 1) + digits];
  else [intPart, frac] = [digits.slice(0, exp + 1).padEnd(exp + 1, '0'), digits.slice(exp + 1)];
  if (frac.length > NP.precision)
    [intPart, frac] = formatFixed(Math.abs(x), NP.precision).split('.');
  frac = frac.replace(/0+$/, '');
  return [(x < 0 || Object.is(x, -0) ? '-' : '') + intPart, frac];
}

/** numpy's FloatingFormat (floatmode 'maxprec', precision 8, trim '.'). */
function floatFormatter(values: number[], dtype: DType): (x: number) => string {
  const finite = values.filter(Number.isFinite);
  const abs = finite.filter((v) => v !== 0).map(Math.abs);
  const exp =
    abs.length > 0 &&
    (Math.max(...abs) >= 1e8 ||
      Math.min(...abs) < 1e-4 ||
      Math.max(...abs) / Math.min(...abs) > 1000);
  if (exp) {
    const parts = finite.map((x) => shortest(x, dtype));
    const precision = Math.max(...parts.map((p) => p.digits.length - 1));
    const expSize = Math.max(2, ...parts.map((p) => String(Math.abs(p.exp)).length));
    const fmt = (x: number) => {
      if (!Number.isFinite(x)) return String(x).replace('Infinity', 'inf').replace('NaN', 'nan');
      const s = Math.abs(x).toExponential(Math.min(precision, 20));
      const [m, e] = s.split('e');
      const ev = Number(e);
      const mant = m.includes('.') ? m : m + '.';
      return `${x < 0 ? '-' : ''}${mant}e${ev < 0 ? '-' : '+'}${String(Math.abs(ev)).padStart(expSize, '0')}`;
    };
    const width = Math.max(...values.map((v) => fmt(v).length));
    return (x) => fmt(x).padStart(width);
  }
  const parts = finite.map((x) => positional(x, dtype));
  const padLeft = Math.max(0, ...parts.map((p) => p[0].length));
  const padRight = Math.max(0, ...parts.map((p) => p[1].length));
  return (x) => {
    if (!Number.isFinite(x)) {
      const s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
      return s.padStart(padLeft + padRight + 1);
    }
    const [i, f] = positional(x, dtype);
    return `${i.padStart(padLeft)}.${f.padEnd(padRight)}`;
  };
}

type Elem = number | bigint;

function elementFormatter(values: Elem[], dtype: DType): (x: Elem) => string {
  if (isFloating(dtype)) {
    const fmt = floatFormatter(values.map(Number), dtype);
    return (x) => fmt(Number(x));
  }
  const str = (x: Elem) => (dtype === 'bool' ? (x ? 'True' : 'False') : String(x));
  const width = Math.max(...values.map((v) => str(v).length));
  return (x) => str(x).padStart(width);
}

const NUMPY_DEFAULT: readonly DType[] = ['float64', 'int64', 'bool'];

/** `repr(ndarray)` as numpy 1.24 prints it (array2string's _formatArray with legacy=False). */
export function formatNdarray(
  shape: readonly number[],
  data: ArrayLike<Elem>,
  dtype: DType,
): string {
  const skipDtype = NUMPY_DEFAULT.includes(dtype) && data.length > 0;
  const prefix = 'array(';
  const suffix = skipDtype ? ')' : ',';
  let body: string;
  if (data.length === 0) body = shape.length === 1 ? '[]' : `[], shape=${formatTuple(shape)}`;
  else if (shape.length === 0) body = elementFormatter([data[0]], dtype)(data[0]);
  else {
    const fmt = elementFormatter(Array.from(data), dtype);
    const hanging = ' '.repeat(prefix.length + 1);
    body = formatArray(shape, data, fmt, NP.linewidth - suffix.length, hanging);
  }
  const text = prefix + body + suffix;
  if (skipDtype) return text;
  const dtypeStr = `dtype=${dtype})`;
  const lastLine = text.length - (text.lastIndexOf('\n') + 1);
  const spacer =
    lastLine + dtypeStr.length + 1 > NP.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return text + spacer + dtypeStr;
}

/** `str(ndarray)`: array2string with separator ' ' and no prefix (`[4 5 6]`, rows on their own lines). */
export function formatNdarrayStr(
  shape: readonly number[],
  data: ArrayLike<Elem>,
  dtype: DType,
): string {
  if (data.length === 0) return '[]';
  const fmt = elementFormatter(Array.from(data), dtype);
  if (shape.length === 0) return fmt(data[0]).trim();
  return formatArray(shape, data, fmt, NP.linewidth, ' ', ' ');
}

function formatArray(
  shape: readonly number[],
  data: ArrayLike<Elem>,
  fmt: (x: Elem) => string,
  lineWidth: number,
  prefix: string,
  separator = ', ',
): string {
  const inner = (d: number) => shape.slice(d + 1).reduce((a, b) => a * b, 1);
  const rec = (axis: number, start: number, hanging: string, width: number): string => {
    const n = shape[axis];
    const nextHanging = hanging + ' ';
    const nextWidth = width - 1;
    const idx = [...Array(n).keys()];
    if (axis === shape.length - 1) {
      const elemWidth = width - 1;
      let s = '';
      let line = hanging;
      idx.forEach((i, k) => {
        const word = fmt(data[start + i]);
        if (line.length + word.length > elemWidth && line.length > prefix.length) {
          s += line.trimEnd() + '\n';
          line = hanging;
        }
        line += word + (k < n - 1 ? separator : '');
      });
      s += line;
      return '[' + s.slice(hanging.length) + ']';
    }
    const sep = separator.trimEnd() + '\n'.repeat(shape.length - axis - 1);
    const rows = idx.map(
      (i) => hanging + rec(axis + 1, start + i * inner(axis), nextHanging, nextWidth),
    );
    return '[' + rows.join(sep).slice(hanging.length) + ']';
  };
  return rec(0, 0, prefix, lineWidth);
}
