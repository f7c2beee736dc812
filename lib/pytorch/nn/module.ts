import { raise } from '../errors';
import { isParameter, isPlainTensor, type Parameter } from './parameter';

/**
 * `type(v).__name__` as `torch.typename` reports it for a value that is not a
 * Module: builtins by bare name, tensors by their tensor type.
 */
export function pythonTypeName(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  if (isParameter(v) || isPlainTensor(v)) return 'torch.FloatTensor';
  if (v === null || v === undefined) return 'NoneType';
  return 'dict';
}

/**
 * A model of `torch.nn.Module`: the registries `_parameters` and `_modules`
 * (insertion-ordered like OrderedDict), the plain `__dict__` for everything
 * else, `__setattr__`'s routing between them, and a forward over shapes.
 */
export class Module {
  training = true;
  readonly _parameters = new Map<string, Parameter | null>();
  readonly _modules = new Map<string, Module | null>();
  /** Attributes that are neither parameters nor modules (object.__setattr__). */
  readonly plainAttributes = new Map<string, unknown>();

  constructor(readonly typeName: string) {}

  /** `extra_repr()`: the text inside the parentheses of a leaf module's repr. */
  extraRepr(): string {
    return '';
  }

  /** Whether the class defines `forward` (ModuleList / ModuleDict do not). */
  get hasForward(): boolean {
    return true;
  }

  /** The output shape of `forward` for an input of `shape`; raises PyError like PyTorch. */
  forwardShape(shape: readonly number[]): number[] {
    void shape;
    return raise(
      'NotImplementedError',
      `Module [${this.typeName}] is missing the required "forward" function`,
    );
  }

  /** `module(x)` on shapes: `forward` if the class has one, else Module's NotImplementedError. */
  call(shape: readonly number[]): number[] {
    if (!this.hasForward)
      raise(
        'NotImplementedError',
        `Module [${this.typeName}] is missing the required "forward" function`,
      );
    return this.forwardShape(shape);
  }

  /** `add_module(name, module)`: the type check whose message the lecture shows. */
  addModule(name: string, module: unknown): void {
    if (!(module instanceof Module) && module !== null)
      raise('TypeError', `${pythonTypeName(module)} is not a Module subclass`);
    if (name.includes('.')) raise('KeyError', `module name can't contain ".", got: ${name}`);
    if (name === '') raise('KeyError', 'module name can\'t be empty string ""');
    this._modules.set(name, module as Module | null);
  }

  /** `register_parameter(name, param)`; None registers the name with no tensor (bias=False). */
  registerParameter(name: string, param: Parameter | null): void {
    this._parameters.set(name, param);
  }

  /**
   * `__setattr__`: a Parameter goes into `_parameters`, a Module into
   * `_modules`; anything else (a plain tensor, a Python list of layers) is an
   * ordinary attribute that no Module method will look at.
   */
  setAttr(name: string, value: unknown): void {
    const drop = () => {
      this._parameters.delete(name);
      this._modules.delete(name);
      this.plainAttributes.delete(name);
    };
    if (isParameter(value)) {
      drop();
      this.registerParameter(name, value);
    } else if (this._parameters.has(name) && value !== null) {
      raise(
        'TypeError',
        `cannot assign '${pythonTypeName(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`,
      );
    } else if (value instanceof Module) {
      drop();
      this._modules.set(name, value);
    } else if (this._modules.has(name) && value !== null) {
      raise(
        'TypeError',
        `cannot assign '${pythonTypeName(value)}' as child module '${name}' (torch.nn.Module or None expected)`,
      );
    } else if (this._parameters.has(name)) {
      this._parameters.set(name, null);
    } else if (this._modules.has(name)) {
      this._modules.set(name, null);
    } else {
      this.plainAttributes.set(name, value);
    }
  }
}
