import { PyError } from '../errors';
import type { Ctx } from './context';
import { arg } from './context';
import type { PyValue } from './values';
import { builtin, dictKey, PyDict, PyObject, PyOrderedDict, pyRepr, PyTuple } from './values';

/**
 * A dict view (`dict_keys([...])`, or `odict_keys([...])` for an OrderedDict):
 * iterable, printed as its kind and the list of what it holds.
 */
function dictView(ctx: Ctx, d: PyDict, kind: 'keys' | 'values' | 'items'): PyObject {
  const items = (): PyValue[] =>
    [...d.entries.values()].map(([k, v]) =>
      kind === 'keys' ? k : kind === 'values' ? v : new PyTuple([k, v]),
    );
  const prefix = d instanceof PyOrderedDict ? 'odict' : 'dict';
  const view = new PyObject(
    `${prefix}_${kind}`,
    () =>
      `${prefix}_${kind}([${items()
        .map((x) => pyRepr(x, ctx.addr))
        .join(', ')}])`,
  );
  view.iterate = items;
  return view;
}

const keyError = (k: PyValue, ctx: Ctx) => new PyError('KeyError', pyRepr(k, ctx.addr));

/** The dict methods the lessons use: `keys`, `values`, `items`, `get`, `pop`. */
export function dictAttr(ctx: Ctx, d: PyDict, name: string): PyValue | undefined {
  switch (name) {
    case 'keys':
    case 'values':
    case 'items':
      return builtin(name, () => dictView(ctx, d, name));
    case 'get':
      return builtin(
        name,
        (a, kw) =>
          d.entries.get(dictKey(arg(a, kw, 0, 'key')))?.[1] ?? arg(a, kw, 1, 'default', null),
      );
    case 'pop':
      return builtin(name, (a, kw) => {
        const k = arg(a, kw, 0, 'key');
        const e = d.entries.get(dictKey(k));
        if (!e) {
          if (a.length > 1) return a[1];
          throw keyError(k, ctx);
        }
        d.entries.delete(dictKey(k));
        return e[1];
      });
  }
  return undefined;
}
