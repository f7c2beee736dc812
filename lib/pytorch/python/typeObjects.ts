import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import { PyClass, superProxy } from './classes';
import type { Ctx } from './context';
import { ExceptionClass, isSubclass } from './exceptions';
import { PyModule } from './moduleObject';
import { setFrom } from './setMethods';
import type { PyValue } from './values';
import { builtin, dictKey, PyDict, PyList, PyObject, PySet, PyTuple, typeName } from './values';

/** The built-in types that are also conversion functions: `int('3')`, `list(range(2))`. */
const CALLABLE_TYPES = ['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset'];

/**
 * Class objects for `type(x)`, `x.__class__` and `isinstance`: one per dotted
 * name for the session (`<class 'torch.Tensor'>`, `<class 'int'>`), each with
 * `__name__`; `int`, `float`, `str`, ... are those same objects, so
 * `type(3) is int`. Instances of user classes answer with their PyClass.
 */
export function installTypeObjects(ctx: Ctx, b: Map<string, PyValue>): (v: PyValue) => PyObject {
  const classes = new Map<string, PyObject>();
  const classNamed = (name: string) => {
    if (!classes.has(name)) {
      const c = new PyObject('type', () => `<class '${name}'>`);
      c.qualName = name;
      c.attrs.set('__name__', name.split('.').pop()!);
      c.attrs.set('__qualname__', name.split('.').pop()!);
      c.attrs.set(
        '__module__',
        name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : 'builtins',
      );
      classes.set(name, c);
    }
    return classes.get(name)!;
  };
  for (const name of CALLABLE_TYPES) {
    const c = classNamed(name);
    c.call = (b.get(name) as PyObject | undefined)?.call;
    b.set(name, c);
  }
  (classNamed('dict') as PyObject).call = (a, kw) => {
    const d = new PyDict();
    if (a.length) {
      const src = a[0];
      if (src instanceof PyDict) for (const [k, v] of src.entries) d.entries.set(k, v);
      else {
        ctx.iterate(src).forEach((pair, i) => {
          const kv = ctx.iterate(pair);
          if (kv.length !== 2)
            throw new PyError(
              'ValueError',
              `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
            );
          d.entries.set(dictKey(kv[0]), [kv[0], kv[1]]);
        });
      }
    }
    for (const [k, v] of kw) d.entries.set(dictKey(k), [k, v]);
    return d;
  };
  classNamed('set').call = (a) => setFrom(ctx, a[0]);
  classNamed('frozenset').call = (a) => setFrom(ctx, a[0], true);
  const object = classNamed('object');
  object.call = () => new PyObject('object');
  b.set('object', object);
  const typeOf = (v: PyValue): PyObject => {
    if (v instanceof PyObject && v.pyClass) return v.pyClass;
    if (v instanceof PyObject && v.typeName === 'type') return classNamed('type');
    return classNamed(v instanceof PyObject && v.qualName ? v.qualName : typeName(v));
  };
  b.set(
    'type',
    builtin('type', (a) => {
      if (a.length !== 1)
        throw new PyError(
          'NotImplementedError',
          'type() with three arguments is not supported in this session',
        );
      return typeOf(a[0]);
    }),
  );
  const isInstance = (v: PyValue, cls: PyValue): boolean => {
    if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(v, c));
    if (!(cls instanceof PyObject) || cls.typeName !== 'type')
      throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
    if (cls instanceof ExceptionClass)
      return v instanceof PyObject && v.typeName === v.qualName && isSubclass(v.typeName, cls.name);
    if (cls instanceof PyClass)
      return v instanceof PyObject && v.pyClass instanceof PyClass && v.pyClass.mro().includes(cls);
    const name = cls.qualName ?? cls.repr().replace(/^<class '(.*)'>$/, '$1');
    const t = typeOf(v).qualName;
    if (name === 'object') return true;
    if (name === 'torch.nn.modules.module.Module') return v instanceof PyModule;
    if (name === 'torch.Tensor') return v instanceof Tensor;
    if (name === 'numpy.ndarray') return v instanceof NdArray;
    if (name === 'int') return typeof v === 'bigint' || typeof v === 'boolean';
    if (name === 'tuple') return v instanceof PyTuple;
    if (name === 'dict') return v instanceof PyDict;
    if (name === 'list') return v instanceof PyList;
    if (name === 'set' || name === 'frozenset') return v instanceof PySet && typeName(v) === name;
    if (v instanceof PyModule && v.pyClass instanceof PyClass) return false;
    return t === name;
  };
  b.set(
    'isinstance',
    builtin('isinstance', (a) => isInstance(a[0], a[1])),
  );
  b.set(
    'super',
    builtin('super', (a) => {
      if (a.length !== 2) throw new PyError('RuntimeError', 'super(): no arguments');
      return superProxy(ctx, a[0], a[1]);
    }),
  );
  return typeOf;
}
