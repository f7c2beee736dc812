import { PyError, typeError } from '../errors';
import type { Ctx } from './context';
import type { PyValue } from './values';
import { builtin, PyDict, PyObject, pyRepr, PySet, typeName } from './values';

/** `set(iterable)` / `frozenset(iterable)`, filled the way CPython's set_update_internal fills it. */
export function setFrom(ctx: Ctx, src: PyValue | undefined, frozen = false): PySet {
  const s = new PySet(frozen);
  if (src !== undefined) update(ctx, s, src);
  return s;
}

function update(ctx: Ctx, s: PySet, src: PyValue): void {
  if (src instanceof PySet) s.table.merge(src.table);
  else if (src instanceof PyDict) s.table.addKeysOfDict([...src.entries.values()].map(([k]) => k));
  else for (const v of ctx.iterate(src)) s.table.add(v);
}

const copyOf = (s: PySet, frozen = s.frozen) => {
  const c = new PySet(frozen);
  c.table.merge(s.table);
  return c;
};

/** set_intersection: walk the smaller set, keep what the larger holds. */
function intersection(ctx: Ctx, a: PySet, other: PyValue): PySet {
  const out = new PySet(a.frozen);
  if (other instanceof PySet) {
    const [big, small] = other.table.size > a.table.size ? [other, a] : [a, other];
    for (const e of small.table.entries()) if (big.table.has(e.key)) out.table.add(e.key, e.hash);
  } else for (const v of ctx.iterate(other)) if (a.table.has(v)) out.table.add(v);
  return out;
}

/** set_difference: a copy minus the other's items when `a` is much larger, else a walk of `a`. */
function difference(ctx: Ctx, a: PySet, other: PyValue): PySet {
  if (!(other instanceof PySet) || a.table.size >> 2 > other.table.size) {
    const out = copyOf(a);
    for (const v of ctx.iterate(other)) out.table.discard(v);
    return out;
  }
  const out = new PySet(a.frozen);
  for (const e of a.table.entries()) if (!other.table.has(e.key)) out.table.add(e.key, e.hash);
  return out;
}

/** set_symmetric_difference: a copy of the other, toggled by each item of `a`. */
function symmetricDifference(ctx: Ctx, a: PySet, other: PyValue): PySet {
  const out = setFrom(ctx, other, a.frozen);
  for (const e of a.table.entries()) if (!out.table.discard(e.key)) out.table.add(e.key, e.hash);
  return out;
}

const subset = (a: PySet, b: PySet) => a.table.values().every((v) => b.table.has(v));

/** `a | b`, `a & b`, `a - b`, `a ^ b` between sets; undefined for anything else. */
export function setBinop(ctx: Ctx, op: string, a: PyValue, b: PyValue): PyValue | undefined {
  // A dict's keys view acts as a set with another set.
  const keysView = (v: PyValue) => v instanceof PyObject && /_keys$/.test(v.typeName);
  if (a instanceof PySet && keysView(b)) b = setFrom(ctx, b);
  if (b instanceof PySet && keysView(a)) a = setFrom(ctx, a);
  if (!(a instanceof PySet) || !(b instanceof PySet)) return undefined;
  if (op === '|') {
    const out = copyOf(a);
    out.table.merge(b.table);
    return out;
  }
  if (op === '&') return intersection(ctx, a, b);
  if (op === '-') return difference(ctx, a, b);
  if (op === '^') return symmetricDifference(ctx, a, b);
  return undefined;
}

/** `==`, `!=`, `<=`, `<`, `>=`, `>` between sets (subset order); undefined for anything else. */
export function setCompare(op: string, a: PyValue, b: PyValue): boolean | undefined {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return undefined;
  const same = a.table.size === b.table.size && subset(a, b);
  switch (op) {
    case '==':
      return same;
    case '!=':
      return !same;
    case '<=':
      return subset(a, b);
    case '<':
      return subset(a, b) && !same;
    case '>=':
      return subset(b, a);
    case '>':
      return subset(b, a) && !same;
  }
  return undefined;
}

/** In-place `|=`, `&=`, `-=`, `^=`: the set keeps its identity. */
export function setInPlace(ctx: Ctx, op: string, a: PySet, b: PyValue): boolean {
  const result = setBinop(ctx, op, a, b);
  if (!(result instanceof PySet) || a.frozen) return false;
  if (op === '|') update(ctx, a, b);
  else {
    a.table.clear();
    a.table.merge(result.table);
  }
  return true;
}

/** The methods of set and frozenset. */
export function setAttr(ctx: Ctx, s: PySet, name: string): PyValue | undefined {
  const method = (fn: (a: PyValue[]) => PyValue) => builtin(name, (a) => fn(a));
  const mutating = (fn: (a: PyValue[]) => PyValue) => (s.frozen ? undefined : method(fn));
  switch (name) {
    case 'add':
      return mutating((a) => (s.table.add(a[0]), null));
    case 'discard':
      return mutating((a) => (s.table.discard(a[0]), null));
    case 'remove':
      return mutating((a) => {
        if (!s.table.discard(a[0])) throw new PyError('KeyError', pyRepr(a[0], ctx.addr));
        return null;
      });
    case 'pop':
      return mutating(() => {
        const v = s.table.pop();
        if (v === undefined) throw new PyError('KeyError', "'pop from an empty set'");
        return v;
      });
    case 'clear':
      return mutating(() => (s.table.clear(), null));
    case 'update':
      return mutating((a) => (a.forEach((x) => update(ctx, s, x)), null));
    case 'copy':
      return method(() => copyOf(s));
    case 'union':
      return method((a) => {
        const out = copyOf(s);
        a.forEach((x) => update(ctx, out, x));
        return out;
      });
    case 'intersection':
      return method((a) => a.reduce<PySet>((acc, x) => intersection(ctx, acc, x), copyOf(s)));
    case 'difference':
      return method((a) => a.reduce<PySet>((acc, x) => difference(ctx, acc, x), s));
    case 'symmetric_difference':
      return method((a) => symmetricDifference(ctx, s, a[0]));
    case 'issubset':
      return method((a) => subset(s, setFrom(ctx, a[0])));
    case 'issuperset':
      return method((a) => subset(setFrom(ctx, a[0]), s));
    case 'isdisjoint':
      return method((a) => ctx.iterate(a[0]).every((v) => !s.table.has(v)));
  }
  return undefined;
}

/** `x in s`, with CPython's TypeError for an unhashable x. */
export function setContains(s: PySet, x: PyValue): boolean {
  try {
    return s.table.has(x);
  } catch (e) {
    if (e instanceof PyError) throw typeError(`unhashable type: '${typeName(x)}'`);
    throw e;
  }
}
