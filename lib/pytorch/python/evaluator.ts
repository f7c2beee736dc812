import { PyError, typeError } from '../errors';
import type { Expr, FPart, Param, Stmt } from './ast';
import { superProxy } from './classes';
import { formatValue } from './formatSpec';
import type { PyFunction } from './functions';
import type { Ctx } from './context';
import { ELLIPSIS, PySlice } from './indexing';
import { pyIterator } from './iterators';
import { getattr, getitem } from './objectAccess';
import { setBinop, setCompare, setContains } from './setMethods';
import { BINARY_DUNDERS, COMPARE_DUNDERS, userOperator } from './userOperators';
import { percentFormat } from './strMethods';
import { binop, compareValues, pyEquals, tensorContains, unaryOp } from './operators';
import { Tensor } from '../tensor';
import type { Kwargs, PyValue } from './values';
import { dictKey, PyDict, PyList, pyRepr, PySet, pyStr, PyTuple, truthy, typeName } from './values';

export type Scope = Map<string, PyValue>;

/** What a non-global scope knows: the scope it is nested in, the names it binds, its `global` names, its function. */
export interface Frame {
  parent: Scope | null;
  locals: Set<string>;
  globals: Set<string>;
  /** Names declared `nonlocal`: bound in the nearest enclosing function scope that has them. */
  nonlocals?: Set<string>;
  fn: PyFunction | null;
  self?: PyValue;
  isClass?: boolean;
}

/** The clock is read once per this many evaluation steps. */
const CLOCK_EVERY = 1024;

/** The expression half of the tree-walking evaluator: globals, scopes, name lookup, the time budget. */
export abstract class Evaluator {
  readonly globals: Scope = new Map();
  protected readonly frames = new WeakMap<Scope, Frame>();
  private steps = 0;
  private deadline = Infinity;
  private expired = false;
  protected depth = 0;

  constructor(
    protected readonly ctx: Ctx,
    protected readonly builtins: Map<string, PyValue>,
    protected readonly modules: (name: string) => PyValue | undefined,
    protected readonly display: (v: PyValue) => void,
    /** Wall-clock budget of one statement, and the clock (injected so tests can drive it). */
    private readonly timeLimitMs = 5000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  resetBudget(): void {
    this.steps = 0;
    this.depth = 0;
    this.expired = false;
    this.deadline = this.now() + this.timeLimitMs;
  }

  /** One evaluation step; every CLOCK_EVERY steps, stop a statement that has outrun its budget as Ctrl-C would. */
  protected tick(): void {
    // Once past the deadline every step throws again, so a bare `except:` cannot keep the statement alive.
    if (this.expired || (++this.steps % CLOCK_EVERY === 0 && this.now() > this.deadline)) {
      this.expired = true;
      throw new PyError(
        'KeyboardInterrupt',
        `the statement ran for more than ${this.timeLimitMs / 1000} s and was stopped`,
      );
    }
  }

  protected lookup(name: string, scope: Scope): PyValue {
    if (scope !== this.globals) {
      if (scope.has(name)) return scope.get(name)!;
      const f = this.frames.get(scope);
      if (f && !f.globals.has(name)) {
        if (f.locals.has(name))
          throw new PyError(
            'UnboundLocalError',
            `cannot access local variable '${name}' where it is not associated with a value`,
          );
        for (let p = f.parent; p && p !== this.globals; p = this.frames.get(p)?.parent ?? null)
          if (p.has(name)) return p.get(name)!;
      }
    }
    if (this.globals.has(name)) return this.globals.get(name)!;
    if (this.builtins.has(name)) return this.builtins.get(name)!;
    throw new PyError('NameError', `name '${name}' is not defined`);
  }

  /** The innermost function frame around `scope` (through comprehensions). */
  protected functionFrame(scope: Scope): Frame | null {
    for (
      let s: Scope | null = scope;
      s && s !== this.globals;
      s = this.frames.get(s)?.parent ?? null
    ) {
      const f = this.frames.get(s);
      if (f?.fn) return f;
    }
    return null;
  }

  protected abstract makeFunction(
    name: string,
    params: Param[],
    body: Stmt[] | Expr,
    scope: Scope,
  ): PyFunction;

  abstract assign(target: Expr, v: PyValue, scope: Scope): void;

  eval(e: Expr, scope: Scope): PyValue {
    this.tick();
    switch (e.type) {
      case 'name':
        return this.lookup(e.id, scope);
      case 'const':
        return e.value === 'ellipsis' ? ELLIPSIS : e.value;
      case 'attr':
        return getattr(this.ctx, this.eval(e.obj, scope), e.name);
      case 'call': {
        const fn = this.eval(e.fn, scope);
        if (fn === this.builtins.get('super') && e.args.length === 0)
          return this.zeroArgSuper(scope);
        const args = this.displayItems(e.args, scope);
        const kwargs: Kwargs = new Map(e.kwargs.map(([k, v]) => [k, this.eval(v, scope)]));
        for (const d of e.dstar ?? []) {
          const m = this.eval(d, scope);
          if (!(m instanceof PyDict))
            throw typeError(`argument after ** must be a mapping, not ${typeName(m)}`);
          for (const [k, v] of m.entries.values()) kwargs.set(String(k), v);
        }
        return this.ctx.call(fn, args, kwargs);
      }
      case 'lambda':
        return this.makeFunction('<lambda>', e.params, e.body, scope);
      case 'fstring':
        return this.fstring(e.parts, scope);
      case 'subscript':
        return getitem(this.ctx, this.eval(e.obj, scope), this.eval(e.index, scope));
      case 'slice': {
        const part = (x: Expr | null) => (x ? this.eval(x, scope) : null);
        return new PySlice(part(e.start), part(e.stop), part(e.step));
      }
      case 'binop': {
        const left = this.eval(e.left, scope);
        const right = this.eval(e.right, scope);
        if (e.op === '%' && typeof left === 'string') return percentFormat(this.ctx, left, right);
        const byClass = userOperator(this.ctx, BINARY_DUNDERS[e.op], left, right, true);
        if (byClass !== undefined) return byClass;
        const onSets = setBinop(this.ctx, e.op, left, right);
        if (onSets !== undefined) return onSets;
        return binop(this.ctx.rt, e.op, left, right);
      }
      case 'unary': {
        const v = this.eval(e.operand, scope);
        return e.op === 'not' ? !truthy(v) : unaryOp(this.ctx.rt, e.op, v);
      }
      case 'boolop': {
        const l = this.eval(e.left, scope);
        if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
        return this.eval(e.right, scope);
      }
      case 'compare': {
        let left = this.eval(e.first, scope);
        let result: PyValue = true;
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.eval(e.rest[i], scope);
          result =
            userOperator(this.ctx, COMPARE_DUNDERS[e.ops[i]], left, right, false) ??
            setCompare(e.ops[i], left, right) ??
            compareValues(this.ctx.rt, e.ops[i], left, right, (c, x) => this.contains(c, x));
          if (e.ops.length > 1 && !truthy(result)) return result;
          left = right;
        }
        return result;
      }
      case 'ifexp':
        return truthy(this.eval(e.test, scope))
          ? this.eval(e.body, scope)
          : this.eval(e.orelse, scope);
      case 'tuple':
        return new PyTuple(this.displayItems(e.items, scope));
      case 'list':
        return new PyList(this.displayItems(e.items, scope));
      case 'set':
        return PySet.of(this.displayItems(e.items, scope));
      case 'starred':
        throw new PyError('SyntaxError', "can't use starred expression here");
      case 'yield':
        // A generator's own yields are taken by generatorRunner; any other is misplaced.
        throw new PyError('SyntaxError', "'yield' outside function");
      case 'dict': {
        const d = new PyDict();
        e.keys.forEach((k, i) => {
          if (k.type === 'starred') {
            const m = this.eval(k.value, scope);
            if (!(m instanceof PyDict)) throw typeError(`'${typeName(m)}' object is not a mapping`);
            for (const [key, entry] of m.entries) d.entries.set(key, entry);
            return;
          }
          const kv = this.eval(k, scope);
          d.entries.set(dictKey(kv), [kv, this.eval(e.values[i], scope)]);
        });
        return d;
      }
      case 'comp': {
        if (e.kind === 'gen')
          return pyIterator('generator', 'generator object <genexpr>', () =>
            this.comprehension(e, scope),
          );
        const items = this.comprehension(e, scope);
        if (e.kind === 'set') return PySet.of(items);
        if (e.kind === 'list') return new PyList(items);
        const dict = new PyDict();
        for (const kv of items) {
          const [k, v] = (kv as PyTuple).items;
          dict.entries.set(dictKey(k), [k, v]);
        }
        return dict;
      }
    }
  }

