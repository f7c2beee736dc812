import type { Expr, FPart } from './ast';
import { syntaxError, unescape } from './tokenizer';

/**
 * The body of an f-string split into literal text and replacement fields
 * `{expr!conv:spec}` (PEP 498): `{{` and `}}` are literal braces, a field may
 * end in `=` (self-documenting, Python 3.8), and its spec may hold nested
 * fields such as `{x:{width}.2f}`.
 */
export function parseFString(
  body: string,
  raw: boolean,
  parseExpr: (src: string) => Expr,
  nested = false,
): FPart[] {
  const parts: FPart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(raw ? text : unescape(text));
    text = '';
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '{' && body[i + 1] === '{' && !nested) {
      text += '{';
      i += 2;
    } else if (c === '}' && body[i + 1] === '}' && !nested) {
      text += '}';
      i += 2;
    } else if (c === '}') {
      throw syntaxError("f-string: single '}' is not allowed");
    } else if (c === '{') {
      flush();
      const end = fieldEnd(body, i + 1);
      parts.push(field(body.slice(i + 1, end), raw, parseExpr));
      i = end + 1;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return parts;
}

/** The index of the `}` closing the field that starts at `start`, skipping brackets and strings. */
function fieldEnd(body: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let j = start; j < body.length; j++) {
    const c = body[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]'.includes(c)) depth--;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  throw syntaxError("f-string: expecting '}'");
}

/** One field's text (between the braces) as expression, conversion, spec and `=` debug text. */
function field(src: string, raw: boolean, parseExpr: (src: string) => Expr): FPart {
  let depth = 0;
  let quote: string | null = null;
  let exprEnd = src.length;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && (c === ':' || (c === '!' && src[j + 1] !== '='))) {
      exprEnd = j;
      break;
    }
  }
  let exprText = src.slice(0, exprEnd);
  let rest = src.slice(exprEnd);
  let debug: string | null = null;
  const eq = /=\s*$/.exec(exprText);
  if (eq && !/[=!<>]=\s*$/.test(exprText)) {
    debug = exprText;
    exprText = exprText.slice(0, eq.index);
  }
  if (exprText.trim() === '') throw syntaxError('f-string: empty expression not allowed');
  let conv: 'r' | 's' | 'a' | null = null;
  if (rest.startsWith('!')) {
    const m = /^!([rsa])(?=:|$)/.exec(rest);
    if (!m) throw syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conv = m[1] as 'r' | 's' | 'a';
    rest = rest.slice(2);
  }
  const spec = rest.startsWith(':') ? parseFString(rest.slice(1), raw, parseExpr, true) : null;
  if (debug !== null && conv === null && spec === null) conv = 'r';
  return { expr: parseExpr(exprText.trim()), conv, spec, debug };
}
