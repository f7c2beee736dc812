import { Node } from '../autograd';
import type { DType } from '../dtype';
import { PyError, typeError } from '../errors';
import { formatTensor } from '../format';
import { NdArray } from '../numpy';
import { floatRepr } from '../pyFloat';
import { Tensor } from '../tensor';
import { formatTorchSize, formatTuple } from '../formatShape';
import { pyHash } from './pyHash';
import { SetTable } from './pySet';

export type Kwargs = Map<string, PyValue>;

/** A Python value: None, bool, int (bigint), float (number), str, containers, or an object. */
export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyList
  | PyTuple
  | PyDict
  | PySet
  | PyObject
  | Tensor
  | NdArray
  | Node;

export class PyList {
  constructor(public items: PyValue[]) {}
}

export class PyTuple {
  constructor(
    readonly items: PyValue[],
    readonly isSize = false,
    /** Set for named tuples such as `torch.return_types.max`. */
    readonly named: { type: string; fields: string[] } | null = null,
  ) {}
}

export class PyDict {
  constructor(readonly entries: Map<string, [PyValue, PyValue]> = new Map()) {}
}

/** set and frozenset: CPython's hash table, so they print in CPython's order. */
export class PySet {
  readonly table: SetTable<PyValue> = new SetTable<PyValue>(dictKey, hashOf);
  constructor(readonly frozen = false) {}
  static of(items: PyValue[], frozen = false): PySet {
    const s = new PySet(frozen);
    for (const v of items) s.table.add(v);
    return s;
  }
}

/** hash() of a hashable value (TypeError for the others, as dictKey checks first). */
export function hashOf(v: PyValue): bigint {
  dictKey(v);
  return pyHash(v, (x) => (x instanceof PyTuple ? x.items : null));
}

/** `collections.OrderedDict`: a dict that prints as `OrderedDict([(k, v), ...])` (Python 3.11). */
export class PyOrderedDict extends PyDict {}

/** Any other object: attributes, and optional call / repr / context-manager hooks. */
export class PyObject {
  readonly attrs = new Map<string, PyValue>();
  call?: (args: PyValue[], kwargs: Kwargs) => PyValue;
  enter?: () => PyValue;
  exit?: () => void;
  iterate?: () => PyValue[];
  /** Items one at a time, for a for loop over something too long to list (range). */
  lazyIterate?: () => Iterable<PyValue>;
  /** An iterator's `__next__`: the next item, or undefined when exhausted (StopIteration). */
  next?: () => PyValue | undefined;
  /** Attribute hooks for objects whose attributes live elsewhere (nn.Module's registries). */
  getattr?: (name: string) => PyValue | undefined;
  setattr?: (name: string, value: PyValue) => void;
  getitem?: (index: PyValue) => PyValue;
  setitem?: (index: PyValue, value: PyValue) => void;
  delitem?: (index: PyValue) => void;
  /** The class's dotted name for `type()` and `isinstance`, when it is not `typeName`. */
  qualName?: string;
  /** The user class (a `class` statement) this object is an instance of. */
  pyClass?: PyObject;
  /** `__str__` and `__len__` of a user class. */
  str?: () => string;
  len?: () => PyValue;
  constructor(
    readonly typeName: string,
    private readonly reprText?: () => string,
  ) {}
  repr(): string {
    return this.reprText
      ? this.reprText()
      : `<${this.typeName} object at 0x${(0x7f0000000000).toString(16)}>`;
  }
}

/** A built-in function or bound method. */
export function builtin(
  name: string,
  fn: (args: PyValue[], kwargs: Kwargs) => PyValue,
  typeName = 'builtin_function_or_method',
): PyObject {
  const o = new PyObject(typeName, () => `<built-in method ${name}>`);
  o.call = fn;
  return o;
}

