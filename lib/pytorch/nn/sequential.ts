import { raise } from '../errors';
import { Module } from './module';
import { checkedIndex, sliceIndices, type PySlice } from './pySlice';

/** `OrderedDict([(name, value), ...])` as a constructor argument. */
export interface OrderedDictArg {
  orderedDict: readonly (readonly [string, unknown])[];
}

const isOrderedDict = (v: unknown): v is OrderedDictArg =>
  typeof v === 'object' && v !== null && 'orderedDict' in v;

/**
 * `nn.Sequential(*args)` of PyTorch 1.13: one OrderedDict argument names the
 * children; otherwise they are registered as '0', '1', ... through
 * `add_module`, which raises `TypeError: int is not a Module subclass` for a
 * non-Module. `forward` feeds each child's output to the next.
 */
export class Sequential extends Module {
  constructor(...args: unknown[]) {
    super('Sequential');
    if (args.length === 1 && isOrderedDict(args[0])) {
      for (const [key, child] of args[0].orderedDict) this.addModule(key, child);
    } else {
      args.forEach((child, i) => this.addModule(String(i), child));
    }
  }

  get length(): number {
    return this._modules.size;
  }

  /** `model[idx]`: the idx-th child (negative counts from the end), or IndexError. */
  at(idx: number): Module | null {
    return [...this._modules.values()][checkedIndex(idx, this.length)];
  }

  /** `model[start:stop:step]`: a new Sequential of the same children, keeping their names. */
  slice(s: PySlice): Sequential {
    const items = [...this._modules];
    return new Sequential({ orderedDict: sliceIndices(s, items.length).map((i) => items[i]) });
  }

  forwardShape(shape: readonly number[]): number[] {
    let x = [...shape];
    for (const child of this._modules.values()) {
      if (!child) raise('TypeError', "'NoneType' object is not callable");
      x = (child as Module).call(x);
    }
    return x;
  }
}
