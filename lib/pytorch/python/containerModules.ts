import { PyError, typeError } from '../errors';
import { bindArgs } from './bindArgs';
import { dictAttr } from './dictMethods';
import type { Ctx } from './context';
import { arg, toInt } from './context';
import { PySlice } from './indexing';
import { checkedIndex, sliceIndices } from './sliceIndices';
import { newModule } from './layerModules';
import { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { builtin, dictKey, PyDict, PyOrderedDict, pyRepr, PyTuple } from './values';

/** `operator.index(idx)` and the containers' range check (`index 5 is out of range`). */
function position(index: PyValue, size: number): number {
  if (typeof index !== 'bigint' && typeof index !== 'boolean')
    throw typeError(
      `'${index === null ? 'NoneType' : typeof index === 'number' ? 'float' : typeof index === 'string' ? 'str' : 'object'}' object cannot be interpreted as an integer`,
    );
  return checkedIndex(Number(index), size);
}

/** Registers `children` as '0', '1', ... in place of the container's current ones. */
function renumber(m: PyModule, children: readonly PyValue[]): void {
  m.modules.entries.clear();
  children.forEach((child, i) => m.modules.entries.set(dictKey(String(i)), [String(i), child]));
}

/** `__delitem__` of Sequential and ModuleList: drop the children, then renumber the rest from 0. */
function deleteChildren(m: PyModule, index: PyValue): void {
  const kids = m.children();
  const gone =
    index instanceof PySlice
      ? new Set(sliceIndices(index, kids.length))
      : new Set([position(index, kids.length)]);
  renumber(
    m,
    kids.filter((_, i) => !gone.has(i)).map(([, child]) => child),
  );
}

/** `insert(index, module)`: shift the children from `index` on up by one. */
function insertChild(m: PyModule, index: PyValue, module: PyValue): void {
  if (!(module instanceof PyModule))
    throw new PyError(
      'AssertionError',
      `module should be of type: <class 'torch.nn.modules.module.Module'>`,
    );
  const kids = m.children().map(([, c]) => c);
  const n = kids.length;
  const i = toInt(index);
  if (!(-n <= i && i <= n)) throw new PyError('IndexError', `Index out of range: ${i}`);
  kids.splice(i < 0 ? i + n : i, 0, module);
  renumber(m, kids);
}

const method = (m: PyModule, name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) =>
  m.attrs.set(name, builtin(name, fn, 'method'));

/**
 * `nn.Sequential(*args)`: one OrderedDict argument names the children,
 * otherwise they are added as '0', '1', ... (add_module's TypeError for a
 * non-Module). `model[i]` is a child, `model[a:b]` a new Sequential of the
 * same children under their names; forward feeds each child's output to the next.
 */
export function sequentialModule(ctx: Ctx, args: PyValue[], kw: Kwargs): PyModule {
  if (kw.size)
    throw typeError(
      `Sequential.__init__() got an unexpected keyword argument '${[...kw.keys()][0]}'`,
    );
  const m = newModule(ctx, 'Sequential', 'container');
  if (args.length === 1 && args[0] instanceof PyOrderedDict) {
    for (const [key, child] of args[0].entries.values()) m.addModule(key, child);
  } else args.forEach((child, i) => m.addModule(String(i), child));
  const kids = () => m.children();
  m.iterate = () => kids().map(([, c]) => c);
  m.getitem = (index) => {
    if (index instanceof PySlice) {
      const od = new PyOrderedDict();
      for (const i of sliceIndices(index, kids().length))
        od.entries.set(dictKey(kids()[i][0]), [kids()[i][0], kids()[i][1]]);
      return sequentialModule(ctx, [od], new Map());
    }
    return kids()[position(index, kids().length)][1];
  };
  m.setitem = (index, value) => m.assign(kids()[position(index, kids().length)][0], value);
  m.delitem = (index) => deleteChildren(m, index);
  method(m, 'append', (a) => (m.addModule(String(kids().length), a[0]), m));
  method(m, 'insert', (a, k) => (insertChild(m, arg(a, k, 0, 'index'), arg(a, k, 1, 'module')), m));
  method(m, 'extend', (a) => {
    for (const layer of ctx.iterate(a[0])) m.addModule(String(kids().length), layer);
    return m;
  });
  m.forward = (a, k) => {
    let x = bindArgs('Sequential.forward', ['input'], {}, a, k)[0];
    for (const [, child] of kids()) x = ctx.call(child, [x], new Map());
    return x;
  };
  return m;
}

/** `nn.ModuleList(modules=None)`: registers '0', '1', ...; a slice is a new ModuleList numbered from 0; no forward. */
export function moduleListModule(ctx: Ctx, args: PyValue[], kw: Kwargs): PyModule {
  const [modules] = bindArgs('ModuleList.__init__', ['modules'], { modules: null }, args, kw);
  const m = newModule(ctx, 'ModuleList', 'container');
  const kids = () => m.children();
  const append = (v: PyValue) => m.addModule(String(kids().length), v);
  if (modules !== null) ctx.iterate(modules).forEach(append);
  m.iterate = () => kids().map(([, c]) => c);
  m.getitem = (index) => {
    if (index instanceof PySlice)
      return moduleListModule(
        ctx,
        [new PyTuple(sliceIndices(index, kids().length).map((i) => kids()[i][1]))],
        new Map(),
      );
    return kids()[position(index, kids().length)][1];
  };
  m.setitem = (index, value) => m.assign(String(position(index, kids().length)), value);
  m.delitem = (index) => deleteChildren(m, index);
  method(m, 'append', (a) => (append(a[0]), m));
  method(
    m,
    'insert',
    (a, k) => (insertChild(m, arg(a, k, 0, 'index'), arg(a, k, 1, 'module')), null),
  );
  method(m, 'extend', (a) => (ctx.iterate(a[0]).forEach(append), m));
  return m;
}

/** `nn.ModuleDict(modules=None)`: children by key in the mapping's order; `md[key]`, keys/values/items; no forward. */
export function moduleDictModule(ctx: Ctx, args: PyValue[], kw: Kwargs): PyModule {
  const [modules] = bindArgs('ModuleDict.__init__', ['modules'], { modules: null }, args, kw);
  const m = newModule(ctx, 'ModuleDict', 'container');
  const update = (src: PyValue) => {
    if (src instanceof PyDict) for (const [k, v] of src.entries.values()) m.addModule(k, v);
    else if (src instanceof PyModule && src.typeName === 'ModuleDict')
      for (const [k, v] of src.children()) m.addModule(k, v);
    else {
      ctx.iterate(src).forEach((pair, i) => {
        const kv = ctx.iterate(pair);
        if (kv.length !== 2)
          throw new PyError(
            'ValueError',
            `ModuleDict update sequence element #${i} has length ${kv.length}; 2 is required`,
          );
        m.addModule(kv[0], kv[1]);
      });
    }
  };
  if (modules !== null) update(modules);
  m.iterate = () => m.children().map(([k]) => k);
  m.getitem = (key) => {
    const e = m.modules.entries.get(dictKey(key));
    if (!e) throw new PyError('KeyError', pyRepr(key, ctx.addr));
    return e[1];
  };
  m.setitem = (key, value) => m.addModule(key, value);
  for (const name of ['keys', 'values', 'items'] as const) {
    method(m, name, () => ctx.call(dictAttr(ctx, m.modules, name)!, [], new Map()));
  }
  method(m, 'update', (a) => (update(a[0]), null));
  return m;
}
