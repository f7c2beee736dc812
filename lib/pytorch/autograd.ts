import { castTo, legacyTypeName } from './dtype';
import { runtimeError } from './errors';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';
import { formatDims } from './formatShape';

/** Gradients flow as row-major values in the shape of the tensor they belong to. */
export type Grad = Float64Array;

export interface Edge {
  node: Node;
  inputNr: number;
}

/** A tensor a node keeps for its backward, with the version it had then. */
export interface SavedTensor {
  tensor: Tensor;
  version: number;
  /** The node's name when the tensor saved is the node's own output (SavedVariable keeps it). */
  outputOf?: string;
}

export const ACCUMULATE_GRAD = 'torch::autograd::AccumulateGrad';

export const SECOND_BACKWARD =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). ' +
  'Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). ' +
  'Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

/** A `grad_fn`: PyTorch's name for it, its inputs' edges, and its backward formula. */
export class Node {
  released = false;
  /** The gradient that reached this node in the last backward (for the graph widget). */
  lastGrad: Grad | null = null;
  /** Non-leaf tensors produced by this node that asked for `.retain_grad()`. */
  readonly retained: Tensor[] = [];

  constructor(
    readonly name: string,
    readonly next: (Edge | null)[],
    readonly backward: (grad: Grad) => (Grad | null)[],
    readonly saved: SavedTensor[] = [],
    /** The leaf an AccumulateGrad node writes into. */
    readonly variable: Tensor | null = null,
    /** Shape of the tensor this node produced (shape of the incoming gradient). */
    readonly shape: number[] = [],
  ) {}

  /** Python type name (`type(grad_fn).__name__`). */
  get typeName(): string {
    return this.name === ACCUMULATE_GRAD ? 'AccumulateGrad' : this.name;
  }
}

/** The edge autograd records for `t` as an input: its grad_fn, its AccumulateGrad, or none. */
export function edgeOf(t: Tensor): Edge | null {
  if (t.gradFn) return { node: t.gradFn, inputNr: 0 };
  if (!t.requiresGrad) return null;
  if (!t.accumulator) t.accumulator = new Node(ACCUMULATE_GRAD, [], () => [], [], t, t.shape);
  return { node: t.accumulator, inputNr: 0 };
}

/**
 * The backward of an op whose output element `i` is its input's element `picks[i]` (gather,
 * indexing, max pooling, max/min along a dim, padding by reflection): each output's gradient adds
 * into the element it was picked from, in output order. `size` is the input's element count.
 */
export function pickedGrad(
  size: number,
  picks: ArrayLike<number>,
): (grad: Grad) => (Grad | null)[] {
  return (g) => {
    const gx = new Float64Array(size);
    for (let i = 0; i < picks.length; i++) gx[picks[i]] += g[i];
    return [gx];
  };
}

/**
 * Attach a grad_fn to `out` when grad mode is on and an input requires grad.
 * `backward` returns one gradient per input (null where none flows).
 */
export function record(
  rt: Runtime,
  name: string,
  inputs: readonly Tensor[],
  out: Tensor,
  backward: (grad: Grad) => (Grad | null)[],
  saved: readonly Tensor[] = [],
): Tensor {
  if (!rt.gradEnabled || !inputs.some((t) => t.needsGrad)) return out;
  const savedTensors = saved.map((tensor) => ({
    tensor,
    version: tensor.version.value,
    ...(tensor === out ? { outputOf: name } : {}),
  }));
  out.gradFn = new Node(name, inputs.map(edgeOf), backward, savedTensors, null, out.shape.slice());
  return out;
}

/** An in-place op gave `t` a new grad_fn: its retain_grad hook moves along, as PyTorch's does. */
export function rebase(t: Tensor, node: Node): void {
  const old = t.gradFn;
  if (old && t.retainsGrad) {
    old.retained.splice(old.retained.indexOf(t), 1);
    node.retained.push(t);
  }
  t.gradFn = node;
}

