// Longer than 300 lines: one switch over Python's statement kinds; the expression half lives in evaluator.ts and attribute access in objectAccess.ts.
import { PyError, typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Expr, Param, Stmt } from './ast';
import { instantiate, PyClass } from './classes';
import type { Ctx } from './context';
import { notImplemented } from './context';
import type { Scope } from './evaluator';
import { Evaluator } from './evaluator';
import { caughtValue, ExceptionClass, isSubclass, toRaised } from './exceptions';
import { bindParams, checkNonlocals, containsYield, localNames, PyFunction } from './functions';
import type { GeneratorHost } from './generatorRunner';
import { runGenerator } from './generatorRunner';
import { lazyIterator } from './iterators';
import type { BreakSignal } from './signals';
import { BREAK, CONTINUE, ReturnSignal } from './signals';
import { PyModule } from './moduleObject';
import { NdArray } from '../numpy';
import { ufunc, UFUNC_OF } from './numpyUfunc';
import { attributeError, getattr, setattr, setitem } from './objectAccess';
import { binop } from './operators';
import { PySlice } from './indexing';
import { sliceIndices } from './sliceIndices';
import { setInPlace } from './setMethods';
import type { PyValue } from './values';
import {
  dictKey,
  PyDict,
  PyList,
  PyObject,
  pyRepr,
  PySet,
  pyStr,
  PyTuple,
  truthy,
  typeName,
} from './values';

/** Python's own limit is 1000 frames; each Python call costs many JavaScript frames here. */
const MAX_DEPTH = 300;

/** The statement half of the evaluator: one session's statements, functions, classes and assignments. */
/** `from m import n`: a name the module lacks is an ImportError naming the module's file. */
function importName(ctx: Ctx, mod: PyValue, name: string): PyValue {
  try {
    return getattr(ctx, mod, name);
  } catch (e) {
    if (!(e instanceof PyError && e.pyType === 'AttributeError')) throw e;
    const [, module, file] =
      /^<module '([^']+)' from '([^']+)'>/.exec(
        String(mod instanceof PyObject ? mod.repr() : ''),
      ) ?? [];
    if (!module) throw e;
    throw new PyError('ImportError', `cannot import name '${name}' from '${module}' (${file})`);
  }
}

export class Interpreter extends Evaluator {
  /** The exceptions being handled, innermost last, for a bare `raise`. */
  private readonly handling: PyError[] = [];

