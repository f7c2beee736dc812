import { PyError } from '../errors';
import type { Ctx } from './context';
import { dictKey, PyDict, PyObject, PyOrderedDict } from './values';

/** `collections` with `OrderedDict(pairs | mapping)`, what `nn.Sequential(OrderedDict([...]))` takes. */
export function collectionsModule(ctx: Ctx): PyObject {
  const collections = new PyObject(
    'module',
    () => "<module 'collections' from '/usr/lib/python3.11/collections/__init__.py'>",
  );
  const cls = new PyObject('type', () => "<class 'collections.OrderedDict'>");
  cls.qualName = 'collections.OrderedDict';
  cls.call = (args, kwargs) => {
    const od = new PyOrderedDict();
    const src = args[0];
    if (src instanceof PyDict)
      for (const [k, v] of src.entries.values()) od.entries.set(dictKey(k), [k, v]);
    else if (src !== undefined) {
      ctx.iterate(src).forEach((pair, i) => {
        const kv = ctx.iterate(pair);
        if (kv.length !== 2)
          throw new PyError(
            'ValueError',
            `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
          );
        od.entries.set(dictKey(kv[0]), [kv[0], kv[1]]);
      });
    }
    for (const [k, v] of kwargs) od.entries.set(dictKey(k), [k, v]);
    return od;
  };
  collections.attrs.set('OrderedDict', cls);
  return collections;
}
