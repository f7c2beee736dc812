import { Node } from '../autograd';
import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { dictAttr } from './dictMethods';
import { getIndex, PySlice } from './indexing';
import { sliceIndices } from './sliceIndices';
import { ndarrayAttr, setNdarrayItem } from './numpyModule';
import { setTensorItem } from './setitem';
import { listAttr } from './listMethods';
import { setAttr } from './setMethods';
import { strAttr } from './strMethods';
import { setTensorAttr, tensorAttr } from './tensorBinding';
import type { PyValue } from './values';
import { builtin, dictKey, PyDict, PyList, PyObject, PySet, PyTuple, typeName } from './values';
import { ndarrayView } from './numpyIndex';
import { isUnmodelled } from './unmodelledNames';
import { notImplemented } from './context';

/** Attribute and item access, read and write, on the session's values: `obj.name`, `obj[i]`. */

export const attributeError = (v: PyValue, name: string) =>
  new PyError(
    'AttributeError',
    `'${v instanceof Tensor && !v.isParameter ? 'Tensor' : typeName(v)}' object has no attribute '${name}'`,
  );

export function setattr(ctx: Ctx, obj: PyValue, name: string, v: PyValue): void {
  if (obj instanceof Tensor) return setTensorAttr(obj, name, v);
  if (obj instanceof PyObject && obj.setattr) return obj.setattr(name, v);
  if (
    obj instanceof PyObject &&
    obj.typeName !== 'module' &&
    !(obj.typeName === 'builtin_function_or_method')
  ) {
    obj.attrs.set(name, v);
    return;
  }
  throw new PyError('AttributeError', `'${typeName(obj)}' object attribute '${name}' is read-only`);
}

export function setitem(ctx: Ctx, obj: PyValue, index: PyValue, v: PyValue): void {
  if (obj instanceof Tensor) return setTensorItem(ctx.rt, obj, index, v);
  if (obj instanceof NdArray) return setNdarrayItem(ctx.rt, obj, index, v);
  if (obj instanceof PyList) {
    const i = Number(index);
    const n = obj.items.length;
    if (typeof index !== 'bigint' || i < -n || i >= n)
      throw new PyError('IndexError', 'list assignment index out of range');
    obj.items[i < 0 ? i + n : i] = v;
    return;
  }
  if (obj instanceof PyDict) {
    obj.entries.set(dictKey(index), [index, v]);
    return;
  }
  if (obj instanceof PyObject && obj.setitem) return obj.setitem(index, v);
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function getattr(ctx: Ctx, obj: PyValue, name: string): PyValue {
  let v: PyValue | undefined;
  if (obj instanceof Tensor) v = tensorAttr(ctx, obj, name);
  else if (obj instanceof NdArray) v = ndarrayAttr(ctx, obj, name);
  else if (obj instanceof Node) v = nodeAttr(obj, name);
  else if (obj instanceof PyTuple && obj.named) {
    const i = obj.named.fields.indexOf(name);
    v = i >= 0 ? obj.items[i] : undefined;
  } else if (obj instanceof PyList) {
    v = listAttr(ctx, obj, name);
  } else if (obj instanceof PyDict) v = dictAttr(ctx, obj, name);
  else if (obj instanceof PySet) v = setAttr(ctx, obj, name);
  else if (obj instanceof PyObject) v = obj.getattr ? obj.getattr(name) : obj.attrs.get(name);
  else if (typeof obj === 'string') v = strAttr(ctx, obj, name);
  if (v === undefined && name === '__class__') v = ctx.typeOf(obj);
  if (v === undefined && obj instanceof PyObject && obj.next) v = iteratorMethod(obj, name);
  if (v === undefined && obj instanceof PyObject && obj.typeName === 'module') {
    const module = /^<module '([^']+)'/.exec(obj.repr())?.[1] ?? 'module';
    if (isUnmodelled(module, name)) throw notImplemented(`${module}.${name}`);
    throw new PyError('AttributeError', `module '${module}' has no attribute '${name}'`);
  }
  if (v === undefined) throw attributeError(obj, name);
  return v;
}

export function getitem(ctx: Ctx, obj: PyValue, index: PyValue): PyValue {
  if (obj instanceof Tensor) return getIndex(ctx.rt, obj, index);
  if (obj instanceof NdArray) {
    const t = ndarrayView(ctx.rt, obj, index);
    const item = ndarrayAttr(ctx, new NdArray(t), 'item')!;
    return t.shape.length === 0 ? ctx.call(item, [], new Map()) : new NdArray(t);
  }
  if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === 'string') {
    const items = typeof obj === 'string' ? [...obj] : obj.items;
    if (index instanceof PySlice) {
      const part = sliceIndices(index, items.length).map((i) => items[i]);
      if (typeof obj === 'string') return part.join('');
      return obj instanceof PyList
        ? new PyList(part as PyValue[])
        : new PyTuple(part as PyValue[], obj.isSize);
    }
    if (typeof index !== 'bigint' && typeof index !== 'boolean')
      throw typeError(
        `${typeName(obj)} indices must be integers or slices, not ${typeName(index)}`,
      );
    const n = items.length;
    const i = Number(index);
    if (i < -n || i >= n)
      throw new PyError(
        'IndexError',
        `${typeName(obj) === 'torch.Size' ? 'tuple' : typeName(obj)} index out of range`,
      );
    return items[i < 0 ? i + n : i];
  }
  if (obj instanceof PyDict) {
    const e = obj.entries.get(dictKey(index));
    if (!e) throw new PyError('KeyError', typeof index === 'string' ? `'${index}'` : String(index));
    return e[1];
  }
  if (obj instanceof PyObject && obj.getitem) return obj.getitem(index);
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** Attributes of a grad_fn node. */
function nodeAttr(n: Node, name: string): PyValue | undefined {
  switch (name) {
    case 'name':
      return builtin('name', () => n.name);
    case 'next_functions':
      return new PyTuple(
        n.next.map((e) => new PyTuple([e ? e.node : null, BigInt(e ? e.inputNr : 0)])),
      );
    case 'variable':
      return n.variable ?? undefined;
    case 'metadata':
      return new PyDict();
  }
  return undefined;
}

/** `it.__next__()` and `it.__iter__()` of an iterator object, as `next(it)` and `iter(it)`. */
function iteratorMethod(it: PyObject, name: string): PyValue | undefined {
  if (name === '__iter__') return builtin('__iter__', () => it, 'method');
  if (name !== '__next__') return undefined;
  return builtin(
    '__next__',
    () => {
      const v = it.next!();
      if (v === undefined) throw new PyError('StopIteration', '');
      return v;
    },
    'method',
  );
}
