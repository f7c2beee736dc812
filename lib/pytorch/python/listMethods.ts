import { PyError } from '../errors';
import type { Ctx } from './context';
import { toInt } from './context';
import { compareValues, pyEquals } from './operators';
import type { PyValue } from './values';
import { builtin, PyList, pyRepr, truthy } from './values';

/** Methods of a Python list. */
export function listAttr(ctx: Ctx, list: PyList, name: string): PyValue | undefined {
  const m = (f: (a: PyValue[], kw: Map<string, PyValue>) => PyValue) => builtin(name, f);
  const items = list.items;
  switch (name) {
    case 'append':
      return m((a) => (items.push(a[0]), null));
    case 'extend':
      return m((a) => (items.push(...ctx.iterate(a[0])), null));
    case 'insert':
      return m((a) => {
        const n = items.length;
        const i = toInt(a[0]);
        items.splice(Math.max(0, Math.min(n, i < 0 ? i + n : i)), 0, a[1]);
        return null;
      });
    case 'pop':
      return m((a) => {
        if (items.length === 0) throw new PyError('IndexError', 'pop from empty list');
        const i = a.length ? toInt(a[0]) : -1;
        const j = i < 0 ? i + items.length : i;
        if (j < 0 || j >= items.length) throw new PyError('IndexError', 'pop index out of range');
        return items.splice(j, 1)[0];
      });
    case 'index':
      return m((a) => {
        const i = items.findIndex((x) => pyEquals(x, a[0]));
        if (i < 0) throw new PyError('ValueError', `${pyRepr(a[0], ctx.addr)} is not in list`);
        return BigInt(i);
      });
    case 'count':
      return m((a) => BigInt(items.filter((x) => pyEquals(x, a[0])).length));
    case 'reverse':
      return m(() => (items.reverse(), null));
    case 'clear':
      return m(() => ((items.length = 0), null));
    case 'copy':
      return m(() => new PyList([...items]));
    case 'sort':
      return m((a, kw) => {
        const key = kw.get('key') ?? null;
        const rev = truthy(kw.get('reverse') ?? false);
        const k = (x: PyValue) => (key === null ? x : ctx.call(key, [x], new Map()));
        const less = (x: PyValue, y: PyValue) =>
          truthy(compareValues(ctx.rt, '<', k(x), k(y), () => false));
        items.sort((x, y) =>
          rev ? (less(y, x) ? -1 : less(x, y) ? 1 : 0) : less(x, y) ? -1 : less(y, x) ? 1 : 0,
        );
        return null;
      });
  }
  return undefined;
}
