import type { GraphNode, SessionSnapshot } from '../snapshot';

export interface PlacedNode {
  node: GraphNode;
  /** Names of session tensors whose grad_fn this is, or the variables an AccumulateGrad feeds. */
  names: string[];
  depth: number;
  x: number;
  y: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { from: PlacedNode; to: PlacedNode }[];
  depths: number;
}

export const NODE_HEIGHT = 58;
const ROW = 96;

/**
 * Layers of the backward graph, outputs on top: a node's depth is its longest
 * distance from a node nothing points to, so every edge points down and
 * backward() visits the layers in order (the engine runs a node only once all
 * gradients flowing into it have arrived).
 */
export function graphLayout(snapshot: SessionSnapshot, width: number): GraphLayout {
  const { nodes, edges } = snapshot.graph;
  const incoming = new Map<number, number[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) incoming.get(e.to)?.push(e.from);
  const depth = new Map<number, number>();
  const depthOf = (id: number, seen: Set<number>): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0;
    seen.add(id);
    const d = Math.max(-1, ...(incoming.get(id) ?? []).map((p) => depthOf(p, seen))) + 1;
    depth.set(id, d);
    return d;
  };
  nodes.forEach((n) => depthOf(n.id, new Set()));
  const depths = Math.max(0, ...depth.values()) + 1;
  const rows: GraphNode[][] = Array.from({ length: depths }, () => []);
  for (const n of nodes) rows[depth.get(n.id)!].push(n);
  const placed = new Map<number, PlacedNode>();
  rows.forEach((row, d) => {
    row.forEach((n, i) => {
      const names =
        n.variable ?? snapshot.tensors.filter((t) => t.gradFnId === n.id).map((t) => t.name);
      placed.set(n.id, {
        node: n,
        names,
        depth: d,
        x: ((i + 0.5) * width) / row.length,
        y: d * ROW + NODE_HEIGHT / 2 + 4,
      });
    });
  });
  return {
    width,
    height: depths === 0 || nodes.length === 0 ? 40 : (depths - 1) * ROW + NODE_HEIGHT + 8,
    nodes: [...placed.values()],
    edges: edges
      .filter((e) => placed.has(e.from) && placed.has(e.to))
      .map((e) => ({ from: placed.get(e.from)!, to: placed.get(e.to)! })),
    depths,
  };
}

/** PyTorch's node names, shortened for a box: `torch::autograd::AccumulateGrad` → `AccumulateGrad`. */
export function shortNodeName(name: string): string {
  return name.replace(/^torch::autograd::/, '');
}
