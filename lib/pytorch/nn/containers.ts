import { raise } from '../errors';
import { Module, pythonTypeName } from './module';
import { formatSizeX } from '../formatShape';
import { isParameter, isPlainTensor, parameter, type Parameter } from './parameter';
import { checkedIndex } from './pySlice';

/** `nn.ModuleList(modules)`: registers '0', '1', ...; has no forward. */
export class ModuleList extends Module {
  constructor(modules: readonly unknown[] = []) {
    super('ModuleList');
    modules.forEach((m) => this.addModule(String(this._modules.size), m));
  }
  get hasForward() {
    return false;
  }
  at(idx: number): Module | null {
    return this._modules.get(String(checkedIndex(idx, this._modules.size))) ?? null;
  }
}

/** A Python dict literal argument (`{'a': ..., 'b': ...}`), as opposed to an OrderedDict. */
export interface DictArg {
  dict: readonly (readonly [string, unknown])[];
}

/** `nn.ModuleDict(modules)`: registers each module under its key, in the mapping's order; no forward. */
export class ModuleDict extends Module {
  constructor(modules: DictArg = { dict: [] }) {
    super('ModuleDict');
    for (const [key, m] of modules.dict) this.addModule(key, m);
  }
  get hasForward() {
    return false;
  }
}

/** `[torch.float32 of size 3x4]`-style line the parameter containers print per entry. */
function entryLine(key: string, p: unknown, typeText: string): string {
  if (isParameter(p))
    return `  (${key}): Parameter containing: [${typeText} of size ${formatSizeX(p.shape)}]`;
  return `  (${key}): Object of type: ${pythonTypeName(p)}`;
}

/** A tensor becomes a Parameter when stored in ParameterList / ParameterDict. */
const asParameter = (v: unknown): unknown => (isPlainTensor(v) ? parameter(v.shape, v.values) : v);

/**
 * `nn.ParameterList(values)` (1.13): each tensor is wrapped as a Parameter and
 * registered as '0', '1', ...; calling it raises. Its extra_repr has one line
 * per entry starting with two spaces, so one entry prints on the same line.
 */
export class ParameterList extends Module {
  readonly entries: unknown[] = [];
  constructor(values: readonly unknown[] = []) {
    super('ParameterList');
    for (const v of values) {
      const value = asParameter(v);
      this.entries.push(value);
      this.setAttr(String(this.entries.length - 1), value);
    }
  }
  extraRepr() {
    return this.entries.map((p, k) => entryLine(String(k), p, 'torch.float32')).join('\n');
  }
  call(): number[] {
    return raise('RuntimeError', 'ParameterList should not be called.');
  }
}

/**
 * `nn.ParameterDict(values)` (1.13): tensors become Parameters registered under
 * their keys. A plain dict is taken in sorted key order (an OrderedDict or a
 * list of pairs keeps its order). Its repr names the tensor type
 * (`torch.FloatTensor`), unlike ParameterList's dtype.
 */
export class ParameterDict extends Module {
  readonly entries = new Map<string, unknown>();
  constructor(
    values: DictArg | { orderedDict: readonly (readonly [string, unknown])[] } = { dict: [] },
  ) {
    super('ParameterDict');
    const pairs =
      'dict' in values
        ? [...values.dict].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        : values.orderedDict;
    for (const [key, v] of pairs) {
      const value = asParameter(v);
      this.entries.set(key, value);
      this.setAttr(key, value);
    }
  }
  extraRepr() {
    return [...this.entries].map(([k, p]) => entryLine(k, p, 'torch.FloatTensor')).join('\n');
  }
  call(): number[] {
    return raise('RuntimeError', 'ParameterDict should not be called.');
  }
}

export type { Parameter };
