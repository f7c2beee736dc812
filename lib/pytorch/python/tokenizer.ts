import { PyError } from '../errors';

export type TokenKind =
  | 'name'
  | 'int'
  | 'float'
  | 'string'
  | 'fstring'
  | 'op'
  | 'newline'
  | 'indent'
  | 'dedent'
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Decoded value for strings; the raw body of an f-string. */
  value?: string;
  /** An r-prefixed f-string: its literal text keeps backslashes. */
  raw?: boolean;
}

const OPS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '@=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  ':=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '<',
  '>',
  '=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '~',
  '&',
  '|',
  '^',
];

export const syntaxError = (msg = 'invalid syntax') => new PyError('SyntaxError', msg);

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  r: '\r',
  '0': '\0',
};

/** Python's backslash escapes in a string's text. */
export function unescape(s: string): string {
  return s.replace(/\\(.)/gs, (m, c: string) => ESCAPES[c] ?? (c === '\n' ? '' : m));
}

function readString(src: string, i: number, raw = false): [string, number] {
  const quote = src.startsWith('"""', i) || src.startsWith("'''", i) ? src.slice(i, i + 3) : src[i];
  let j = i + quote.length;
  let out = '';
  while (j < src.length && !src.startsWith(quote, j)) {
    if (src[j] === '\n' && quote.length === 1)
      throw syntaxError('unterminated string literal (detected at line 1)');
    if (src[j] === '\\' && j + 1 < src.length) {
      out += raw ? src.slice(j, j + 2) : (ESCAPES[src[j + 1]] ?? '\\' + src[j + 1]);
      j += 2;
    } else out += src[j++];
  }
  if (j >= src.length) throw syntaxError('unterminated string literal (detected at line 1)');
  return [out, j + quote.length];
}

/** Python tokens with INDENT / DEDENT from 4-space (or any consistent) indentation. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const indents = [0];
  let depth = 0;
  let atLineStart = true;
  let i = 0;
  while (i < src.length) {
    if (atLineStart && depth === 0) {
      let w = 0;
      while (src[i + w] === ' ' || src[i + w] === '\t') w++;
      const rest = src[i + w];
      if (rest === '\n' || rest === '#' || rest === undefined) {
        while (i < src.length && src[i] !== '\n') i++;
        i++;
        continue;
      }
      if (w > indents[indents.length - 1]) {
        indents.push(w);
        tokens.push({ kind: 'indent', text: '' });
      }
      while (w < indents[indents.length - 1]) {
        indents.pop();
        tokens.push({ kind: 'dedent', text: '' });
      }
      if (w !== indents[indents.length - 1])
        throw new PyError(
          'IndentationError',
          'unindent does not match any outer indentation level',
        );
      i += w;
      atLineStart = false;
    }
    const c = src[i];
    if (c === '\n') {
      if (depth === 0) {
        tokens.push({ kind: 'newline', text: '\n' });
        atLineStart = true;
      }
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') i += 2;
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m =
        /^(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))[jJ]?/.exec(
          src.slice(i),
        )!;
      const text = m[0];
      if (/[jJ]$/.test(text))
        throw new PyError(
          'NotImplementedError',
          'complex numbers are not supported in this session',
        );
      const isFloat = !/^0[xX]/.test(text) && /[.eE]/.test(text);
      tokens.push({ kind: isFloat ? 'float' : 'int', text: text.replace(/_/g, '') });
      i += text.length;
    } else if (/[A-Za-z_\u00c0-\uffff]/.test(c)) {
      const m = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/.exec(src.slice(i))!;
      const prefix = m[0];
      if (
        /^[rRbBuUfF]{1,2}$/.test(prefix) &&
        (src[i + prefix.length] === "'" || src[i + prefix.length] === '"')
      ) {
        const raw = /[rR]/.test(prefix);
        const isF = /[fF]/.test(prefix);
        const [value, j] = readString(src, i + prefix.length, raw || isF);
        tokens.push({ kind: isF ? 'fstring' : 'string', text: src.slice(i, j), value, raw });
        i = j;
      } else {
        tokens.push({ kind: 'name', text: prefix });
        i += prefix.length;
      }
    } else if (c === "'" || c === '"') {
      const [value, j] = readString(src, i);
      tokens.push({ kind: 'string', text: src.slice(i, j), value });
      i = j;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op)
        throw syntaxError(
          `invalid character '${c}' (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`,
        );
      if ('([{'.includes(op)) depth++;
      if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  if (depth > 0) throw syntaxError("'(' was never closed");
  if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline')
    tokens.push({ kind: 'newline', text: '\n' });
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ kind: 'dedent', text: '' });
  }
  tokens.push({ kind: 'eof', text: '' });
  return tokens;
}