  exec(stmts: Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private stmt(s: Stmt, scope: Scope): void {
    this.tick();
    switch (s.type) {
      case 'expr': {
        const v = this.eval(s.expr, scope);
        // The REPL compiles input in 'single' mode: expression statements echo, in loops and ifs too, but not inside functions.
        if (scope === this.globals && v !== null) this.display(v);
        return;
      }
      case 'assign': {
        const v = this.eval(s.value, scope);
        for (const t of s.targets) this.assign(t, v, scope);
        return;
      }
      case 'augassign':
        return this.augAssign(s.target, s.op, this.eval(s.value, scope), scope);
      case 'import':
        // `import a, b as c` binds each in turn, as CPython does (an error stops the rest).
        for (const { module, alias } of s.imports) {
          const mod = this.modules(module);
          if (mod === undefined)
            throw new PyError(
              'ModuleNotFoundError',
              `No module named '${module}' (this session knows torch and numpy)`,
            );
          this.bind(
            alias ?? module.split('.')[0],
            alias ? mod : this.modules(module.split('.')[0])!,
            scope,
          );
        }
        return;
      case 'from': {
        const mod = this.modules(s.module);
        if (mod === undefined)
          throw new PyError('ModuleNotFoundError', `No module named '${s.module}'`);
        for (const [n, alias] of s.names)
          this.bind(
            alias ?? n,
            this.modules(`${s.module}.${n}`) ?? importName(this.ctx, mod, n),
            scope,
          );
        return;
      }
      case 'with': {
        const cm = this.eval(s.ctx, scope);
        if (!(cm instanceof PyObject) || !cm.enter || !cm.exit) {
          throw typeError(`'${typeName(cm)}' object does not support the context manager protocol`);
        }
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
        for (const d of [...s.decorators].reverse())
          fn = this.ctx.call(this.eval(d, scope), [fn], new Map());
        return this.bind(s.name, fn, scope);
      }
      case 'class':
        return this.classDef(s, scope);
      case 'return':
        throw new ReturnSignal(s.value ? this.eval(s.value, scope) : null);
      case 'if':
        return this.exec(truthy(this.eval(s.test, scope)) ? s.body : s.orelse, scope);
      case 'for': {
        const seq = this.eval(s.iter, scope);
        for (const item of seq instanceof PyObject && seq.lazyIterate
          ? seq.lazyIterate()
          : this.ctx.iterate(seq)) {
          this.tick();
          this.assign(s.target, item, scope);
          if (this.loopBody(s.body, scope) === BREAK) return;
        }
        return this.exec(s.orelse, scope);
      }
      case 'while': {
        while (truthy(this.eval(s.test, scope))) if (this.loopBody(s.body, scope) === BREAK) return;
        return this.exec(s.orelse, scope);
      }
      case 'assert': {
        if (truthy(this.eval(s.test, scope))) return;
        throw new PyError(
          'AssertionError',
          s.msg ? pyStr(this.eval(s.msg, scope), this.ctx.addr) : '',
        );
      }
      case 'del':
        return s.targets.forEach((t) => this.del(t, scope));
      case 'try':
        return this.tryStmt(s, scope);
      case 'raise': {
        if (s.exc) throw toRaised(this.eval(s.exc, scope));
        throw this.handling.at(-1) ?? new PyError('RuntimeError', 'No active exception to reraise');
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'global':
      case 'nonlocal':
      case 'pass':
        return;
    }
  }

  /** try / except / else / finally: a handler catches the PyErrors whose class is, or derives from, the one it names. */
  private tryStmt(s: Extract<Stmt, { type: 'try' }>, scope: Scope): void {
    try {
      try {
        this.exec(s.body, scope);
      } catch (e) {
        const err =
          e instanceof RangeError
            ? new PyError('RecursionError', 'maximum recursion depth exceeded')
            : e;
        if (!(err instanceof PyError)) throw e;
        const h = s.handlers.find(
          (x) => x.type === null || this.catches(err, this.eval(x.type, scope)),
        );
        if (!h) throw err;
        if (h.name) this.bind(h.name, caughtValue(err), scope);
        this.handling.push(err);
        try {
          this.exec(h.body, scope);
        } finally {
          this.handling.pop();
        }
        return;
      }
      this.exec(s.orelse, scope);
    } finally {
      this.exec(s.finalbody, scope);
    }
  }

  private catches(err: PyError, cls: PyValue): boolean {
    if (cls instanceof PyTuple) return cls.items.some((c) => this.catches(err, c));
    if (!(cls instanceof ExceptionClass))
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    return isSubclass(err.pyType, cls.name);
  }

  /** `del target`: a name, a dict key or list item, or an attribute. */
  private del(target: Expr, scope: Scope): void {
    if (target.type === 'name') {
      const where =
        scope !== this.globals && this.frames.get(scope)?.globals.has(target.id)
          ? this.globals
          : scope;
      if (!where.delete(target.id))
        throw new PyError('NameError', `name '${target.id}' is not defined`);
    } else if (target.type === 'tuple' || target.type === 'list')
      target.items.forEach((t) => this.del(t, scope));
    else if (target.type === 'subscript') {
      const obj = this.eval(target.obj, scope);
      const index = this.eval(target.index, scope);
      if (obj instanceof PyDict) {
        if (!obj.entries.delete(dictKey(index)))
          throw new PyError('KeyError', pyRepr(index, this.ctx.addr));
      } else if (obj instanceof PyList && index instanceof PySlice) {
        const gone = new Set(sliceIndices(index, obj.items.length));
        obj.items = obj.items.filter((_, i) => !gone.has(i));
      } else if (
        obj instanceof PyList &&
        (typeof index === 'bigint' || typeof index === 'boolean')
      ) {
        const n = obj.items.length;
        const k = Number(index) < 0 ? Number(index) + n : Number(index);
        if (k < 0 || k >= n) throw new PyError('IndexError', 'list assignment index out of range');
        obj.items.splice(k, 1);
      } else if (obj instanceof PyObject && obj.delitem) obj.delitem(index);
      else if (obj instanceof PyObject && obj.getitem)
        throw new PyError('AttributeError', '__delitem__');
      else throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
    } else if (target.type === 'attr') {
      const obj = this.eval(target.obj, scope);
      if (obj instanceof PyModule) {
        const key = dictKey(target.name);
        if (
          obj.parameters.entries.delete(key) ||
          obj.modules.entries.delete(key) ||
          obj.attrs.delete(target.name)
        )
          return;
      } else if (
        obj instanceof PyObject &&
        !(obj instanceof PyClass) &&
        obj.attrs.delete(target.name)
      )
        return;
      throw attributeError(obj, target.name);
    } else throw new PyError('SyntaxError', 'cannot delete expression');
  }

  /** One pass of a loop's body: BREAK when it broke out, null otherwise. */
  private loopBody(body: Stmt[], scope: Scope): BreakSignal | null {
    try {
      this.exec(body, scope);
    } catch (e) {
      if (e === BREAK) return BREAK;
      if (e !== CONTINUE) throw e;
    }
    return null;
  }

  /** `name = v` in `scope`, or in the globals when the function declared it `global`. */
  private bind(name: string, v: PyValue, scope: Scope): void {
    const frame = scope === this.globals ? undefined : this.frames.get(scope);
    if (frame?.globals.has(name)) return void this.globals.set(name, v);
    if (frame?.nonlocals?.has(name)) {
      for (let p = frame.parent; p && p !== this.globals; p = this.frames.get(p)?.parent ?? null) {
        if (p.has(name)) return void p.set(name, v);
      }
      throw new PyError('SyntaxError', `no binding for nonlocal '${name}' found`);
    }
    scope.set(name, v);
  }

  private classDef(s: Extract<Stmt, { type: 'class' }>, scope: Scope): void {
    const bases = s.bases.map((b) => this.eval(b, scope));
    for (const b of bases) {
      if (!(b instanceof PyObject) || b.typeName !== 'type') throw typeError('bases must be types');
      if (
        !(b instanceof PyClass) &&
        b.qualName !== 'torch.nn.modules.module.Module' &&
        b.qualName !== 'object'
      ) {
        throw notImplemented(`subclassing ${b.qualName ?? b.repr()}`);
      }
    }
    const ns: Scope = new Map();
    this.frames.set(ns, {
      parent: scope === this.globals ? null : scope,
      locals: new Set(),
      globals: new Set(),
      fn: null,
      isClass: true,
    });
    this.exec(s.body, ns);
    const cls = new PyClass(
      s.name,
      bases.filter((b): b is PyObject => b instanceof PyObject && b.qualName !== 'object'),
      ns,
    );
    cls.call = (a, kw) => instantiate(this.ctx, cls, a, kw);
    for (const v of ns.values()) {
      if (v instanceof PyFunction) {
        v.definingClass = cls;
        v.qualname = `${s.name}.${v.name}`;
      }
    }
    let value: PyValue = cls;
    for (const d of [...s.decorators].reverse())
      value = this.ctx.call(this.eval(d, scope), [value], new Map());
    this.bind(s.name, value, scope);
  }

  protected makeFunction(
    name: string,
    params: Param[],
    body: Stmt[] | Expr,
    defScope: Scope,
  ): PyFunction {
    const defaults = params.map((p) => (p.default ? this.eval(p.default, defScope) : undefined));
    // A function defined in a class body sees the class's enclosing scope, not the class namespace.
    const defFrame = this.frames.get(defScope);
    const closure = defFrame?.isClass ? (defFrame.parent ?? this.globals) : defScope;
    const fn = new PyFunction(name, name, params, defaults, body, closure);
    const { locals, globals, nonlocals } = localNames(params, body);
    if (!this.functionFrame(defScope)) checkNonlocals(params, body);
    const outer = this.functionFrame(defScope)?.fn;
    if (outer) fn.qualname = `${outer.qualname}.<locals>.${name}`;
    const generator = Array.isArray(body) && containsYield(body);
    fn.call = (args, kwargs) => {
      const local = bindParams(fn, args, kwargs);
      this.frames.set(local, {
        parent: closure === this.globals ? null : closure,
        locals,
        globals,
        nonlocals,
        fn,
        self: args[0],
      });
      if (generator) return this.generatorObject(fn.qualname, body as Stmt[], local);
      return run(local);
    };
    const run = (local: Scope): PyValue => {
      if (this.depth >= MAX_DEPTH)
        throw new PyError('RecursionError', 'maximum recursion depth exceeded');
      this.depth++;
      try {
        if (!Array.isArray(body)) return this.eval(body as Expr, local);
        this.exec(body, local);
        return null;
      } catch (e) {
        if (e instanceof ReturnSignal) return e.value;
        if (e === BREAK || e === CONTINUE)
          throw new PyError('SyntaxError', `'${e === BREAK ? 'break' : 'continue'}' outside loop`);
        throw e;
      } finally {
        this.depth--;
      }
    };
    return fn;
  }

  /** A generator object: its body runs up to each `yield` as `next()` asks for the item. */
  private generatorObject(qualname: string, body: Stmt[], local: Scope): PyObject {
    // A JavaScript generator runs nothing until its first next(), as a Python one.
    const running = runGenerator(this.generatorHost(), body, local);
    return lazyIterator('generator', running, `generator object ${qualname}`);
  }

  private generatorHost(): GeneratorHost {
    return {
      exec: (stmts, scope) => this.exec(stmts, scope),
      eval: (e, scope) => this.eval(e, scope),
      assign: (t, v, scope) => this.assign(t, v, scope),
      items: (v) =>
        v instanceof PyObject && v.lazyIterate ? v.lazyIterate() : this.ctx.iterate(v),
      handle: (s, err, scope) => {
        const h = s.handlers.find(
          (x) => x.type === null || this.catches(err, this.eval(x.type, scope)),
        );
        if (h?.name) this.bind(h.name, caughtValue(err), scope);
        return h?.body;
      },
      enter: (cm) => {
        if (!(cm instanceof PyObject) || !cm.enter || !cm.exit)
          throw typeError(`'${typeName(cm)}' object does not support the context manager protocol`);
        return { value: cm.enter(), exit: cm.exit };
      },
    };
  }

  assign(target: Expr, v: PyValue, scope: Scope): void {
    switch (target.type) {
      case 'name':
        return this.bind(target.id, v, scope);
      case 'tuple':
      case 'list': {
        if (
          v === null ||
          (typeof v !== 'object' && typeof v !== 'string') ||
          (v instanceof PyObject && !v.iterate)
        )
          throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
        const items = this.ctx.iterate(v);
        const star = target.items.findIndex((t) => t.type === 'starred');
        if (star >= 0) return this.assignStarred(target.items, star, items, scope);
        if (items.length !== target.items.length) {
          throw new PyError(
            'ValueError',
            items.length > target.items.length
              ? `too many values to unpack (expected ${target.items.length})`
              : `not enough values to unpack (expected ${target.items.length}, got ${items.length})`,
          );
        }
        target.items.forEach((t, i) => this.assign(t, items[i], scope));
        return;
      }
      case 'attr':
        return setattr(this.ctx, this.eval(target.obj, scope), target.name, v);
      case 'subscript':
        return setitem(this.ctx, this.eval(target.obj, scope), this.eval(target.index, scope), v);
    }
    throw new PyError('SyntaxError', 'cannot assign to expression');
  }

  /** `a, *rest, z = items`: the starred target takes what the others leave, as a list. */
  private assignStarred(targets: Expr[], star: number, items: PyValue[], scope: Scope): void {
    const after = targets.length - star - 1;
    if (targets.some((t, i) => i !== star && t.type === 'starred'))
      throw new PyError('SyntaxError', 'multiple starred expressions in assignment');
    if (items.length < targets.length - 1)
      throw new PyError(
        'ValueError',
        `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`,
      );
    targets.slice(0, star).forEach((t, i) => this.assign(t, items[i], scope));
    const rest = (targets[star] as Extract<Expr, { type: 'starred' }>).value;
    this.assign(rest, new PyList(items.slice(star, items.length - after)), scope);
    targets
      .slice(star + 1)
      .forEach((t, i) => this.assign(t, items[items.length - after + i], scope));
  }

  private augAssign(target: Expr, op: string, v: PyValue, scope: Scope): void {
    const cur = this.eval(target, scope);
    if (cur instanceof Tensor && ['+', '-', '*', '/'].includes(op)) {
      const method = { '+': 'add_', '-': 'sub_', '*': 'mul_', '/': 'div_' }[op]!;
      this.ctx.call(getattr(this.ctx, cur, method), [v], new Map());
      if (target.type === 'name') this.bind(target.id, cur, scope);
      return;
    }
    if (cur instanceof NdArray && op in UFUNC_OF) {
      // numpy's in-place operators write into the array (n += 1 changes every view of it).
      ufunc(this.ctx.rt, op, cur, v, cur);
      if (target.type === 'name') this.bind(target.id, cur, scope);
      return;
    }
    if (cur instanceof PySet && setInPlace(this.ctx, op, cur, v)) return;
    if (cur instanceof PyList && op === '+') {
      cur.items.push(...this.ctx.iterate(v));
      return;
    }
    this.assign(target, binop(this.ctx.rt, op, cur, v), scope);
  }
}
