import { runtimeError } from '../errors';
import { NdArray, tensorSharing } from '../numpy';
import { assignToView, writeValues } from '../ops/inplace';
import type { Operand } from '../ops/pointwise';
import { scalarValue } from '../ops/pointwise';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { notImplemented } from './context';
import { getIndex } from './indexing';
import type { PyValue } from './values';
import { PyList, PyTuple } from './values';

function operandOf(rt: Runtime, v: PyValue): Operand {
  if (
    v instanceof Tensor ||
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean'
  )
    return v;
  if (v instanceof NdArray) return tensorSharing(rt, v);
  throw notImplemented(`assigning a ${v === null ? 'None' : typeof v} into a tensor`);
}

/** Run `f` with grad mode off (how indexing builds the view it writes through). */
function quietly<T>(rt: Runtime, f: () => T): T {
  const prev = rt.gradEnabled;
  rt.gradEnabled = false;
  try {
    return f();
  } finally {
    rt.gradEnabled = prev;
  }
}

/** `t[index] = value`: an in-place copy into the indexed view (or index_put_ for masks and lists). */
export function setTensorItem(rt: Runtime, t: Tensor, index: PyValue, value: PyValue): void {
  const leafView = (x: Tensor | null) => x !== null && x.isLeaf && x.requiresGrad;
  if (rt.gradEnabled && (leafView(t) || leafView(t.base))) {
    throw runtimeError(
      'a view of a leaf Variable that requires grad is being used in an in-place operation.',
    );
  }
  const v = operandOf(rt, value);
  const items = index instanceof PyTuple ? index.items : [index];
  if (items.some((x) => x instanceof Tensor || x instanceof PyList)) {
    if (t.needsGrad && rt.gradEnabled)
      throw notImplemented('masked assignment into a tensor that requires grad');
    const marker = quietly(rt, () =>
      rt.fromValues(
        Array.from({ length: t.numel() }, (_, i) => i),
        t.shape,
        'float64',
      ),
    );
    const picks = quietly(rt, () => getIndex(rt, marker, index)).values();
    const vals = v instanceof Tensor ? v.values() : Float64Array.of(scalarValue(v));
    const all = t.values();
    picks.forEach((p, i) => (all[p] = vals.length === 1 ? vals[0] : vals[i]));
    writeValues(t, all);
    return;
  }
  const target = quietly(rt, () => getIndex(rt, t, index));
  assignToView(rt, t, target, v);
}

export function setNdarrayItemValues(
  rt: Runtime,
  n: NdArray,
  index: PyValue,
  value: PyValue,
): void {
  quietly(rt, () =>
    setTensorItem(rt, n.view, index, value instanceof NdArray ? value.view : value),
  );
}
