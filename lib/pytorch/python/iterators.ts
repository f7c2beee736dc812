import type { PyValue } from './values';
import { PyObject } from './values';

/**
 * A one-shot Python iterator (a generator, or what map / zip / enumerate return) over items
 * computed when it is first consumed: iterating takes what is left, `next()` one item.
 * `produce` runs once, at the first use, as a generator's body runs at the first `next()`.
 */
export function pyIterator(typeName: string, reprName: string, produce: () => PyValue[]): PyObject {
  const it = new PyObject(typeName, () => `<${reprName} at 0x7f0000000000>`);
  let items: PyValue[] | null = null;
  let pos = 0;
  const rest = () => (items ??= produce());
  it.iterate = () => {
    const left = rest().slice(pos);
    pos = rest().length;
    return left;
  };
  it.next = () => (pos < rest().length ? rest()[pos++] : undefined);
  return it;
}

/** `<name object at 0x...>` iterators (map, zip, enumerate...) over known items. */
export function iteratorOf(name: string, items: PyValue[]): PyObject {
  return pyIterator(name, `${name} object`, () => items);
}

/**
 * A one-shot iterator pulling from JavaScript iterators made at the call (so a bad argument
 * fails there, as CPython's zip/map/enumerate do), one item per `next()`: it can run over
 * an endless generator and interleaves with the generator's side effects.
 */
export function lazyIterator(
  name: string,
  items: Iterator<PyValue>,
  reprName = `${name} object`,
): PyObject {
  const it = new PyObject(name, () => `<${reprName} at 0x7f0000000000>`);
  const next = (): PyValue | undefined => {
    const r = items.next();
    return r.done ? undefined : r.value;
  };
  it.next = next;
  it.iterate = () => {
    const out: PyValue[] = [];
    for (let v = next(); v !== undefined; v = next()) out.push(v);
    return out;
  };
  it.lazyIterate = function* () {
    for (let v = next(); v !== undefined; v = next()) yield v;
  };
  return it;
}
