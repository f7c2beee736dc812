import { edgeOf, Node, rebase } from '../autograd';
import { castTo, category, isFloating, legacyTypeName, scalarTypeName } from '../dtype';
import { uniformFloat32, uniformFloat64 } from '../random';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import {
  broadcastIndex,
  broadcastShapes,
  expandedShape,
  expandValues,
  sumToShape,
} from './broadcast';
import type { BinarySpec, Operand } from './pointwise';
import { exactOf, resultType, scalarValue } from './pointwise';
import { Tensor as TensorClass } from '../tensor';
import { formatDims } from '../formatShape';

/** PyTorch's check before any in-place write while grad mode is on. */
export function checkInplace(rt: Runtime, t: Tensor): void {
  if (!rt.gradEnabled) return;
  if (t.isLeaf && t.requiresGrad)
    throw runtimeError(
      'a leaf Variable that requires grad is being used in an in-place operation.',
    );
  const base = t.base;
  if (base && base.isLeaf && base.requiresGrad) {
    throw runtimeError(
      'a view of a leaf Variable that requires grad is being used in an in-place operation.',
    );
  }
}

const valuesOf = (o: Operand) =>
  o instanceof TensorClass ? o.values() : Float64Array.of(scalarValue(o));
const shapeOf = (o: Operand) => (o instanceof TensorClass ? o.shape : []);

/** Write `values` (row-major, t's shape) into t's storage and bump its version. */
export function writeValues(t: Tensor, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const k = t.storageIndex(i);
    t.storage.set(k, castTo(t.dtype, values[i]));
  }
  t.version.value++;
}

/** Write exact integers (row-major, t's shape) into an integer tensor, wrapped, and bump its version. */
export function writeExact(t: Tensor, values: readonly bigint[]): void {
  for (let i = 0; i < values.length; i++) t.storage.setExact(t.storageIndex(i), values[i]);
  t.version.value++;
}

/**
 * `t.add_(o)`, `t *= o`, `t.zero_()`, ...: compute in place, then rebase t's
 * history onto a new node whose inputs are t's old grad_fn and `o`.
 */
export function inplaceBinary(rt: Runtime, t: Tensor, spec: BinarySpec, other: Operand): Tensor {
  checkInplace(rt, t);
  // TensorIterator's assert_no_internal_overlap: an expanded dim (stride 0) aliases its elements.
  if (t.shape.some((n, i) => n > 1 && t.strides[i] === 0))
    throw runtimeError(
      'unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.',
    );
  const shape = broadcastShapes(t.shape, shapeOf(other));
  if (shape.length !== t.shape.length || shape.some((n, i) => n !== t.shape[i])) {
    throw runtimeError(
      `output with shape ${formatDims(t.shape)} doesn't match the broadcast shape ${formatDims(shape)}`,
    );
  }
  const promoted = resultType([t, other]);
  const rtype = spec.floatResult && !isFloating(promoted) ? 'float32' : promoted;
  if (spec !== FILL && category(rtype) > category(t.dtype)) {
    throw runtimeError(
      `result type ${scalarTypeName(rtype)} can't be cast to the desired output type ${scalarTypeName(t.dtype)}`,
    );
  }
  if (spec.exact && !isFloating(t.dtype) && t.dtype !== 'bool') {
    const ae = t.exactValues();
    const be = exactOf(other);
    const bi = broadcastIndex(shapeOf(other), shape);
    writeExact(
      t,
      ae.map((x, i) => spec.exact!(x, be[bi[i]])),
    );
    return t;
  }
  const av = t.values();
  const bv = expandValues(valuesOf(other), shapeOf(other), shape);
  const ov = av.map((a, i) => spec.f(a, bv[i]));
  const oldEdge = edgeOf(t);
  const otherTensor = other instanceof TensorClass ? other : null;
  const track = rt.gradEnabled && (t.needsGrad || (otherTensor?.needsGrad ?? false));
  writeValues(t, ov);
  if (track) {
    const saved =
      otherTensor && spec.saves[1]
        ? [{ tensor: otherTensor, version: otherTensor.version.value }]
        : [];
    rebase(
      t,
      new Node(
        spec.name,
        [oldEdge, otherTensor ? edgeOf(otherTensor) : null],
        (g) => [
          t.needsGrad ? g.map((gi, i) => gi * spec.da(av[i], bv[i], ov[i])) : null,
          otherTensor?.needsGrad
            ? sumToShape(
                g.map((gi, i) => gi * spec.db(av[i], bv[i], ov[i])),
                shape,
                otherTensor.shape,
              )
            : null,
        ],
        saved,
        null,
        t.shape.slice(),
      ),
    );
    t.requiresGrad = false;
  }
  return t;
}