export class DTypeValue extends PyObject {
  constructor(
    readonly dtype: DType,
    readonly numpy: boolean,
  ) {
    super(numpy ? 'numpy.dtype' : 'torch.dtype', () =>
      numpy ? `dtype('${dtype}')` : `torch.${dtype}`,
    );
  }
}

export function dictKey(k: PyValue): string {
  if (typeof k === 'string') return 's' + k;
  if (k === null) return 'N';
  if (k instanceof PyTuple) return 't' + JSON.stringify(k.items.map(dictKey));
  if (k instanceof PySet && k.frozen)
    return 'f' + JSON.stringify(k.table.values().map(dictKey).sort());
  if (typeof k === 'bigint' || typeof k === 'number' || typeof k === 'boolean')
    return 'n' + Number(k);
  throw typeError(`unhashable type: '${typeName(k)}'`);
}

export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyTuple) return v.isSize ? 'torch.Size' : 'tuple';
  if (v instanceof PyOrderedDict) return 'OrderedDict';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PySet) return v.frozen ? 'frozenset' : 'set';
  if (v instanceof Tensor) return v.isParameter ? 'torch.nn.parameter.Parameter' : 'torch.Tensor';
  if (v instanceof NdArray) return 'numpy.ndarray';
  if (v instanceof Node) return v.typeName;
  return v.typeName;
}

export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/** A fake but stable address for `<... object at 0x...>` reprs. */
export type AddressOf = (o: object) => string;

/** Python `repr()`. */
export function pyRepr(v: PyValue, addr: AddressOf): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyList) return '[' + v.items.map((x) => pyRepr(x, addr)).join(', ') + ']';
  if (v instanceof PyTuple) {
    const inner = v.items.map((x) => pyRepr(x, addr));
    if (v.isSize) return formatTorchSize(inner);
    if (v.named)
      return `${v.named.type}(\n${v.named.fields.map((f, i) => `${f}=${inner[i]}`).join(',\n')})`;
    return formatTuple(inner);
  }
  if (v instanceof PyOrderedDict) {
    const items = [...v.entries.values()].map(
      ([k, x]) => `(${pyRepr(k, addr)}, ${pyRepr(x, addr)})`,
    );
    return items.length ? `OrderedDict([${items.join(', ')}])` : 'OrderedDict()';
  }
  if (v instanceof PyDict)
    return (
      '{' +
      [...v.entries.values()].map(([k, x]) => `${pyRepr(k, addr)}: ${pyRepr(x, addr)}`).join(', ') +
      '}'
    );
  if (v instanceof PySet) {
    const inner = v.table.values().map((x) => pyRepr(x, addr));
    if (v.frozen) return inner.length ? `frozenset({${inner.join(', ')}})` : 'frozenset()';
    return inner.length ? `{${inner.join(', ')}}` : 'set()';
  }
  if (v instanceof Tensor) return formatTensor(v);
  if (v instanceof NdArray) return v.repr();
  if (v instanceof Node) return `<${v.typeName} object at ${addr(v)}>`;
  return v.repr().replace('0x7f0000000000', addr(v));
}

/** Python `str()`. */
export function pyStr(v: PyValue, addr: AddressOf): string {
  if (v instanceof PyObject && v.str) return v.str();
  if (v instanceof NdArray) return v.str();
  return typeof v === 'string' ? v : pyRepr(v, addr);
}

export function truthy(v: PyValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.entries.size > 0;
  if (v instanceof PySet) return v.table.size > 0;
  if (v instanceof Tensor || v instanceof NdArray) {
    const t = v instanceof Tensor ? v : v.view;
    if (t.numel() !== 1) {
      throw v instanceof Tensor
        ? new PyError(
            'RuntimeError',
            'Boolean value of Tensor with more than one value is ambiguous',
          )
        : new PyError(
            'ValueError',
            'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()',
          );
    }
    return t.values()[0] !== 0;
  }
  return true;
}

/** Python int/float/bool as a JS number, or null when v is not a number. */
export function asNumber(v: PyValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  return null;
}
