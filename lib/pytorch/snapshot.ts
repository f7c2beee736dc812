import type { Node } from './autograd';
import type { DType } from './dtype';
import { NdArray } from './numpy';
import type { Ctx } from './python/context';
import type { PyValue } from './python/values';
import { Tensor } from './tensor';

export interface TensorInfo {
  name: string;
  kind: 'tensor' | 'parameter' | 'ndarray';
  /** Python `id()`. */
  id: number;
  shape: number[];
  dtype: DType;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  /** Id of the grad_fn node in `graph.nodes`. */
  gradFnId: number | null;
  hasGrad: boolean;
  grad: number[] | null;
  storageId: number;
  offset: number;
  strides: number[];
  version: number;
  dataPtr: number;
}

export interface StorageInfo {
  id: number;
  length: number;
  dtype: DType;
  values: number[];
}

export interface GraphNode {
  id: number;
  name: string;
  /** For AccumulateGrad: the named variables it writes into. */
  variable: string[] | null;
  /** Gradient that reached the node in the last backward, row-major. */
  lastGrad: number[] | null;
  released: boolean;
}

export interface SessionSnapshot {
  tensors: TensorInfo[];
  storages: StorageInfo[];
  graph: { nodes: GraphNode[]; edges: { from: number; to: number }[] };
}

/** Plain data describing the session's named tensors, storages and autograd graph. */
export function snapshotOf(globals: Map<string, PyValue>, ctx: Ctx): SessionSnapshot {
  const tensors: TensorInfo[] = [];
  const storages = new Map<number, StorageInfo>();
  const nodes = new Map<Node, GraphNode>();
  const edges: { from: number; to: number }[] = [];
  const names = new Map<Tensor, string[]>();
  const visit = (n: Node): number => {
    const known = nodes.get(n);
    if (known) return known.id;
    const g: GraphNode = {
      id: ctx.id(n),
      name: n.name,
      variable: null,
      lastGrad: n.lastGrad ? Array.from(n.lastGrad) : null,
      released: n.released,
    };
    nodes.set(n, g);
    if (n.variable) g.variable = names.get(n.variable) ?? [];
    for (const e of n.next) if (e) edges.push({ from: g.id, to: visit(e.node) });
    return g.id;
  };
  for (const [name, v] of globals) {
    const t = v instanceof Tensor ? v : v instanceof NdArray ? v.view : null;
    if (t) names.set(t, [...(names.get(t) ?? []), name]);
  }
  for (const [name, v] of globals) {
    const t = v instanceof Tensor ? v : v instanceof NdArray ? v.view : null;
    if (!t) continue;
    const s = t.storage;
    if (!storages.has(s.id))
      storages.set(s.id, {
        id: s.id,
        length: s.data.length,
        dtype: s.dtype,
        values: Array.from(s.data),
      });
    tensors.push({
      name,
      kind: v instanceof NdArray ? 'ndarray' : t.isParameter ? 'parameter' : 'tensor',
      id: ctx.id(v as object),
      shape: t.shape.slice(),
      dtype: t.dtype,
      requiresGrad: t.needsGrad,
      isLeaf: t.isLeaf,
      gradFn: t.gradFn?.name ?? null,
      gradFnId: t.gradFn ? visit(t.gradFn) : null,
      hasGrad: t.grad !== null,
      grad: t.grad ? Array.from(t.grad.values()) : null,
      storageId: s.id,
      offset: t.offset,
      strides: t.strides.slice(),
      version: t.version.value,
      dataPtr: t.dataPtr(),
    });
  }
  return {
    tensors,
    storages: [...storages.values()],
    graph: { nodes: [...nodes.values()], edges },
  };
}
