import { PyError, typeError } from '../errors';
import type { Ctx } from './context';
import { PyFunction } from './functions';
import { newModule } from './layerModules';
import { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { builtin, PyObject } from './values';

const MODULE_CLASS = 'torch.nn.modules.module.Module';

/**
 * A class made by a `class` statement in `__main__`: its namespace and bases.
 * Attribute lookup follows the bases depth first, left to right (the C3
 * order for the single-inheritance hierarchies of the lessons). A class with
 * `nn.Module` among its ancestors makes real PyModule instances.
 */
export class PyClass extends PyObject {
  constructor(
    readonly name: string,
    readonly bases: PyObject[],
    readonly ns: Map<string, PyValue>,
  ) {
    super('type', () => `<class '__main__.${name}'>`);
    this.qualName = `__main__.${name}`;
    this.getattr = (attr) => {
      if (attr === '__name__' || attr === '__qualname__') return name;
      if (attr === '__module__') return '__main__';
      const found = this.lookup(attr);
      if (found === undefined)
        throw new PyError('AttributeError', `type object '${name}' has no attribute '${attr}'`);
      return found;
    };
    this.setattr = (attr, v) => void this.ns.set(attr, v);
  }

  /** The method resolution order: this class, then each base's order, each class once. */
  mro(): PyObject[] {
    const out: PyObject[] = [];
    const add = (c: PyObject) => {
      if (!out.includes(c)) out.push(c);
      if (c instanceof PyClass) c.bases.forEach(add);
    };
    add(this);
    return out;
  }

  lookup(attr: string, after: PyObject | null = null): PyValue | undefined {
    const order = this.mro();
    for (const c of after ? order.slice(order.indexOf(after) + 1) : order)
      if (c instanceof PyClass && c.ns.has(attr)) return c.ns.get(attr);
    return undefined;
  }

  isModule(): boolean {
    return this.mro().some((c) => c.qualName === MODULE_CLASS);
  }
}

/** `obj.method` for a function found on the class: the function with obj bound as its first argument. */
export function bindMethod(ctx: Ctx, v: PyValue, self: PyValue): PyValue {
  if (v instanceof PyObject && v.typeName === 'property')
    return ctx.call(v.attrs.get('fget')!, [self], new Map());
  if (v instanceof PyObject && v.typeName === 'staticmethod') return v.attrs.get('__func__')!;
  if (!(v instanceof PyFunction)) return v;
  const m = builtin(v.name, (a, kw) => ctx.call(v, [self, ...a], kw), 'method');
  m.repr = () => `<bound method ${v.qualname} of ${self instanceof PyObject ? self.repr() : ''}>`;
  return m;
}

/** `nn.Module.__init__(self)` on a user module: from here on it registers parameters and children. */
function moduleInit(m: PyModule): PyValue {
  m.ready = true;
  m.attrs.set('training', true);
  return null;
}

/** A fresh instance of a user class, before `__init__` runs. */
function newInstance(ctx: Ctx, cls: PyClass): PyObject {
  if (cls.isModule()) {
    const extra = () => {
      const f = cls.lookup('extra_repr');
      return f ? String(ctx.call(f, [m], new Map())) : '';
    };
    const m = newModule(ctx, cls.name, 'module', extra);
    m.qualName = cls.qualName;
    m.pyClass = cls;
    m.ready = false;
    m.attrs.delete('training');
    const builtinMethods = new Map([...m.attrs].filter(([k]) => k !== 'training'));
    const base = m.getattr!;
    m.getattr = (name) => {
      if (m.attrs.has(name) && m.attrs.get(name) !== builtinMethods.get(name))
        return m.attrs.get(name);
      const own = cls.lookup(name);
      if (own !== undefined) return bindMethod(ctx, own, m);
      if (name === '__class__') return cls;
      return base(name);
    };
    if (cls.lookup('forward')) m.forward = (a, kw) => ctx.call(m.getattr!('forward')!, a, kw);
    return m;
  }
  const o: PyObject = new PyObject(cls.name, (): string => {
    const r = cls.lookup('__repr__');
    return r
      ? String(ctx.call(r, [o], new Map()))
      : `<__main__.${cls.name} object at 0x7f0000000000>`;
  });
  o.qualName = cls.qualName;
  o.pyClass = cls;
  o.getattr = (name) => {
    if (o.attrs.has(name)) return o.attrs.get(name);
    const own = cls.lookup(name);
    if (own !== undefined) return bindMethod(ctx, own, o);
    if (name === '__class__') return cls;
    return undefined;
  };
  if (cls.lookup('__str__')) o.str = () => String(ctx.call(cls.lookup('__str__')!, [o], new Map()));
  if (cls.lookup('__call__')) o.call = (a, kw) => ctx.call(cls.lookup('__call__')!, [o, ...a], kw);
  if (cls.lookup('__getitem__'))
    o.getitem = (i) => ctx.call(cls.lookup('__getitem__')!, [o, i], new Map());
  if (cls.lookup('__len__')) o.len = () => ctx.call(cls.lookup('__len__')!, [o], new Map());
  if (cls.lookup('__enter__') && cls.lookup('__exit__')) {
    o.enter = () => ctx.call(cls.lookup('__enter__')!, [o], new Map());
    o.exit = () => void ctx.call(cls.lookup('__exit__')!, [o, null, null, null], new Map());
  }
  return o;
}

/** Calling a user class: a new instance, then `__init__` (the class's own, or Module's, or object's). */
export function instantiate(ctx: Ctx, cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
  const obj = newInstance(ctx, cls);
  const init = cls.lookup('__init__');
  if (init) {
    const r = ctx.call(init, [obj, ...args], kwargs);
    if (r !== null)
      throw typeError(
        `__init__() should return None, not '${r === undefined ? 'NoneType' : typeof r}'`,
      );
  } else if (obj instanceof PyModule) moduleInit(obj);
  else if (args.length || kwargs.size) throw typeError(`${cls.name}() takes no arguments`);
  return obj;
}

/** `super()` / `super(cls, obj)`: attribute lookup that starts after `cls` in type(obj)'s order. */
export function superProxy(ctx: Ctx, cls: PyValue, obj: PyValue): PyObject {
  if (!(cls instanceof PyClass)) throw typeError('super() argument 1 must be a type');
  const objCls = obj instanceof PyObject ? obj.pyClass : undefined;
  if (!(objCls instanceof PyClass) || !objCls.mro().includes(cls))
    throw typeError('super(type, obj): obj must be an instance or subtype of type');
  const s = new PyObject('super', () => `<super: <class '${cls.name}'>, <${cls.name} object>>`);
  s.getattr = (name) => {
    const found = objCls.lookup(name, cls);
    if (found !== undefined) return bindMethod(ctx, found, obj);
    if (obj instanceof PyModule) {
      if (name === '__init__') return builtin('__init__', () => moduleInit(obj), 'method');
      const m = obj.attrs.get(name);
      if (m !== undefined) return m;
    } else if (name === '__init__') {
      return builtin(
        '__init__',
        (a, kw) => {
          if (a.length || kw.size)
            throw typeError(
              'object.__init__() takes exactly one argument (the instance to initialize)',
            );
          return null;
        },
        'method',
      );
    }
    throw new PyError('AttributeError', `'super' object has no attribute '${name}'`);
  };
  return s;
}
