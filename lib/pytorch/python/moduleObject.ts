import { legacyTypeName } from '../dtype';
import { PyError, typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Kwargs, PyValue } from './values';
import { dictKey, PyObject, PyOrderedDict, PyTuple, strRepr, typeName } from './values';

/** `torch.typename(v)`: a tensor's legacy type, a class's dotted name, else the type's name. */
export function torchTypename(v: PyValue): string {
  if (v instanceof Tensor) return `torch.${legacyTypeName(v.dtype)}`;
  if (v instanceof PyObject && v.qualName) return v.qualName;
  return typeName(v);
}

/**
 * An `nn.Module` instance of PyTorch 1.13: `_parameters` and `_modules` are
 * live OrderedDicts; `__setattr__` routes an assigned Parameter or Module into
 * them and anything else (a plain tensor, a list of layers) into the ordinary
 * attributes; `__getattr__` falls back to the two registries; calling it runs
 * `forward`, or raises as Module does when the class has none.
 */
export class PyModule extends PyObject {
  readonly parameters = new PyOrderedDict();
  readonly modules = new PyOrderedDict();
  /** `_buffers`: tensors that are state but not parameters (batch norm's running statistics). */
  readonly buffers = new PyOrderedDict();
  forward: ((args: PyValue[], kwargs: Kwargs) => PyValue) | null = null;
  /** False for a user subclass until `Module.__init__` has run: until then no layer may be assigned. */
  ready = true;
  /** `_forward_pre_hooks` and `_forward_hooks`, keyed by their RemovableHandle, in registration order. */
  readonly forwardPreHooks = new Map<PyObject, PyObject>();
  readonly forwardHooks = new Map<PyObject, PyObject>();

  constructor(
    className: string,
    file: string,
    readonly extraRepr: () => string = () => '',
  ) {
    super(className, () => moduleRepr(this));
    this.qualName = `torch.nn.modules.${file}.${className}`;
    this.attrs.set('training', true);
    this.getattr = (name) => {
      if (this.attrs.has(name)) return this.attrs.get(name);
      if (name === '_parameters') return this.parameters;
      if (name === '_modules') return this.modules;
      if (name === '_buffers') return this.buffers;
      const key = dictKey(name);
      return (this.parameters.entries.get(key) ??
        this.buffers.entries.get(key) ??
        this.modules.entries.get(key))?.[1];
    };
    this.setattr = (name, value) => this.assign(name, value);
    this.call = (args, kwargs) => {
      // Module._call_impl: a pre-hook may replace the input tuple, a hook the output.
      let input = args;
      for (const hook of [...this.forwardPreHooks.values()]) {
        const r = hook.call!([this, new PyTuple(input)], new Map());
        if (r !== null) input = r instanceof PyTuple ? r.items : [r];
      }
      let out = this.runForward(input, kwargs);
      for (const hook of [...this.forwardHooks.values()]) {
        const r = hook.call!([this, new PyTuple(input), out], new Map());
        if (r !== null) out = r;
      }
      return out;
    };
  }

  /** `self.forward(...)` without the hooks `__call__` adds. */
  runForward(args: PyValue[], kwargs: Kwargs): PyValue {
    if (!this.forward)
      throw new PyError(
        'NotImplementedError',
        `Module [${this.typeName}] is missing the required "forward" function`,
      );
    return this.forward(args, kwargs);
  }

  /** The registered parameters of this module alone, in order (None entries included). */
  ownParameters(): [string, Tensor | null][] {
    return [...this.parameters.entries.values()].map(([k, v]) => [k as string, v as Tensor | null]);
  }

  ownBuffers(): [string, Tensor | null][] {
    return [...this.buffers.entries.values()].map(([k, v]) => [k as string, v as Tensor | null]);
  }

  registerBuffer(name: string, t: Tensor | null): void {
    this.buffers.entries.set(dictKey(name), [name, t]);
  }

  children(): [string, PyModule | null][] {
    return [...this.modules.entries.values()].map(([k, v]) => [k as string, v as PyModule | null]);
  }

  registerParameter(name: string, p: Tensor | null): void {
    this.parameters.entries.set(dictKey(name), [name, p]);
  }

  /** `add_module(name, module)` with its checks, in PyTorch's order. */
  addModule(name: PyValue, module: PyValue): void {
    if (!(module instanceof PyModule) && module !== null)
      throw typeError(`${torchTypename(module)} is not a Module subclass`);
    if (typeof name !== 'string')
      throw typeError(`module name should be a string. Got ${torchTypename(name)}`);
    if (this.attrs.has(name) && !this.modules.entries.has(dictKey(name)))
      throw new PyError('KeyError', strRepr(`attribute '${name}' already exists`));
    if (name.includes('.'))
      throw new PyError('KeyError', strRepr(`module name can't contain ".", got: ${name}`));
    if (name === '')
      throw new PyError('KeyError', strRepr('module name can\'t be empty string ""'));
    this.modules.entries.set(dictKey(name), [name, module]);
  }

  /** `Module.__setattr__`. */
  assign(name: string, value: PyValue): void {
    const key = dictKey(name);
    if (!this.ready && value instanceof Tensor && value.isParameter)
      throw new PyError('AttributeError', 'cannot assign parameters before Module.__init__() call');
    if (!this.ready && value instanceof PyModule)
      throw new PyError('AttributeError', 'cannot assign module before Module.__init__() call');
    // remove_from(...) of the other registries: a re-assigned name keeps its place in its own
    const drop = (keep: PyOrderedDict) => {
      for (const registry of [this.parameters, this.modules])
        if (registry !== keep) registry.entries.delete(key);
      this.attrs.delete(name);
    };
    if (value instanceof Tensor && value.isParameter) {
      drop(this.parameters);
      this.registerParameter(name, value);
    } else if (this.parameters.entries.has(key)) {
      if (value !== null)
        throw typeError(
          `cannot assign '${torchTypename(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`,
        );
      this.registerParameter(name, null);
    } else if (this.buffers.entries.has(key) && (value === null || value instanceof Tensor)) {
      this.registerBuffer(name, value);
    } else if (value instanceof PyModule) {
      drop(this.modules);
      this.modules.entries.set(key, [name, value]);
    } else if (this.modules.entries.has(key)) {
      if (value !== null)
        throw typeError(
          `cannot assign '${torchTypename(value)}' as child module '${name}' (torch.nn.Module or None expected)`,
        );
      this.modules.entries.set(key, [name, null]);
    } else {
      this.attrs.set(name, value);
    }
  }
}

/** `_addindent`: every line after the first indented by `spaces`. */
const addIndent = (text: string, spaces: number): string =>
  text.split('\n').join('\n' + ' '.repeat(spaces));

/**
 * `Module.__repr__`: the extra_repr alone inside the parentheses when it is one
 * line and there are no children; otherwise one line per extra_repr line and
 * per child `(name): repr`, each indented by two spaces, nested reprs indented
 * along with them.
 */
export function moduleRepr(m: PyModule): string {
  const extra = m.extraRepr();
  const extraLines = extra ? extra.split('\n') : [];
  const childLines = m.children().map(([k, c]) => `(${k}): ${addIndent(c ? c.repr() : 'None', 2)}`);
  const lines = [...extraLines, ...childLines];
  if (lines.length === 0) return `${m.typeName}()`;
  if (extraLines.length === 1 && childLines.length === 0) return `${m.typeName}(${extra})`;
  return `${m.typeName}(\n  ${lines.join('\n  ')}\n)`;
}
