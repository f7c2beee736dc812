import { PyError } from '../errors';
import type { Expr, Stmt } from './ast';
import { notImplemented } from './context';
import { containsYield } from './functions';
import { BREAK, CONTINUE, ReturnSignal } from './signals';
import type { PyValue } from './values';
import { truthy } from './values';

type Scope = Map<string, PyValue>;

/** What a generator body needs from the interpreter that runs it. */
export interface GeneratorHost {
  exec(stmts: Stmt[], scope: Scope): void;
  eval(e: Expr, scope: Scope): PyValue;
  assign(target: Expr, v: PyValue, scope: Scope): void;
  /** The items of `v`, one at a time where `v` is itself lazy (another generator, range). */
  items(v: PyValue): Iterable<PyValue>;
  /** The handler of `err` among a try statement's, with its name bound, or undefined. */
  handle(s: Extract<Stmt, { type: 'try' }>, err: PyError, scope: Scope): Stmt[] | undefined;
  enter(ctx: PyValue): { value: PyValue; exit: () => void };
}

/**
 * A generator function's body as a resumable JavaScript generator: statements that contain
 * no `yield` run whole through the interpreter; `for`, `while`, `if`, `try` and `with`
 * around a `yield` are walked here, so the body pauses at each `yield` and resumes at the
 * next `next()`, as CPython's frames do. A `yield` must stand as a statement, the value of
 * an assignment (`x = yield v`, where x gets None) or `yield from`.
 */
export function* runGenerator(host: GeneratorHost, body: Stmt[], scope: Scope): Generator<PyValue> {
  try {
    yield* block(host, body, scope);
  } catch (e) {
    if (e instanceof ReturnSignal) return;
    throw e;
  }
}

function* block(host: GeneratorHost, stmts: Stmt[], scope: Scope): Generator<PyValue> {
  for (const s of stmts) {
    if (!containsYield(s)) host.exec([s], scope);
    else yield* statement(host, s, scope);
  }
}

function* yielded(host: GeneratorHost, e: Expr, scope: Scope): Generator<PyValue> {
  if (e.type !== 'yield') throw notImplemented("'yield' inside a larger expression");
  const v = e.value ? host.eval(e.value, scope) : null;
  if (e.from) yield* host.items(v);
  else yield v;
}

/** One pass of a loop body: 'break' when it broke out. */
function* loopPass(
  host: GeneratorHost,
  body: Stmt[],
  scope: Scope,
): Generator<PyValue, 'break' | null> {
  try {
    yield* block(host, body, scope);
  } catch (e) {
    if (e === BREAK) return 'break';
    if (e !== CONTINUE) throw e;
  }
  return null;
}

function* statement(host: GeneratorHost, s: Stmt, scope: Scope): Generator<PyValue> {
  switch (s.type) {
    case 'expr':
      return yield* yielded(host, s.expr, scope);
    case 'assign':
      yield* yielded(host, s.value, scope);
      for (const t of s.targets) host.assign(t, null, scope);
      return;
    case 'if':
      return yield* block(host, truthy(host.eval(s.test, scope)) ? s.body : s.orelse, scope);
    case 'for':
      for (const item of host.items(host.eval(s.iter, scope))) {
        host.assign(s.target, item, scope);
        if ((yield* loopPass(host, s.body, scope)) === 'break') return;
      }
      return yield* block(host, s.orelse, scope);
    case 'while':
      while (truthy(host.eval(s.test, scope)))
        if ((yield* loopPass(host, s.body, scope)) === 'break') return;
      return yield* block(host, s.orelse, scope);
    case 'with': {
      const cm = host.enter(host.eval(s.ctx, scope));
      try {
        if (s.alias) host.assign(s.alias, cm.value, scope);
        yield* block(host, s.body, scope);
      } finally {
        cm.exit();
      }
      return;
    }
    case 'try':
      try {
        let failed = false;
        try {
          yield* block(host, s.body, scope);
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          const handler = host.handle(s, e, scope);
          if (!handler) throw e;
          failed = true;
          yield* block(host, handler, scope);
        }
        if (!failed) yield* block(host, s.orelse, scope);
      } finally {
        yield* block(host, s.finalbody, scope);
      }
      return;
  }
  throw notImplemented(`'yield' inside a '${s.type}' statement`);
}
