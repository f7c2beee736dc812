import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toInt } from './context';
import { binop, compareValues } from './operators';
import { iteratorOf, lazyIterator } from './iterators';
import { COMPARE_DUNDERS, userOperator } from './userOperators';
import type { Kwargs, PyValue } from './values';
import { builtin, PyList, PyObject, PyTuple, truthy, typeName } from './values';

/** Python's builtins over iterables: sorted, map, filter, any, all, reversed, enumerate, zip, min, max, divmod, len. */
export function installIterBuiltins(ctx: Ctx, b: Map<string, PyValue>): void {
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) =>
    b.set(name, builtin(name, fn));
  const less = (x: PyValue, y: PyValue) =>
    truthy(
      userOperator(ctx, COMPARE_DUNDERS['<'], x, y, false) ??
        compareValues(ctx.rt, '<', x, y, () => false),
    );
  def('sorted', (a, kw) => {
    const key = kw.get('key') ?? null;
    const reverse = truthy(kw.get('reverse') ?? false);
    const items = [...ctx.iterate(a[0])];
    const keys = new Map(
      items.map((x, i) => [i, key === null ? x : ctx.call(key, [x], new Map())]),
    );
    const order = items.map((_, i) => i);
    order.sort((i, j) => {
      const [x, y] = reverse ? [keys.get(j)!, keys.get(i)!] : [keys.get(i)!, keys.get(j)!];
      return less(x, y) ? -1 : less(y, x) ? 1 : 0;
    });
    return new PyList(order.map((i) => items[i]));
  });
  /** An iterator over v's items: pulled one at a time from generators and ranges. */
  const source = (v: PyValue): Iterator<PyValue> =>
    v instanceof PyObject && v.lazyIterate
      ? v.lazyIterate()[Symbol.iterator]()
      : ctx.iterate(v)[Symbol.iterator]();
  def('map', (a) => {
    const its = a.slice(1).map(source);
    return lazyIterator(
      'map',
      (function* () {
        for (;;) {
          const rs = its.map((it) => it.next());
          if (rs.some((r) => r.done)) return;
          yield ctx.call(
            a[0],
            rs.map((r) => r.value as PyValue),
            new Map(),
          );
        }
      })(),
    );
  });
  def('filter', (a) => {
    const it = source(a[1]);
    return lazyIterator(
      'filter',
      (function* () {
        for (let r = it.next(); !r.done; r = it.next())
          if (truthy(a[0] === null ? r.value : ctx.call(a[0], [r.value], new Map()))) yield r.value;
      })(),
    );
  });
  def('next', (a) => {
    const it = a[0];
    if (!(it instanceof PyObject && it.next))
      throw typeError(`'${typeName(it)}' object is not an iterator`);
    const v = it.next();
    if (v !== undefined) return v;
    if (a.length > 1) return a[1];
    throw new PyError('StopIteration', '');
  });
  def('iter', (a) => {
    const v = a[0];
    if (v instanceof PyObject && v.next) return v;
    const kind = v instanceof PyList ? 'list' : v instanceof PyTuple ? 'tuple' : typeName(v);
    return iteratorOf(`${kind}_iterator`, ctx.iterate(v));
  });
  def('any', (a) => ctx.iterate(a[0]).some(truthy));
  def('all', (a) => ctx.iterate(a[0]).every(truthy));
  def('reversed', (a) => iteratorOf('list_reverseiterator', [...ctx.iterate(a[0])].reverse()));
  def('enumerate', (a, kw) => {
    const start = toInt(arg(a, kw, 1, 'start', 0n));
    const it = source(arg(a, kw, 0, 'iterable'));
    return lazyIterator(
      'enumerate',
      (function* () {
        let i = start;
        for (let r = it.next(); !r.done; r = it.next()) yield new PyTuple([BigInt(i++), r.value]);
      })(),
    );
  });
  def('zip', (a) => {
    const its = a.map(source);
    return lazyIterator(
      'zip',
      (function* () {
        if (its.length === 0) return;
        for (;;) {
          const items: PyValue[] = [];
          for (const it of its) {
            const r = it.next();
            if (r.done) return;
            items.push(r.value);
          }
          yield new PyTuple(items);
        }
      })(),
    );
  });
  const extreme = (name: 'min' | 'max') => (a: PyValue[], kw: Kwargs) => {
    const items = a.length === 1 ? ctx.iterate(a[0]) : a;
    if (items.length === 0) {
      if (kw.has('default')) return kw.get('default')!;
      throw new PyError('ValueError', `${name}() arg is an empty sequence`);
    }
    const key = kw.get('key') ?? null;
    const k = (x: PyValue) => (key === null ? x : ctx.call(key, [x], new Map()));
    return items.reduce((best, x) =>
      (name === 'max' ? less(k(best), k(x)) : less(k(x), k(best))) ? x : best,
    );
  };
  def('max', extreme('max'));
  def('min', extreme('min'));
  def(
    'divmod',
    (a) => new PyTuple([binop(ctx.rt, '//', a[0], a[1]), binop(ctx.rt, '%', a[0], a[1])]),
  );
  def('len', (a) => {
    const v = a[0];
    if (v instanceof Tensor || v instanceof NdArray) {
      const t = v instanceof Tensor ? v : v.view;
      if (t.shape.length === 0) throw typeError('len() of a 0-d tensor');
      return BigInt(t.shape[0]);
    }
    if (typeof v === 'string') return BigInt(v.length);
    if (v instanceof PyObject && v.len) return v.len();
    if (v === null || typeof v !== 'object' || (v instanceof PyObject && !v.iterate))
      throw typeError(`object of type '${typeName(v)}' has no len()`);
    return BigInt(ctx.iterate(v).length);
  });
}
