import { PyError, typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Expr, Stmt } from './ast';
import { Evaluator } from './evaluator';
import { getattr, setattr, setitem } from './objectAccess';
import { binop } from './operators';
import type { PyValue } from './values';
import { PyList, PyObject, truthy } from './values';


class ReturnSignal {
  constructor(readonly value: PyValue) {}
}

const MAX_DEPTH = 100;

/** The statement half of the evaluator: one session's statements, functions and assignments. */
export class Interpreter extends Evaluator {
  exec(stmts: Stmt[], scope: Map<string, PyValue>): void {
    for (const s of stmts) this.stmt(s, scope);
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
          const v = this.modules(`${s.module}.${n}`) ?? getattr(this.ctx, mod, n);
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
      case 'attr': return setattr(this.ctx, this.eval(target.obj, scope), target.name, v);
      case 'subscript': return setitem(this.ctx, this.eval(target.obj, scope), this.eval(target.index, scope), v);
    }
    throw new PyError('SyntaxError', 'cannot assign to expression');
  }

  private augAssign(target: Expr, op: string, v: PyValue, scope: Map<string, PyValue>): void {
    const cur = this.eval(target, scope);
    if (cur instanceof Tensor && ['+', '-', '*', '/'].includes(op)) {
      const method = { '+': 'add_', '-': 'sub_', '*': 'mul_', '/': 'div_' }[op]!;
      this.ctx.call(getattr(this.ctx, cur, method), [v], new Map());
      if (target.type === 'name') scope.set(target.id, cur);
      return;
    }
    if (cur instanceof PyList && op === '+') {
      cur.items.push(...this.ctx.iterate(v));
      return;
    }
    this.assign(target, binop(this.ctx.rt, op, cur, v), scope);
  }
}