export const FILL: BinarySpec = {
  name: 'FillBackward0',
  f: (_, b) => b,
  da: () => 0,
  db: () => 0,
  saves: [false, false],
  exact: (_, b) => b,
};
export const ZERO: BinarySpec = {
  name: 'ZeroBackward0',
  f: () => 0,
  da: () => 0,
  db: () => 0,
  saves: [false, false],
  exact: () => 0n,
};
export const COPY: BinarySpec = {
  name: 'CopyBackwards',
  f: (_, b) => b,
  da: () => 0,
  db: () => 1,
  saves: [false, false],
  exact: (_, b) => b,
};

/**
 * `x[idx] = value` on the view `target` of `root`: written in place; when
 * autograd tracks it, `root`'s history becomes a CopySlices node.
 */
export function assignToView(rt: Runtime, root: Tensor, target: Tensor, value: Operand): void {
  checkInplace(rt, root.isLeaf && target !== root ? target : root);
  if (target !== root && rt.gradEnabled && root.isLeaf && root.requiresGrad) {
    throw runtimeError(
      'a view of a leaf Variable that requires grad is being used in an in-place operation.',
    );
  }
  // copy_ drops the value's leading 1-sized dims, then expands it to the indexed view
  const valueShape = shapeOf(value);
  const lead = valueShape.findIndex((n) => n !== 1);
  const core = lead === -1 ? [] : valueShape.slice(lead);
  const typeName = value instanceof TensorClass ? `torch.${legacyTypeName(value.dtype)}` : '';
  expandedShape(core, target.shape, typeName);
  const vals = expandValues(valuesOf(value), core, target.shape);
  const valueTensor = value instanceof TensorClass ? value : null;
  const track = rt.gradEnabled && (root.needsGrad || (valueTensor?.needsGrad ?? false));
  const oldEdge = edgeOf(root);
  if (isFloating(target.dtype)) writeValues(target, vals);
  else {
    const ve = exactOf(value);
    writeExact(
      target,
      Array.from(broadcastIndex(core, target.shape), (j) => ve[j]),
    );
  }
  if (!track) return;
  const region = new Set<number>();
  for (let i = 0; i < target.numel(); i++) region.add(target.storageIndex(i));
  rebase(
    root,
    new Node(
      'CopySlices',
      [oldEdge, valueTensor ? edgeOf(valueTensor) : null],
      (g) => {
        const toRoot = g.map((gi, i) => (region.has(root.storageIndex(i)) ? 0 : gi));
        let toValue: Float64Array | null = null;
        if (valueTensor?.needsGrad) {
          const where = new Map<number, number>();
          for (let i = 0; i < root.numel(); i++) where.set(root.storageIndex(i), i);
          const gv = Float64Array.from(
            { length: target.numel() },
            (_, i) => g[where.get(target.storageIndex(i))!],
          );
          toValue = sumToShape(gv, target.shape, core);
        }
        return [toRoot, toValue];
      },
      [],
      null,
      root.shape.slice(),
    ),
  );
  root.requiresGrad = false;
}

/**
 * `t.uniform_(from, to)`: one draw of the CPU generator per element
 * (ATen uniform_real, the multiply-add fused), written in place.
 */
export function uniformInplace(rt: Runtime, t: Tensor, from: number, to: number): Tensor {
  checkInplace(rt, t);
  if (!isFloating(t.dtype))
    throw runtimeError(`"check_uniform_bounds" not implemented for '${scalarTypeName(t.dtype)}'`);
  if (!(from <= to))
    throw runtimeError(
      `uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`,
    );
  const n = t.numel();
  writeValues(
    t,
    t.dtype === 'float64'
      ? uniformFloat64(rt.generator, n, from, to)
      : uniformFloat32(rt.generator, n, from, to),
  );
  return t;
}

/** `zero_grad(set_to_none=False)` on one `.grad`: `grad.detach_()` (or `requires_grad_(False)`), then `grad.zero_()`. */
export function zeroGradInPlace(grad: Tensor): void {
  grad.gradFn = null;
  grad.requiresGrad = false;
  writeValues(grad, new Float64Array(grad.numel()));
}