function checkSaved(node: Node): void {
  if (node.saved.length > 0 && node.released) throw runtimeError(SECOND_BACKWARD);
  for (const s of node.saved) {
    const now = s.tensor.version.value;
    if (now === s.version) continue;
    const t = s.tensor;
    const what = `[torch.${legacyTypeName(t.dtype)} ${formatDims(t.shape)}]`;
    const ownerName = s.outputOf ?? t.gradFn?.name;
    const owner = ownerName ? `, which is output 0 of ${ownerName},` : '';
    throw runtimeError(
      `one of the variables needed for gradient computation has been modified by an inplace operation: ${what}${owner} ` +
        `is at version ${now}; expected version ${s.version} instead. Hint: enable anomaly detection to find the operation ` +
        'that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).',
    );
  }
}

/** AccumulateGrad: a new `.grad` the first time, in-place `+=` afterwards. */
function accumulate(rt: Runtime, leaf: Tensor, g: Grad): void {
  if (!leaf.grad) {
    leaf.grad = rt.fromValues(g, leaf.shape, leaf.dtype);
    return;
  }
  const gt = leaf.grad;
  for (let i = 0; i < g.length; i++) {
    const idx = gt.storageIndex(i);
    gt.storage.data[idx] = castTo(gt.dtype, gt.storage.data[idx] + g[i]);
  }
  gt.version.value++;
}

/** The hook `retain_grad()` installs: a copy the first time, then `grad = grad + g` (a new tensor). */
function retainGrad(rt: Runtime, t: Tensor, g: Grad): void {
  const prev = t.grad ? t.grad.values() : null;
  t.grad = rt.fromValues(prev ? g.map((x, i) => x + prev[i]) : g, t.shape, t.dtype);
}

/**
 * The engine of `tensor.backward(gradient, retain_graph)`: runs every node
 * reachable from the root once all its consumers have contributed, sums
 * gradients per node, accumulates into leaves, and frees saved tensors
 * unless the graph is retained.
 */
export function runBackward(rt: Runtime, root: Tensor, gradient: Grad, retainGraph: boolean): void {
  const rootEdge = edgeOf(root);
  if (!rootEdge)
    throw runtimeError('element 0 of tensors does not require grad and does not have a grad_fn');
  runEngine(rt, [rootEdge], [gradient], retainGraph, null);
}

/**
 * The graph walk behind `backward()` and `torch.autograd.grad`. With `capture`,
 * the gradient reaching each captured node is recorded there instead of being
 * accumulated into leaves (what `autograd.grad` returns).
 */
export function runEngine(
  rt: Runtime,
  roots: Edge[],
  gradients: Grad[],
  retainGraph: boolean,
  capture: Map<Node, Grad | null> | null,
): void {
  const graphRoot = new Node('GraphRoot', roots, () => gradients);
  const deps = new Map<Node, number>();
  const stack = [graphRoot];
  const seen = new Set<Node>([graphRoot]);
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const e of n.next) {
      if (!e) continue;
      deps.set(e.node, (deps.get(e.node) ?? 0) + 1);
      if (!seen.has(e.node)) {
        seen.add(e.node);
        stack.push(e.node);
      }
    }
  }
  for (const n of seen) n.lastGrad = null;
  const buffers = new Map<Node, Grad>([[graphRoot, new Float64Array(0)]]);
  const ready = [graphRoot];
  const ran: Node[] = [];
  try {
    while (ready.length > 0) {
      const node = ready.pop()!;
      const g = buffers.get(node)!;
      buffers.delete(node);
      if (node !== graphRoot) node.lastGrad = g;
      if (capture?.has(node)) capture.set(node, g);
      if (node.variable) {
        if (!capture) accumulate(rt, node.variable, g);
        continue;
      }
      for (const t of node.retained) retainGrad(rt, t, g);
      if (node !== graphRoot) {
        checkSaved(node);
        ran.push(node);
      }
      const grads = node.backward(g);
      node.next.forEach((e, i) => {
        if (!e) return;
        const gi = grads[i];
        if (gi) {
          const prev = buffers.get(e.node);
          if (prev) for (let k = 0; k < prev.length; k++) prev[k] += gi[k];
          else buffers.set(e.node, Float64Array.from(gi));
        }
        const left = deps.get(e.node)! - 1;
        deps.set(e.node, left);
        if (left === 0 && buffers.has(e.node)) ready.push(e.node);
      });
    }
  } finally {
    if (!retainGraph) for (const n of ran) n.released = true;
  }
}
