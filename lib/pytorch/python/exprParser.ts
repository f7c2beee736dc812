// Longer than 300 lines: a recursive-descent parser follows Python's expression grammar level by level; the precedence chain reads best in one file.
import { PyError } from '../errors';
import type { CompClause, Expr, Param } from './ast';
import { parseFString } from './fstring';
import { syntaxError, tokenize } from './tokenizer';
import {
  AUG_OPS,
  COMPARE_OPS,
  KEYWORDS,
  notSupported,
  TokenStream,
  UNSUPPORTED,
} from './tokenStream';

export { AUG_OPS, notSupported, UNSUPPORTED } from './tokenStream';

/** The expression grammar of the session's Python subset (recursive descent). */
export class ExprParser extends TokenStream {
  /** `a, b` as a tuple; a single expression otherwise. */
  exprList(): Expr {
    const first = this.starredOr();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.is(',')) {
      this.next();
      if (this.endOfList()) break;
      items.push(this.starredOr());
    }
    return { type: 'tuple', items };
  }

  /** `*xs` (an unpacking in a display or a starred assignment target) or an expression. */
  protected starredOr(): Expr {
    if (!this.is('*')) return this.expr();
    this.next();
    return { type: 'starred', value: this.bitOr() };
  }

  private endOfList(): boolean {
    const t = this.peek();
    return (
      t.kind === 'newline' ||
      t.kind === 'eof' ||
      this.is('=') ||
      this.is(')') ||
      this.is(']') ||
      this.is(';') ||
      this.is(':') ||
      AUG_OPS.some((o) => this.is(o))
    );
  }

  expr(): Expr {
    if (this.is('yield')) {
      this.next();
      if (this.is('from')) {
        this.next();
        return { type: 'yield', value: this.expr(), from: true };
      }
      const atEnd = this.endOfList() || this.is('}');
      return { type: 'yield', value: atEnd ? null : this.exprList(), from: false };
    }
    if (this.is('lambda')) {
      this.next();
      const params = this.params(':');
      this.expect(':');
      return { type: 'lambda', params, body: this.expr() };
    }
    const body = this.orExpr();
    if (this.is('if')) {
      this.next();
      const test = this.orExpr();
      this.expect('else');
      return { type: 'ifexp', test, body, orelse: this.expr() };
    }
    return body;
  }

  private orExpr(): Expr {
    let left = this.andExpr();
    while (this.is('or')) {
      this.next();
      left = { type: 'boolop', op: 'or', left, right: this.andExpr() };
    }
    return left;
  }
  private andExpr(): Expr {
    let left = this.notExpr();
    while (this.is('and')) {
      this.next();
      left = { type: 'boolop', op: 'and', left, right: this.notExpr() };
    }
    return left;
  }
  private notExpr(): Expr {
    if (this.is('not')) {
      this.next();
      return { type: 'unary', op: 'not', operand: this.notExpr() };
    }
    return this.comparison();
  }
  private comparison(): Expr {
    const first = this.bitOr();
    const ops: string[] = [];
    const rest: Expr[] = [];
    while (COMPARE_OPS.some((o) => this.is(o)) && !(this.is('not') && !this.is('in', 1))) {
      let op = this.next().text;
      if (op === 'not') {
        this.expect('in');
        op = 'not in';
      } else if (op === 'is' && this.is('not')) {
        this.next();
        op = 'is not';
      }
      ops.push(op);
      rest.push(this.bitOr());
    }
    return ops.length === 0 ? first : { type: 'compare', first, ops, rest };
  }
  private binaryLevel(ops: string[], nextLevel: () => Expr): Expr {
    let left = nextLevel();
    while (ops.some((o) => this.is(o))) {
      const op = this.next().text;
      left = { type: 'binop', op, left, right: nextLevel() };
    }
    return left;
  }
  private bitOr(): Expr {
    return this.binaryLevel(['|'], () =>
      this.binaryLevel(['^'], () => this.binaryLevel(['&'], () => this.shift())),
    );
  }
  private shift(): Expr {
    return this.binaryLevel(['<<', '>>'], () => this.arith());
  }
  private arith(): Expr {
    return this.binaryLevel(['+', '-'], () => this.term());
  }
  private term(): Expr {
    return this.binaryLevel(['*', '/', '//', '%', '@'], () => this.factor());
  }
  private factor(): Expr {
    if (this.is('-') || this.is('+') || this.is('~')) {
      const op = this.next().text;
      return { type: 'unary', op, operand: this.factor() };
    }
    return this.power();
  }
  private power(): Expr {
    const base = this.primary();
    if (this.is('**')) {
      this.next();
      return { type: 'binop', op: '**', left: base, right: this.factor() };
    }
    return base;
  }

  primary(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.is('.')) {
        this.next();
        e = { type: 'attr', obj: e, name: this.name() };
      } else if (this.is('(')) {
        this.next();
        e = this.callArgs(e);
      } else if (this.is('[')) {
        this.next();
        e = { type: 'subscript', obj: e, index: this.subscriptList() };
        this.expect(']');
      } else return e;
    }
  }

  private callArgs(fn: Expr): Expr {
    const args: Expr[] = [];
    const kwargs: [string, Expr][] = [];
    let dstar: Expr[] | undefined;
    while (!this.is(')')) {
      if (this.is('*')) {
        this.next();
        args.push({ type: 'starred', value: this.expr() });
      } else if (this.is('**')) {
        this.next();
        (dstar ??= []).push(this.expr());
      } else if (this.peek().kind === 'name' && this.is('=', 1)) {
        const k = this.name();
        this.next();
        kwargs.push([k, this.expr()]);
      } else {
        const a = this.expr();
        if (this.is('for')) {
          args.push({ type: 'comp', kind: 'gen', elt: a, clauses: this.compClauses() });
        } else args.push(a);
      }
      if (!this.is(')')) this.expect(',');
    }
    this.next();
    return { type: 'call', fn, args, kwargs, ...(dstar ? { dstar } : {}) };
  }

  private subscriptList(): Expr {
    const items = [this.subscriptItem()];
    let tuple = false;
    while (this.is(',')) {
      tuple = true;
      this.next();
      if (this.is(']')) break;
      items.push(this.subscriptItem());
    }
    return tuple ? { type: 'tuple', items } : items[0];
  }

  private subscriptItem(): Expr {
    const part = () => (this.is(':') || this.is(']') || this.is(',') ? null : this.expr());
    const start = part();
    if (!this.is(':')) {
      if (!start) throw syntaxError();
      return start;
    }
    this.next();
    const stop = part();
    let step: Expr | null = null;
    if (this.is(':')) {
      this.next();
      step = part();
    }
    return { type: 'slice', start, stop, step };
  }

  private compClauses(): CompClause[] {
    const clauses: CompClause[] = [];
    while (this.is('for')) {
      this.next();
      const target = () => (this.is('*') ? this.starredOr() : this.bitOr());
      const targets = [target()];
      while (this.is(',')) {
        this.next();
        targets.push(target());
      }
      this.expect('in');
      const iter = this.orExpr();
      const conds: Expr[] = [];
      while (this.is('if')) {
        this.next();
        conds.push(this.orExpr());
      }
      clauses.push({
        target: targets.length === 1 ? targets[0] : { type: 'tuple', items: targets },
        iter,
        conds,
      });
    }
    return clauses;
  }

  private sequence(close: string, kind: 'list' | 'tuple'): Expr {
    const items: Expr[] = [];
    let comma = false;
    while (!this.is(close)) {
      const e = this.starredOr();
      if (this.is('for') && items.length === 0) {
        const clauses = this.compClauses();
        this.expect(close);
        return { type: 'comp', kind: kind === 'list' ? 'list' : 'gen', elt: e, clauses };
      }
      items.push(e);
      if (!this.is(close)) {
        this.expect(',');
        comma = true;
      }
    }
    this.next();
    if (kind === 'tuple' && items.length === 1 && !comma && items[0].type !== 'starred')
      return items[0];
    return { type: kind, items };
  }

  private atom(): Expr {
    const t = this.next();
    if (t.kind === 'int') return { type: 'const', value: BigInt(t.text) };
    if (t.kind === 'float') return { type: 'const', value: Number(t.text) };
    if (t.kind === 'string') {
      let s = t.value!;
      while (this.peek().kind === 'string') s += this.next().value!;
      return { type: 'const', value: s };
    }
    if (t.kind === 'fstring')
      return { type: 'fstring', parts: parseFString(t.value!, !!t.raw, parseFieldExpr) };
    if (t.kind === 'name') {
      if (t.text === 'None') return { type: 'const', value: null };
      if (t.text === 'True') return { type: 'const', value: true };
      if (t.text === 'False') return { type: 'const', value: false };
      if (UNSUPPORTED[t.text] && t.text !== 'match') throw notSupported(UNSUPPORTED[t.text]);
      if (KEYWORDS.has(t.text)) throw syntaxError();
      return { type: 'name', id: t.text };
    }
    if (t.kind === 'op') {
      if (t.text === '(') return this.sequence(')', 'tuple');
      if (t.text === '[') return this.sequence(']', 'list');
      if (t.text === '...') return { type: 'const', value: 'ellipsis' };
      if (t.text === '{') {
        const keys: Expr[] = [];
        const values: Expr[] = [];
        if (!this.is('}') && !this.is('**') && (this.is('*') || !this.isDictEntry()))
          return this.setDisplay();
        while (!this.is('}')) {
          if (this.is('**')) {
            // `**m` unpacks a mapping: kept as a starred key with no value.
            this.next();
            keys.push({ type: 'starred', value: this.bitOr() });
            values.push({ type: 'const', value: null });
            if (!this.is('}')) this.expect(',');
            continue;
          }
          keys.push(this.expr());
          this.expect(':');
          values.push(this.expr());
          if (this.is('for') && keys.length === 1) {
            const clauses = this.compClauses();
            this.expect('}');
            return { type: 'comp', kind: 'dict', elt: keys[0], value: values[0], clauses };
          }
          if (!this.is('}')) this.expect(',');
        }
        this.next();
        return { type: 'dict', keys, values };
      }
    }
    if (t.kind === 'eof' || t.kind === 'newline') throw syntaxError('unexpected EOF while parsing');
    if (t.kind === 'indent') throw new PyError('IndentationError', 'unexpected indent');
    throw syntaxError();
  }

  /** After `{`: does the first entry have a `key:` (a dict) rather than being a set's item? */
  private isDictEntry(): boolean {
    const start = this.pos;
    try {
      this.expr();
      return this.is(':');
    } finally {
      this.pos = start;
    }
  }

  /** `{a, b}`, `{*xs}` or `{x for x in xs}` after the `{`. */
  private setDisplay(): Expr {
    const items: Expr[] = [];
    while (!this.is('}')) {
      const e = this.starredOr();
      if (this.is('for') && items.length === 0) {
        const clauses = this.compClauses();
        this.expect('}');
        return { type: 'comp', kind: 'set', elt: e, clauses };
      }
      items.push(e);
      if (!this.is('}')) this.expect(',');
    }
    this.next();
    return { type: 'set', items };
  }

  /** A def's or lambda's parameter list up to `close`: defaults, `*args`, keyword-only names, `**kwargs`. */
  protected params(close: string): Param[] {
    const params: Param[] = [];
    let kwonly = false;
    while (!this.is(close)) {
      if (this.is('**')) {
        this.next();
        params.push({ name: this.name(), default: null, kind: 'dstar' });
      } else if (this.is('*')) {
        this.next();
        kwonly = true;
        if (!this.is(',')) params.push({ name: this.name(), default: null, kind: 'star' });
      } else {
        const p = this.name();
        if (this.is(':') && close === ')') {
          this.next();
          this.expr();
        }
        let dflt: Expr | null = null;
        if (this.is('=')) {
          this.next();
          dflt = this.expr();
        }
        params.push({ name: p, default: dflt, ...(kwonly ? { kind: 'kwonly' as const } : {}) });
      }
      if (!this.is(close)) this.expect(',');
    }
    return params;
  }
}

/** One f-string field's expression, parsed on its own. */
function parseFieldExpr(src: string): Expr {
  const p = new ExprParser(tokenize(src));
  const e = p.exprList();
  p.expectEnd();
  return e;
}
