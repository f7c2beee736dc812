import { PyError } from '../errors';
import type { Expr } from './ast';
import type { Ctx } from './context';
import { ELLIPSIS, PySlice } from './indexing';
import { getattr, getitem } from './objectAccess';
import { binop, compareValues, pyEquals, unaryOp } from './operators';
import type { Kwargs, PyValue } from './values';
import { dictKey, PyDict, PyList, PyObject, PyTuple, truthy } from './values';

/** Work budget per statement: comprehensions are the only loops, but they can be nested. */
const MAX_STEPS = 2_000_000;

/** The expression half of the tree-walking evaluator: globals, name lookup, the step budget. */
export abstract class Evaluator {
  readonly globals = new Map<string, PyValue>();
  private steps = 0;
  protected depth = 0;

  constructor(
    protected readonly ctx: Ctx,
    protected readonly builtins: Map<string, PyValue>,
    protected readonly modules: (name: string) => PyValue | undefined,
    protected readonly display: (v: PyValue) => void,
  ) {}

  resetBudget(): void {
    this.steps = 0;
    this.depth = 0;
  }

  protected tick(): void {
    if (++this.steps > MAX_STEPS) throw new PyError('RuntimeError', 'this statement does too much work for the in-page session');
  }

  protected lookup(name: string, scope: Map<string, PyValue>): PyValue {
    if (scope.has(name)) return scope.get(name)!;
    if (this.globals.has(name)) return this.globals.get(name)!;
    if (this.builtins.has(name)) return this.builtins.get(name)!;
    throw new PyError('NameError', `name '${name}' is not defined`);
  }

  abstract assign(target: Expr, v: PyValue, scope: Map<string, PyValue>): void;

  eval(e: Expr, scope: Map<string, PyValue>): PyValue {
    this.tick();
    switch (e.type) {
      case 'name': return this.lookup(e.id, scope);
      case 'const': return e.value === 'ellipsis' ? ELLIPSIS : e.value;
      case 'attr': return getattr(this.ctx, this.eval(e.obj, scope), e.name);
      case 'call': {
        const fn = this.eval(e.fn, scope);
        const args = e.args.map((a) => this.eval(a, scope));
        for (const s of e.star) args.push(...this.ctx.iterate(this.eval(s, scope)));
        const kwargs: Kwargs = new Map(e.kwargs.map(([k, v]) => [k, this.eval(v, scope)]));
        return this.ctx.call(fn, args, kwargs);
      }
      case 'subscript': return getitem(this.ctx, this.eval(e.obj, scope), this.eval(e.index, scope));
      case 'slice': {
        const part = (x: Expr | null) => (x ? this.eval(x, scope) : null);
        return new PySlice(part(e.start), part(e.stop), part(e.step));
      }
      case 'binop': return binop(this.ctx.rt, e.op, this.eval(e.left, scope), this.eval(e.right, scope));
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
          result = compareValues(this.ctx.rt, e.ops[i], left, right, (c, x) => this.ctx.iterate(c).some((y) => pyEquals(y, x)));
          if (e.ops.length > 1 && !truthy(result)) return result;
          left = right;
        }
        return result;
      }
      case 'ifexp': return truthy(this.eval(e.test, scope)) ? this.eval(e.body, scope) : this.eval(e.orelse, scope);
      case 'tuple': return new PyTuple(e.items.map((x) => this.eval(x, scope)));
      case 'list': return new PyList(e.items.map((x) => this.eval(x, scope)));
      case 'dict': {
        const d = new PyDict();
        e.keys.forEach((k, i) => {
          const kv = this.eval(k, scope);
          d.entries.set(dictKey(kv), [kv, this.eval(e.values[i], scope)]);
        });
        return d;
      }
      case 'comp': {
        const out: PyValue[] = [];
        const inner = new Map(scope);
        for (const [k, v] of this.globals) if (!inner.has(k)) inner.set(k, v);
        const run = (level: number) => {
          if (level === e.clauses.length) {
            out.push(this.eval(e.elt, inner));
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
        if (e.kind === 'list') return new PyList(out);
        const gen = new PyObject('generator', () => '<generator object <genexpr> at 0x7f0000000000>');
        gen.iterate = () => out;
        return gen;
      }
    }
  }
}
