import { PyError } from '../errors';
import type { Token } from './tokenizer';
import { syntaxError } from './tokenizer';

/** Statements and expressions the session deliberately does not run, with the word Python uses for them. */
export const UNSUPPORTED: Record<string, string> = {
  async: "'async' functions",
  await: "'await' expressions",
  match: "'match' statements",
};

export const notSupported = (what: string) =>
  new PyError('NotImplementedError', `${what} are not supported in this session`);

export const COMPARE_OPS = ['<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is'];
export const AUG_OPS = [
  '+=',
  '-=',
  '*=',
  '/=',
  '//=',
  '%=',
  '**=',
  '@=',
  '&=',
  '|=',
  '^=',
  '>>=',
  '<<=',
];
export const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'if',
  'else',
  'for',
  'def',
  'return',
  'with',
  'as',
  'import',
  'from',
  'pass',
  'elif',
  'while',
  'class',
  'break',
  'continue',
  'lambda',
  'global',
  'assert',
  'del',
  'try',
  'except',
  'finally',
  'raise',
  'nonlocal',
]);

/** A cursor over the tokens of one input, with the checks every grammar rule uses. */
export class TokenStream {
  protected pos = 0;
  constructor(protected readonly toks: Token[]) {}

  protected peek(k = 0): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)];
  }
  protected is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return (t.kind === 'op' || t.kind === 'name') && t.text === text;
  }
  protected next(): Token {
    return this.toks[this.pos++];
  }
  protected expect(text: string): void {
    if (!this.is(text))
      throw syntaxError(
        this.peek().kind === 'eof' ? 'unexpected EOF while parsing' : 'invalid syntax',
      );
    this.pos++;
  }
  expectEnd(): void {
    if (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') throw syntaxError();
  }
  protected name(): string {
    const t = this.next();
    if (t.kind !== 'name' || KEYWORDS.has(t.text)) throw syntaxError();
    return t.text;
  }
}
