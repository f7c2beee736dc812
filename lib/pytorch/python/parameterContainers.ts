import { PyError, typeError } from '../errors';
import { formatSizeX } from '../formatShape';
import { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import { dictAttr } from './dictMethods';
import type { Ctx } from './context';
import { toInt } from './context';
import { PySlice } from './indexing';
import { checkedIndex, sliceIndices } from './sliceIndices';
import { newModule } from './layerModules';
import { generatorOf } from './moduleMethods';
import { torchTypename, type PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { builtin, dictKey, PyDict, PyList, PyOrderedDict, PyTuple, typeName } from './values';

/** `Parameter(t)` for a plain tensor (sharing its storage, requires_grad=True); anything else as it is. */
function asParameter(v: PyValue): PyValue {
  if (!(v instanceof Tensor) || v.isParameter) return v;
  const p = new Tensor(v.storage, v.shape.slice(), v.strides.slice(), v.offset, v.version);
  p.requiresGrad = true;
  p.isParameter = true;
  return p;
}

/** One extra_repr line: `  (0): Parameter containing: [torch.float32 of size 2x2]`, or the object's type. */
function entryLine(key: string, v: PyValue, typeText: (t: Tensor) => string): string {
  if (!(v instanceof Tensor)) return `  (${key}): Object of type: ${typeName(v)}`;
  return `  (${key}): ${v.isParameter ? 'Parameter' : 'Tensor'} containing: [${typeText(v)} of size ${formatSizeX(v.shape)}]`;
}

const method = (m: PyModule, name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) =>
  m.attrs.set(name, builtin(name, fn, 'method'));

/** Entries live as attributes named by their key: Parameters in `_parameters`, anything else in `__dict__`. */
const entry = (m: PyModule, attr: string): PyValue => {
  const v = m.getattr!(attr);
  if (v === undefined)
    throw new PyError('AttributeError', `'${m.typeName}' object has no attribute '${attr}'`);
  return v;
};

/**
 * `nn.ParameterList(values=None)` of PyTorch 1.13: entries are attributes '0', '1', ...,
 * tensors wrapped as Parameters; `pl[i]`, `pl[a:b]` (a new ParameterList), len, iteration,
 * append / extend; calling it raises. Its extra_repr starts each line with two spaces.
 */
export function parameterListModule(ctx: Ctx, args: PyValue[], kw: Kwargs): PyModule {
  const [values] = bindArgs('ParameterList.__init__', ['values'], { values: null }, args, kw);
  const m = newModule(ctx, 'ParameterList', 'container', () =>
    items()
      .map((v, k) => entryLine(String(k), v, (t) => `torch.${t.dtype}`))
      .join('\n'),
  );
  let size = 0;
  const items = () => Array.from({ length: size }, (_, i) => entry(m, String(i)));
  const set = (index: PyValue, value: PyValue) =>
    m.assign(String(checkedIndex(toInt(index), size)), asParameter(value));
  const append = (v: PyValue) => {
    size += 1;
    set(BigInt(size - 1), v);
  };
  const extend = (vs: PyValue) => {
    if (
      vs instanceof Tensor ||
      !(
        typeof vs === 'string' ||
        vs instanceof PyList ||
        vs instanceof PyTuple ||
        vs instanceof PyDict ||
        (vs !== null && typeof vs === 'object' && 'iterate' in vs && vs.iterate)
      )
    ) {
      throw typeError(
        `ParameterList.extend should be called with an iterable, but got ${vs instanceof Tensor ? 'Tensor' : typeName(vs)}`,
      );
    }
    ctx.iterate(vs).forEach(append);
  };
  if (values !== null) extend(values);
  m.iterate = items;
  m.getitem = (index) => {
    if (index instanceof PySlice) {
      const out = parameterListModule(ctx, [], new Map());
      const picked = sliceIndices(index, size);
      for (const i of picked) ctx.call(out.getattr!('append')!, [items()[i]], new Map());
      return out;
    }
    return entry(m, String(checkedIndex(toInt(index), size)));
  };
  m.setitem = set;
  method(m, 'append', (a) => (append(a[0]), m));
  method(m, 'extend', (a) => (extend(a[0]), m));
  m.call = () => {
    throw new PyError('RuntimeError', 'ParameterList should not be called.');
  };
  return m;
}

/**
 * `nn.ParameterDict(parameters=None)` of PyTorch 1.13: entries are attributes named by
 * their (string) keys, tensors wrapped as Parameters; a plain dict is taken in sorted key
 * order, an OrderedDict, a ParameterDict or pairs in their own; `pd[key]`, len, `in`,
 * iteration over keys, keys / values / items / get / update; calling it raises.
 */
export function parameterDictModule(ctx: Ctx, args: PyValue[], kw: Kwargs): PyModule {
  const [parameters] = bindArgs(
    'ParameterDict.__init__',
    ['parameters'],
    { parameters: null },
    args,
    kw,
  );
  const keys: string[] = [];
  const m = newModule(ctx, 'ParameterDict', 'container', () =>
    keys.map((k) => entryLine(k, entry(m, k), (t) => torchTypename(t))).join('\n'),
  );
  const attrOf = (key: PyValue): string => {
    if (typeof key !== 'string') {
      throw typeError(
        `Index given to ParameterDict cannot be used as a key as it is not a string (type is '${typeName(key)}'). Open an issue on github if you need non-string keys.`,
      );
    }
    return key;
  };
  const set = (key: PyValue, value: PyValue) => {
    if (typeof key === 'string' && !keys.includes(key)) keys.push(key);
    m.assign(attrOf(key), asParameter(value));
  };
  const update = (src: PyValue) => {
    if (src instanceof PyOrderedDict) for (const [k, v] of src.entries.values()) set(k, v);
    else if (src instanceof PyDict)
      [...src.entries.values()]
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
        .forEach(([k, v]) => set(k, v));
    else if (
      src !== null &&
      typeof src === 'object' &&
      'typeName' in src &&
      src.typeName === 'ParameterDict'
    )
      for (const k of ctx.iterate(src)) set(k, (src as PyModule).getitem!(k));
    else {
      ctx.iterate(src).forEach((pair, j) => {
        const kv = ctx.iterate(pair);
        if (kv.length !== 2)
          throw new PyError(
            'ValueError',
            `ParameterDict update sequence element #${j} has length ${kv.length}; 2 is required`,
          );
        set(kv[0], kv[1]);
      });
    }
  };
  if (parameters !== null) update(parameters);
  m.iterate = () => [...keys];
  m.getitem = (key) => entry(m, attrOf(key));
  m.setitem = set;
  method(m, 'keys', () =>
    ctx.call(
      dictAttr(ctx, new PyDict(new Map(keys.map((k) => [dictKey(k), [k, null]]))), 'keys')!,
      [],
      new Map(),
    ),
  );
  method(m, 'values', () =>
    generatorOf(
      'ParameterDict.values.<locals>.<genexpr>',
      keys.map((k) => entry(m, k)),
    ),
  );
  method(m, 'items', () =>
    generatorOf(
      'ParameterDict.items.<locals>.<genexpr>',
      keys.map((k) => new PyTuple([k, entry(m, k)])),
    ),
  );
  method(m, 'get', (a) =>
    typeof a[0] === 'string' && keys.includes(a[0]) ? entry(m, a[0]) : (a[1] ?? null),
  );
  method(m, 'update', (a) => (update(a[0]), null));
  m.call = () => {
    throw new PyError('RuntimeError', 'ParameterDict should not be called.');
  };
  return m;
}
