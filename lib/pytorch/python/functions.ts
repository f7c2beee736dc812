import { PyError, typeError } from '../errors';
import type { Param, Stmt, Expr } from './ast';
import type { Kwargs, PyValue } from './values';
import { PyDict, PyObject, PyTuple } from './values';

/** A function made by `def` or `lambda`: its code, evaluated defaults and the scope it closes over. */
export class PyFunction extends PyObject {
  /** The class whose body defined it (for zero-argument `super()`), set when the class is made. */
  definingClass: PyObject | null = null;
  constructor(
    readonly name: string,
    public qualname: string,
    readonly params: Param[],
    readonly defaults: (PyValue | undefined)[],
    readonly body: Stmt[] | Expr,
    readonly closure: Map<string, PyValue>,
  ) {
    super('function', () => `<function ${this.qualname} at 0x7f0000000000>`);
  }
}

const quoteList = (names: string[]) => {
  const q = names.map((n) => `'${n}'`);
  return q.length === 1
    ? q[0]
    : q.length === 2
      ? `${q[0]} and ${q[1]}`
      : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
};

/**
 * CPython's argument binding for a Python-level function: positionals fill the
 * named parameters then `*args`; keywords fill by name then `**kwargs`;
 * defaults fill the rest; its TypeErrors name the function as `qualname()`.
 */
export function bindParams(fn: PyFunction, args: PyValue[], kwargs: Kwargs): Map<string, PyValue> {
  const local = new Map<string, PyValue>();
  const where = `${fn.qualname}()`;
  const positional = fn.params.map((p, i) => [p, i] as const).filter(([p]) => !p.kind);
  const star = fn.params.find((p) => p.kind === 'star');
  const dstar = fn.params.find((p) => p.kind === 'dstar');
  if (args.length > positional.length && !star) {
    const required = positional.filter(([p]) => !p.default).length;
    const takes =
      required === positional.length
        ? `${positional.length}`
        : `from ${required} to ${positional.length}`;
    const s = positional.length === 1 && required === positional.length ? '' : 's';
    throw typeError(
      `${where} takes ${takes} positional argument${s} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
    );
  }
  positional.forEach(([p], i) => {
    if (i < args.length) local.set(p.name, args[i]);
  });
  if (star) local.set(star.name, new PyTuple(args.slice(positional.length)));
  const extra = new PyDict();
  for (const [k, v] of kwargs) {
    const p = fn.params.find((q) => q.name === k && q.kind !== 'star' && q.kind !== 'dstar');
    if (!p) {
      if (!dstar) throw typeError(`${where} got an unexpected keyword argument '${k}'`);
      extra.entries.set('s' + k, [k, v]);
    } else {
      if (local.has(k)) throw typeError(`${where} got multiple values for argument '${k}'`);
      local.set(k, v);
    }
  }
  if (dstar) local.set(dstar.name, extra);
  const missing = (kind: 'positional' | 'keyword-only') => {
    const names: string[] = [];
    fn.params.forEach((p, i) => {
      if ((kind === 'positional' ? !p.kind : p.kind === 'kwonly') && !local.has(p.name)) {
        if (fn.defaults[i] !== undefined) local.set(p.name, fn.defaults[i]!);
        else names.push(p.name);
      }
    });
    if (names.length) {
      throw typeError(
        `${where} missing ${names.length} required ${kind} argument${names.length > 1 ? 's' : ''}: ${quoteList(names)}`,
      );
    }
  };
  missing('positional');
  missing('keyword-only');
  return local;
}

/** The names a function body binds (its locals), and those it declares `global`; nested defs are not entered. */
export function localNames(
  params: Param[],
  body: Stmt[] | Expr,
): { locals: Set<string>; globals: Set<string>; nonlocals: Set<string> } {
  const locals = new Set(params.map((p) => p.name));
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  const target = (e: Expr) => {
    if (e.type === 'name') locals.add(e.id);
    else if (e.type === 'starred') target(e.value);
    else if (e.type === 'tuple' || e.type === 'list') e.items.forEach(target);
  };
  const walk = (stmts: Stmt[]) => {
    for (const s of stmts) {
      switch (s.type) {
        case 'assign':
          s.targets.forEach(target);
          break;
        case 'augassign':
          target(s.target);
          break;
        case 'for':
          target(s.target);
          walk(s.body);
          walk(s.orelse);
          break;
        case 'while':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'if':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'with':
          if (s.alias) target(s.alias);
          walk(s.body);
          break;
        case 'def':
        case 'class':
          locals.add(s.name);
          break;
        case 'import':
          for (const i of s.imports) locals.add(i.alias ?? i.module.split('.')[0]);
          break;
        case 'from':
          s.names.forEach(([n, a]) => locals.add(a ?? n));
          break;
        case 'global':
          s.names.forEach((n) => globals.add(n));
          break;
        case 'nonlocal':
          s.names.forEach((n) => nonlocals.add(n));
          break;
        case 'try':
          [s.body, s.orelse, s.finalbody].forEach(walk);
          s.handlers.forEach((h) => (h.name && locals.add(h.name), walk(h.body)));
          break;
      }
    }
  };
  if (Array.isArray(body)) walk(body);
  for (const g of [...globals, ...nonlocals]) locals.delete(g);
  return { locals, globals, nonlocals };
}

/** The compiler's check that each nested def's `nonlocal` names a variable of an enclosing function. */
export function checkNonlocals(
  params: Param[],
  body: Stmt[] | Expr,
  enclosing: Set<string>[] = [],
): void {
  if (!Array.isArray(body)) return;
  const own = localNames(params, body);
  for (const n of own.nonlocals) {
    if (!enclosing.some((s) => s.has(n)))
      throw new PyError('SyntaxError', `no binding for nonlocal '${n}' found`);
  }
  const scopes = [own.locals, ...enclosing];
  const walk = (stmts: Stmt[]) => {
    for (const s of stmts) {
      if (s.type === 'def') checkNonlocals(s.params, s.body, scopes);
      else if (s.type === 'for' || s.type === 'while' || s.type === 'if')
        [s.body, s.orelse].forEach(walk);
      else if (s.type === 'with') walk(s.body);
      else if (s.type === 'try')
        [s.body, s.orelse, s.finalbody, ...s.handlers.map((h) => h.body)].forEach(walk);
    }
  };
  walk(body);
}

/** Whether a function body yields (which makes the function a generator); nested defs, classes and lambdas are not entered. */
export function containsYield(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsYield);
  if (node === null || typeof node !== 'object') return false;
  const type = (node as { type?: unknown }).type;
  if (type === 'yield') return true;
  if (type === 'def' || type === 'class' || type === 'lambda') return false;
  return Object.values(node).some(containsYield);
}
