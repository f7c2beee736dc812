import { PyError } from '../errors';
import type { Expr, Param, Stmt } from './ast';
import { AUG_OPS, ExprParser, notSupported, UNSUPPORTED } from './exprParser';
import { syntaxError, tokenize } from './tokenizer';

export { notSupported } from './exprParser';

/** The statement grammar of the session's Python subset, over ExprParser's expressions. */
class Parser extends ExprParser {
  program(): Stmt[] {
    const out: Stmt[] = [];
    while (this.peek().kind !== 'eof') {
      if (this.peek().kind === 'newline') {
        this.pos++;
        continue;
      }
      out.push(...this.statement());
    }
    return out;
  }

  private block(): Stmt[] {
    if (this.peek().kind !== 'newline') return this.simpleLine();
    this.pos++;
    if (this.peek().kind !== 'indent') throw new PyError('IndentationError', 'expected an indented block');
    this.pos++;
    const body: Stmt[] = [];
    while (this.peek().kind !== 'dedent' && this.peek().kind !== 'eof') body.push(...this.statement());
    this.pos++;
    return body;
  }

  private statement(): Stmt[] {
    const t = this.peek();
    if (t.kind === 'indent') throw new PyError('IndentationError', 'unexpected indent');
    if (t.kind === 'name' && UNSUPPORTED[t.text] && !(t.text === 'match' && this.peek(1).kind === 'op')) {
      throw notSupported(UNSUPPORTED[t.text]);
    }
    if (this.is('@') || this.is('def')) return [this.funcDef()];
    if (this.is('with')) {
      this.next();
      const ctx = this.expr();
      let alias: Expr | null = null;
      if (this.is('as')) {
        this.next();
        alias = this.primary();
      }
      this.expect(':');
      return [{ type: 'with', ctx, alias, body: this.block() }];
    }
    if (this.is('if')) return [this.ifStmt()];
    return this.simpleLine();
  }

  private ifStmt(): Stmt {
    this.next();
    const test = this.expr();
    this.expect(':');
    const body = this.block();
    let orelse: Stmt[] = [];
    if (this.is('elif')) orelse = [this.ifStmt()];
    else if (this.is('else')) {
      this.next();
      this.expect(':');
      orelse = this.block();
    }
    return { type: 'if', test, body, orelse };
  }

  private funcDef(): Stmt {
    const decorators: Expr[] = [];
    while (this.is('@')) {
      this.next();
      decorators.push(this.expr());
      if (this.peek().kind !== 'newline') throw syntaxError();
      this.next();
    }
    this.expect('def');
    const name = this.name();
    this.expect('(');
    const params: Param[] = [];
    while (!this.is(')')) {
      if (this.is('*') || this.is('**')) throw notSupported('*args and **kwargs parameters');
      const p = this.name();
      let dflt: Expr | null = null;
      if (this.is('=')) {
        this.next();
        dflt = this.expr();
      }
      params.push({ name: p, default: dflt });
      if (!this.is(')')) this.expect(',');
    }
    this.next();
    if (this.is('->')) {
      this.next();
      this.expr();
    }
    this.expect(':');
    return { type: 'def', name, params, body: this.block(), decorators };
  }

  private simpleLine(): Stmt[] {
    const out = [this.simple()];
    while (this.is(';')) {
      this.next();
      if (this.peek().kind === 'newline') break;
      out.push(this.simple());
    }
    if (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') throw syntaxError();
    if (this.peek().kind === 'newline') this.next();
    return out;
  }

  private dotted(): string {
    let n = this.name();
    while (this.is('.')) {
      this.next();
      n += '.' + this.name();
    }
    return n;
  }

  private simple(): Stmt {
    if (this.is('pass')) {
      this.next();
      return { type: 'pass' };
    }
    if (this.is('return')) {
      this.next();
      const atEnd = this.peek().kind === 'newline' || this.is(';');
      return { type: 'return', value: atEnd ? null : this.exprList() };
    }
    if (this.is('import')) {
      this.next();
      const moduleName = this.dotted();
      let alias: string | null = null;
      if (this.is('as')) {
        this.next();
        alias = this.name();
      }
      if (this.is(',')) throw notSupported('several imports on one line');
      return { type: 'import', module: moduleName, alias };
    }
    if (this.is('from')) {
      this.next();
      const moduleName = this.dotted();
      this.expect('import');
      const names: [string, string | null][] = [];
      const paren = this.is('(');
      if (paren) this.next();
      do {
        if (names.length > 0) this.next();
        if (this.is('*')) throw notSupported("'import *' statements");
        const n = this.name();
        let alias: string | null = null;
        if (this.is('as')) {
          this.next();
          alias = this.name();
        }
        names.push([n, alias]);
      } while (this.is(','));
      if (paren) this.expect(')');
      return { type: 'from', module: moduleName, names };
    }
    const first = this.exprList();
    const aug = AUG_OPS.find((o) => this.is(o));
    if (aug) {
      this.next();
      return { type: 'augassign', target: first, op: aug.slice(0, -1), value: this.exprList() };
    }
    if (this.is('=')) {
      const targets = [first];
      let value: Expr = first;
      while (this.is('=')) {
        this.next();
        value = this.exprList();
        targets.push(value);
      }
      targets.pop();
      return { type: 'assign', targets, value };
    }
    return { type: 'expr', expr: first };
  }

}

/** Parse one REPL input (a simple statement or a compound one with its block). */
export function parse(src: string): Stmt[] {
  return new Parser(tokenize(src)).program();
}
