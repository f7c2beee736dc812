import { PyError, typeError } from '../errors';
import { floatRepr, formatExp, formatFixed } from '../pyFloat';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import type { PyValue } from './values';
import { pyStr, typeName } from './values';

/**
 * Python's format-spec mini-language (`format(v, spec)`, f-string fields,
 * `str.format`): `[[fill]align][sign][#][0][width][,|_][.precision][type]` for
 * int, float and str; a 0-d tensor formats as its item (Tensor.__format__);
 * any other object accepts only the empty spec.
 */
export function formatValue(ctx: Ctx, v: PyValue, spec: string): string {
  if (v instanceof Tensor) {
    if (v.shape.length === 0)
      return formatValue(
        ctx,
        v.dtype === 'bool'
          ? v.values()[0] !== 0
          : isIntDtype(v.dtype)
            ? BigInt(v.values()[0])
            : v.values()[0],
        spec,
      );
    if (spec === '') return pyStr(v, ctx.addr);
    throw typeError('unsupported format string passed to Tensor.__format__');
  }
  if (spec === '') return pyStr(v, ctx.addr);
  const m =
    /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (typeof v === 'boolean') v = v ? 1n : 0n;
  const kind =
    typeof v === 'bigint'
      ? 'int'
      : typeof v === 'number'
        ? 'float'
        : typeof v === 'string'
          ? 'str'
          : null;
  if (kind === null)
    throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  if (!m) throw new PyError('ValueError', 'Invalid format specifier');
  const [, fillCh, alignCh, signCh, alt, zero, widthS, group, precS, type] = m;
  const precision = precS === undefined ? null : Number(precS);
  let body: string;
  let sign = '';
  if (kind === 'str') {
    if (type && type !== 's')
      throw new PyError('ValueError', `Unknown format code '${type}' for object of type 'str'`);
    body = precision === null ? (v as string) : (v as string).slice(0, precision);
  } else if (kind === 'int' && (!type || 'bcdoxXn'.includes(type))) {
    if (precision !== null)
      throw new PyError('ValueError', 'Precision not allowed in integer format specifier');
    const n = v as bigint;
    sign = n < 0n ? '-' : signCh === '+' ? '+' : signCh === ' ' ? ' ' : '';
    const a = n < 0n ? -n : n;
    const radix = type === 'x' || type === 'X' ? 16 : type === 'o' ? 8 : type === 'b' ? 2 : 10;
    body = type === 'c' ? String.fromCodePoint(Number(a)) : a.toString(radix);
    if (type === 'X') body = body.toUpperCase();
    if (group) body = groupDigits(body, group, radix === 10 ? 3 : 4);
    if (alt && radix !== 10) sign += { 16: '0x', 8: '0o', 2: '0b' }[radix] as string;
  } else {
    if (type && 'bcdoxXs'.includes(type))
      throw new PyError('ValueError', `Unknown format code '${type}' for object of type '${kind}'`);
    const x = Number(v);
    sign = x < 0 || Object.is(x, -0) ? '-' : signCh === '+' ? '+' : signCh === ' ' ? ' ' : '';
    body = floatBody(Math.abs(x), type ?? '', precision, !!alt);
    if (group) {
      const [int, ...rest] = body.split('.');
      if (/^\d+$/.test(int)) body = [groupDigits(int, group, 3), ...rest].join('.');
    }
  }
  const width = widthS === undefined ? 0 : Number(widthS);
  const fill = fillCh ?? (zero && !alignCh ? '0' : ' ');
  const align = alignCh ?? (zero && kind !== 'str' ? '=' : kind === 'str' ? '<' : '>');
  const pad = Math.max(0, width - sign.length - body.length);
  switch (align) {
    case '<':
      return sign + body + fill.repeat(pad);
    case '^':
      return fill.repeat(Math.floor(pad / 2)) + sign + body + fill.repeat(Math.ceil(pad / 2));
    case '=':
      return sign + fill.repeat(pad) + body;
    default:
      return fill.repeat(pad) + sign + body;
  }
}

const isIntDtype = (d: string) => /int/.test(d);

function groupDigits(digits: string, sep: string, every: number): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** The digits of a non-negative float for one presentation type ('' is str-like general format). */
function floatBody(x: number, type: string, precision: number | null, alt: boolean): string {
  if (!Number.isFinite(x))
    return Number.isNaN(x)
      ? type === type.toUpperCase() && type
        ? 'NAN'
        : 'nan'
      : type && 'EFG'.includes(type)
        ? 'INF'
        : 'inf';
  switch (type) {
    case 'f':
    case 'F':
      return formatFixed(x, precision ?? 6);
    case 'e':
    case 'E': {
      const s = formatExp(x, precision ?? 6);
      return type === 'E' ? s.toUpperCase() : s;
    }
    case '%':
      return formatFixed(x * 100, precision ?? 6) + '%';
    case '':
      if (precision === null) return floatRepr(x);
    // falls through: with a precision, '' is 'g' that keeps one digit after the point
    default: {
      const p = Math.max(precision ?? 6, 1);
      const exp = Number(formatExp(x, p - 1).split('e')[1]);
      let s = exp >= -4 && exp < p ? formatFixed(x, p - 1 - exp) : formatExp(x, p - 1);
      if (!alt) {
        const [mant, e] = s.split('e');
        const trimmed = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
        s = e === undefined ? trimmed : `${trimmed}e${e}`;
      }
      if (type === '' && !s.includes('.') && !s.includes('e')) s += '.0';
      return type === 'G' ? s.toUpperCase() : s;
    }
  }
}
