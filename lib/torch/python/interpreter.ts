import { Node } from '../autograd';
import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import type { Expr, Stmt } from './ast';
import type { Ctx } from './context';
import { dictAttr } from './dictMethods';
import { getIndex, PySlice, ELLIPSIS } from './indexing';
import { ndarrayAttr, setNdarrayItem } from './numpyModule';
import { ndarrayView } from './numpyIndex';
import { ufunc, UFUNC_OF } from './numpyUfunc';
import { binop, compareValues, pyEquals, unaryOp } from './operators';
import { setTensorItem } from './setitem';
import { setTensorAttr, tensorAttr } from './tensorBinding';
import type { Kwargs, PyValue } from './values';
import { builtin, dictKey, PyDict, PyList, PyObject, PyTuple, truthy, typeName } from './values';

class ReturnSignal {
  constructor(readonly value: PyValue) {}
}

/** Work budget per statement: comprehensions are the only loops, but they can be nested. */
const MAX_STEPS = 2_000_000;
const MAX_DEPTH = 100;

export const attributeError = (v: PyValue, name: string) =>
  new PyError('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);

/** The tree-walking evaluator of one session: globals, scopes and the step budget. */
export class Interpreter {
  readonly globals = new Map<string, PyValue>();
  private steps = 0;
  private depth = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly builtins: Map<string, PyValue>,
    private readonly modules: (name: string) => PyValue | undefined,
    private readonly display: (v: PyValue) => void,
  ) {}

  resetBudget(): void {
    this.steps = 0;
    this.depth = 0;
  }

  private tick(): void {
    if (++this.steps > MAX_STEPS) throw new PyError('RuntimeError', 'this statement does too much work for the in-page session');
  }

  exec(stmts: Stmt[], scope: Map<string, PyValue>): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private lookup(name: string, scope: Map<string, PyValue>): PyValue {
    if (scope.has(name)) return scope.get(name)!;
    if (this.globals.has(name)) return this.globals.get(name)!;
    if (this.builtins.has(name)) return this.builtins.get(name)!;
    throw new PyError('NameError', `name '${name}' is not defined`);
  }

  private stmt(s: Stmt, scope: Map<string, PyValue>): void {
    this.tick();
    switch (s.type) {
      case 'expr': {
        const v = this.eval(s.expr, scope);
        // The REPL compiles input in 'single' mode: expression statements echo, except inside functions.
        if (scope === this.globals && v !== null) this.display(v);
        return;
      }
      case 'assign': {
        const v = this.eval(s.value, scope);
        for (const t of s.targets) this.assign(t, v, scope);
        return;
      }
      case 'augassign': return this.augAssign(s.target, s.op, this.eval(s.value, scope), scope);
      case 'import': {
        const mod = this.modules(s.module);
        if (mod === undefined) throw new PyError('ModuleNotFoundError', `No module named '${s.module}' (this session knows torch and numpy)`);
        if (s.alias) scope.set(s.alias, mod);
        else {
          const top = s.module.split('.')[0];
          scope.set(top, this.modules(top)!);
        }
        return;
      }
      case 'from': {
        const mod = this.modules(s.module);
        if (mod === undefined) throw new PyError('ModuleNotFoundError', `No module named '${s.module}'`);
        for (const [n, alias] of s.names) {
          const v = this.modules(`${s.module}.${n}`) ?? this.getattr(mod, n);
          scope.set(alias ?? n, v);
        }
        return;
      }
      case 'with': {
        const cm = this.eval(s.ctx, scope);
        if (!(cm instanceof PyObject) || !cm.enter || !cm.exit) throw new PyError('AttributeError', '__enter__');
        const entered = cm.enter();
        try {
          if (s.alias) this.assign(s.alias, entered, scope);
          this.exec(s.body, scope);
        } finally {
          cm.exit();
        }
        return;
      }
      case 'def': {
        let fn: PyValue = this.makeFunction(s.name, s.params, s.body, scope);
        for (const d of [...s.decorators].reverse()) fn = this.ctx.call(this.eval(d, scope), [fn], new Map());
        scope.set(s.name, fn);
        return;
      }
      case 'return': throw new ReturnSignal(s.value ? this.eval(s.value, scope) : null);
      case 'if': return this.exec(truthy(this.eval(s.test, scope)) ? s.body : s.orelse, scope);
      case 'pass': return;
    }
  }

  private makeFunction(name: string, params: { name: string; default: Expr | null }[], body: Stmt[], defScope: Map<string, PyValue>): PyObject {
    const defaults = params.map((p) => (p.default ? this.eval(p.default, defScope) : undefined));
    const fn = new PyObject('function', () => `<function ${name} at 0x7f0000000000>`);
    fn.call = (args, kwargs) => {
      if (args.length > params.length) throw typeError(`${name}() takes ${params.length} positional arguments but ${args.length} were given`);
      const local = new Map<string, PyValue>();
      params.forEach((p, i) => {
        const v = i < args.length ? args[i] : kwargs.has(p.name) ? kwargs.get(p.name)! : defaults[i];
        if (v === undefined) throw typeError(`${name}() missing 1 required positional argument: '${p.name}'`);
        local.set(p.name, v);
      });
      for (const k of kwargs.keys()) if (!params.some((p) => p.name === k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      if (++this.depth > MAX_DEPTH) {
        this.depth = 0;
        throw new PyError('RecursionError', 'maximum recursion depth exceeded');
      }
      try {
        this.exec(body, local);
        return null;
      } catch (e) {
        if (e instanceof ReturnSignal) return e.value;
        throw e;
      } finally {
        this.depth--;
      }
    };
    return fn;
  }

  assign(target: Expr, v: PyValue, scope: Map<string, PyValue>): void {
    switch (target.type) {
      case 'name': scope.set(target.id, v); return;
      case 'tuple':
      case 'list': {
        const items = this.ctx.iterate(v);
        if (items.length !== target.items.length) {
          throw new PyError('ValueError', items.length > target.items.length
            ? `too many values to unpack (expected ${target.items.length})`
            : `not enough values to unpack (expected ${target.items.length}, got ${items.length})`);
        }
        target.items.forEach((t, i) => this.assign(t, items[i], scope));
        return;
      }
      case 'attr': return this.setattr(this.eval(target.obj, scope), target.name, v);
      case 'subscript': return this.setitem(this.eval(target.obj, scope), this.eval(target.index, scope), v);
    }
    throw new PyError('SyntaxError', 'cannot assign to expression');
  }

  private augAssign(target: Expr, op: string, v: PyValue, scope: Map<string, PyValue>): void {
    const cur = this.eval(target, scope);
    if (cur instanceof Tensor && ['+', '-', '*', '/'].includes(op)) {
      const method = { '+': 'add_', '-': 'sub_', '*': 'mul_', '/': 'div_' }[op]!;
      this.ctx.call(this.getattr(cur, method), [v], new Map());
      if (target.type === 'name') scope.set(target.id, cur);
      return;
    }
    if (cur instanceof NdArray && op in UFUNC_OF) {
      ufunc(this.ctx.rt, op, cur, v, cur);
      if (target.type === 'name') scope.set(target.id, cur);
      return;
    }
    if (cur instanceof PyList && op === '+') {
      cur.items.push(...this.ctx.iterate(v));
      return;
    }
    this.assign(target, binop(this.ctx.rt, op, cur, v), scope);
  }

  private setattr(obj: PyValue, name: string, v: PyValue): void {
    if (obj instanceof Tensor) return setTensorAttr(obj, name, v);
    if (obj instanceof PyObject && obj.setattr) return obj.setattr(name, v);
    if (obj instanceof PyObject && obj.typeName !== 'module' && !(obj.typeName === 'builtin_function_or_method')) {
      obj.attrs.set(name, v);
      return;
    }
    throw new PyError('AttributeError', `'${typeName(obj)}' object attribute '${name}' is read-only`);
  }

  private setitem(obj: PyValue, index: PyValue, v: PyValue): void {
    if (obj instanceof Tensor) return setTensorItem(this.ctx.rt, obj, index, v);
    if (obj instanceof NdArray) return setNdarrayItem(this.ctx.rt, obj, index, v);
    if (obj instanceof PyList) {
      const i = Number(index);
      const n = obj.items.length;
      if (typeof index !== 'bigint' || i < -n || i >= n) throw new PyError('IndexError', 'list assignment index out of range');
      obj.items[i < 0 ? i + n : i] = v;
      return;
    }
    if (obj instanceof PyDict) {
      obj.entries.set(dictKey(index), [index, v]);
      return;
    }
    if (obj instanceof PyObject && obj.setitem) return obj.setitem(index, v);
    throw typeError(`'${typeName(obj)}' object does not support item assignment`);
  }

  getattr(obj: PyValue, name: string): PyValue {
    let v: PyValue | undefined;
    if (obj instanceof Tensor) v = tensorAttr(this.ctx, obj, name);
    else if (obj instanceof NdArray) v = ndarrayAttr(this.ctx, obj, name);
    else if (obj instanceof Node) v = nodeAttr(obj, name);
    else if (obj instanceof PyTuple && obj.named) {
      const i = obj.named.fields.indexOf(name);
      v = i >= 0 ? obj.items[i] : undefined;
    } else if (obj instanceof PyList && name === 'append') {
      v = builtin('append', (a) => (obj.items.push(a[0]), null));
    } else if (obj instanceof PyDict) v = dictAttr(this.ctx, obj, name);
    else if (obj instanceof PyObject) v = obj.getattr ? obj.getattr(name) : obj.attrs.get(name);
    if (v === undefined) throw attributeError(obj, name);
    return v;
  }

  getitem(obj: PyValue, index: PyValue): PyValue {
    if (obj instanceof Tensor) return getIndex(this.ctx.rt, obj, index);
    if (obj instanceof NdArray) {
      const t = ndarrayView(this.ctx.rt, obj, index);
      const item = ndarrayAttr(this.ctx, new NdArray(t), 'item')!;
      return t.shape.length === 0 ? this.ctx.call(item, [], new Map()) : new NdArray(t);
    }
    if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === 'string') {
      const items = typeof obj === 'string' ? [...obj] : obj.items;
      if (index instanceof PySlice) {
        const n = items.length;
        const norm = (x: PyValue, d: number) => (x === null ? d : Math.min(Math.max(Number(x) < 0 ? Number(x) + n : Number(x), 0), n));
        const part = items.slice(norm(index.start, 0), norm(index.stop, n));
        if (typeof obj === 'string') return part.join('');
        return obj instanceof PyList ? new PyList(part as PyValue[]) : new PyTuple(part as PyValue[], obj.isSize);
      }
      if (typeof index !== 'bigint' && typeof index !== 'boolean') throw typeError(`${typeName(obj)} indices must be integers or slices, not ${typeName(index)}`);
      const n = items.length;
      const i = Number(index);
      if (i < -n || i >= n) throw new PyError('IndexError', `${typeName(obj) === 'torch.Size' ? 'tuple' : typeName(obj)} index out of range`);
      return items[i < 0 ? i + n : i];
    }
    if (obj instanceof PyDict) {
      const e = obj.entries.get(dictKey(index));
      if (!e) throw new PyError('KeyError', typeof index === 'string' ? `'${index}'` : String(index));
      return e[1];
    }
    if (obj instanceof PyObject && obj.getitem) return obj.getitem(index);
    throw typeError(`'${typeName(obj)}' object is not subscriptable`);
  }

  eval(e: Expr, scope: Map<string, PyValue>): PyValue {
    this.tick();
    switch (e.type) {
      case 'name': return this.lookup(e.id, scope);
      case 'const': return e.value === 'ellipsis' ? ELLIPSIS : e.value;
      case 'attr': return this.getattr(this.eval(e.obj, scope), e.name);
      case 'call': {
        const fn = this.eval(e.fn, scope);
        const args = e.args.map((a) => this.eval(a, scope));
        for (const s of e.star) args.push(...this.ctx.iterate(this.eval(s, scope)));
        const kwargs: Kwargs = new Map(e.kwargs.map(([k, v]) => [k, this.eval(v, scope)]));
        return this.ctx.call(fn, args, kwargs);
      }
      case 'subscript': return this.getitem(this.eval(e.obj, scope), this.eval(e.index, scope));
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

/** Attributes of a grad_fn node. */
function nodeAttr(n: Node, name: string): PyValue | undefined {
  switch (name) {
    case 'name': return builtin('name', () => n.name);
    case 'next_functions': return new PyTuple(n.next.map((e) => new PyTuple([e ? e.node : null, BigInt(e ? e.inputNr : 0)])));
    case 'variable': return n.variable ?? undefined;
    case 'metadata': return new PyDict();
  }
  return undefined;
}


