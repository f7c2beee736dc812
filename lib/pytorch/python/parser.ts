// Longer than 300 lines: the statement half of the parser, one method per Python statement; expressions are in exprParser.ts.
import { PyError } from '../errors';
import type { Expr, Handler, Param, Stmt } from './ast';
import { AUG_OPS, ExprParser, notSupported, UNSUPPORTED } from './exprParser';
import { syntaxError, tokenize } from './tokenizer';

export { notSupported } from './exprParser';

/** The statement grammar of the session's Python subset, over ExprParser's expressions. */
class Parser extends ExprParser {
  /** Where the statement being parsed sits, for the compiler's "'break' outside loop" checks. */
  private inLoop = false;
  private inFunction = false;

  private nested(inLoop: boolean, inFunction: boolean): Stmt[] {
    const saved = [this.inLoop, this.inFunction];
    [this.inLoop, this.inFunction] = [inLoop, inFunction];
    try {
      return this.block();
    } finally {
      [this.inLoop, this.inFunction] = saved;
    }
  }

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
    if (this.peek().kind !== 'indent')
      throw new PyError('IndentationError', 'expected an indented block');
    this.pos++;
    const body: Stmt[] = [];
    while (this.peek().kind !== 'dedent' && this.peek().kind !== 'eof')
      body.push(...this.statement());
    this.pos++;
    return body;
  }

  private statement(): Stmt[] {
    const t = this.peek();
    if (t.kind === 'indent') throw new PyError('IndentationError', 'unexpected indent');
    if (
      t.kind === 'name' &&
      UNSUPPORTED[t.text] &&
      !(t.text === 'match' && this.peek(1).kind === 'op')
    ) {
      throw notSupported(UNSUPPORTED[t.text]);
    }
    if (this.is('@') || this.is('def') || this.is('class')) return [this.decorated()];
    if (this.is('for')) return [this.forStmt()];
    if (this.is('while')) {
      this.next();
      const test = this.expr();
      this.expect(':');
      return [
        { type: 'while', test, body: this.nested(true, this.inFunction), orelse: this.elseBlock() },
      ];
    }
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
    if (this.is('try')) return [this.tryStmt()];
    return this.simpleLine();
  }

  private ifStmt(): Stmt {
    this.next();
    const test = this.expr();
    this.expect(':');
    const body = this.block();
    let orelse: Stmt[] = [];
    if (this.is('elif')) orelse = [this.ifStmt()];
    else orelse = this.elseBlock();
    return { type: 'if', test, body, orelse };
  }

  private tryStmt(): Stmt {
    this.next();
    this.expect(':');
    const body = this.block();
    const handlers: Handler[] = [];
    while (this.is('except')) {
      this.next();
      const type = this.is(':') ? null : this.expr();
      let name: string | null = null;
      if (type && this.is('as')) {
        this.next();
        name = this.name();
      }
      this.expect(':');
      handlers.push({ type, name, body: this.block() });
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: Stmt[] = [];
    if (this.is('finally')) {
      this.next();
      this.expect(':');
      finalbody = this.block();
    } else if (!handlers.length) throw syntaxError("expected 'except' or 'finally' block");
    return { type: 'try', body, handlers, orelse, finalbody };
  }

  private elseBlock(): Stmt[] {
    if (!this.is('else')) return [];
    this.next();
    this.expect(':');
    return this.block();
  }

  private forStmt(): Stmt {
    this.next();
    const target1 = (): Expr =>
      this.is('*') ? (this.next(), { type: 'starred', value: this.primary() }) : this.primary();
    const targets = [target1()];
    while (this.is(',')) {
      this.next();
      if (this.is('in')) break;
      targets.push(target1());
    }
    this.expect('in');
    const iter = this.exprList();
    this.expect(':');
    const target: Expr = targets.length === 1 ? targets[0] : { type: 'tuple', items: targets };
    return {
      type: 'for',
      target,
      iter,
      body: this.nested(true, this.inFunction),
      orelse: this.elseBlock(),
    };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.is('@')) {
      this.next();
      decorators.push(this.expr());
      if (this.peek().kind !== 'newline') throw syntaxError();
      this.next();
    }
    if (this.is('class')) {
      this.next();
      const name = this.name();
      let bases: Expr[] = [];
      if (this.is('(')) {
        this.next();
        bases = this.is(')')
          ? []
          : (() => {
              const b = this.exprList();
              return b.type === 'tuple' ? b.items : [b];
            })();
        this.expect(')');
      }
      this.expect(':');
      return { type: 'class', name, bases, body: this.nested(false, false), decorators };
    }
    this.expect('def');
    const name = this.name();
    this.expect('(');
    const params: Param[] = this.params(')');
    this.next();
    if (this.is('->')) {
      this.next();
      this.expr();
    }
    this.expect(':');
    return { type: 'def', name, params, body: this.nested(false, true), decorators };
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
    for (const word of ['pass', 'break', 'continue'] as const) {
      if (this.is(word)) {
        if (word === 'break' && !this.inLoop) throw syntaxError("'break' outside loop");
        if (word === 'continue' && !this.inLoop)
          throw syntaxError("'continue' not properly in loop");
        this.next();
        return { type: word };
      }
    }
    if (this.is('raise')) {
      this.next();
      const atEnd = this.peek().kind === 'newline' || this.peek().kind === 'eof' || this.is(';');
      const exc = atEnd ? null : this.expr();
      if (this.is('from')) throw notSupported("'raise ... from' statements");
      return { type: 'raise', exc };
    }
    if (this.is('assert')) {
      this.next();
      const test = this.expr();
      let msg: Expr | null = null;
      if (this.is(',')) {
        this.next();
        msg = this.expr();
      }
      return { type: 'assert', test, msg };
    }
    if (this.is('del')) {
      this.next();
      const target = this.exprList();
      return { type: 'del', targets: target.type === 'tuple' ? target.items : [target] };
    }
    if (this.is('global') || this.is('nonlocal')) {
      const type = this.next().text as 'global' | 'nonlocal';
      if (type === 'nonlocal' && !this.inFunction)
        throw syntaxError('nonlocal declaration not allowed at module level');
      const names = [this.name()];
      while (this.is(',')) {
        this.next();
        names.push(this.name());
      }
      return { type, names };
    }
    if (this.is('return')) {
      if (!this.inFunction) throw syntaxError("'return' outside function");
      this.next();
      const atEnd = this.peek().kind === 'newline' || this.is(';');
      return { type: 'return', value: atEnd ? null : this.exprList() };
    }
    if (this.is('import')) {
      const imports: { module: string; alias: string | null }[] = [];
      do {
        this.next();
        const moduleName = this.dotted();
        let alias: string | null = null;
        if (this.is('as')) {
          this.next();
          alias = this.name();
        }
        imports.push({ module: moduleName, alias });
      } while (this.is(','));
      return { type: 'import', imports };
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