  /** A display's items, with each `*xs` unpacked in place. */
  private displayItems(items: Expr[], scope: Scope): PyValue[] {
    const out: PyValue[] = [];
    for (const x of items) {
      if (x.type === 'starred') out.push(...this.ctx.iterate(this.eval(x.value, scope)));
      else out.push(this.eval(x, scope));
    }
    return out;
  }

  /** A comprehension's items in order (a dict comprehension's as (key, value) pairs), in its own scope. */
  private comprehension(e: Extract<Expr, { type: 'comp' }>, scope: Scope): PyValue[] {
    const out: PyValue[] = [];
    const inner: Scope = new Map();
    this.frames.set(inner, { parent: scope, locals: new Set(), globals: new Set(), fn: null });
    const run = (level: number) => {
      if (level === e.clauses.length) {
        const k = this.eval(e.elt, inner);
        out.push(e.value ? new PyTuple([k, this.eval(e.value, inner)]) : k);
        return;
      }
      const c = e.clauses[level];
      for (const item of this.ctx.iterate(this.eval(c.iter, inner))) {
        this.tick();
        this.assign(c.target, item, inner);
        if (c.conds.every((cond) => truthy(this.eval(cond, inner)))) run(level + 1);
      }
    };
    run(0);
    return out;
  }

  private fstring(parts: FPart[], scope: Scope): string {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      let v = this.eval(p.expr, scope);
      if (p.conv === 'r') v = pyRepr(v, this.ctx.addr);
      else if (p.conv === 's' || p.conv === 'a') v = pyStr(v, this.ctx.addr);
      out += (p.debug ?? '') + formatValue(this.ctx, v, p.spec ? this.fstring(p.spec, scope) : '');
    }
    return out;
  }

  /** `x in c`: a tensor compares elementwise, a dict looks at its keys, a string at substrings. */
  private contains(c: PyValue, x: PyValue): boolean {
    if (c instanceof Tensor) return tensorContains(this.ctx.rt, c, x);
    if (typeof c === 'string') {
      if (typeof x !== 'string')
        throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
      return c.includes(x);
    }
    if (c instanceof PyDict) return c.entries.has(dictKey(x));
    if (c instanceof PySet) return setContains(c, x);
    return this.ctx.iterate(c).some((y) => pyEquals(y, x));
  }

  private zeroArgSuper(scope: Scope): PyValue {
    const f = this.functionFrame(scope);
    if (!f || !f.fn?.definingClass || f.self === undefined)
      throw new PyError('RuntimeError', 'super(): no arguments');
    return superProxy(this.ctx, f.fn.definingClass, f.self);
  }
}
