import type { SessionSnapshot, StorageInfo, TensorInfo } from '../snapshot';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MemoryLayout {
  width: number;
  height: number;
  tensors: { info: TensorInfo; box: Box; changed: boolean }[];
  storages: { info: StorageInfo; box: Box; changed: boolean }[];
  /** From a tensor box's edge to its storage box's edge. */
  arrows: { from: [number, number]; to: [number, number]; path: string }[];
}

export const TENSOR_BOX_HEIGHT = 92;
export const STORAGE_BOX_HEIGHT = 50;
const GAP = 12;

/**
 * Storages written since `before`: their values differ, or a tensor over them
 * has a higher version counter than it had (a tensor made since counts from 0,
 * so a write in the same batch of statements that made it still shows).
 */
export function changedStorages(
  before: SessionSnapshot | null,
  after: SessionSnapshot,
): Set<number> {
  const changed = new Set<number>();
  if (!before) return changed;
  const old = new Map(before.storages.map((s) => [s.id, s.values]));
  for (const s of after.storages) {
    const prev = old.get(s.id);
    if (
      prev &&
      (prev.length !== s.values.length || prev.some((v, i) => !Object.is(v, s.values[i])))
    )
      changed.add(s.id);
  }
  const oldVersion = new Map(before.tensors.map((t) => [t.id, t.version]));
  for (const t of after.tensors)
    if (t.version > (oldVersion.get(t.id) ?? 0)) changed.add(t.storageId);
  return changed;
}

/**
 * Tensors grouped by the storage they view, in order of first appearance.
 * Wide: tensors in a left column, each group's storage beside it on the right.
 * Narrow (below `stackBelow` px): each storage, then its tensors under it.
 */
export function memoryLayout(
  snapshot: SessionSnapshot,
  changed: Set<number>,
  width: number,
  stackBelow = 560,
): MemoryLayout {
  const groups = snapshot.storages.map((s) => ({
    storage: s,
    tensors: snapshot.tensors.filter((t) => t.storageId === s.id),
  }));
  const stacked = width < stackBelow;
  const tensors: MemoryLayout['tensors'] = [];
  const storages: MemoryLayout['storages'] = [];
  const arrows: MemoryLayout['arrows'] = [];
  let y = 0;
  for (const g of groups) {
    const isChanged = changed.has(g.storage.id);
    if (stacked) {
      const sBox = { x: 0, y, width, height: STORAGE_BOX_HEIGHT };
      storages.push({ info: g.storage, box: sBox, changed: isChanged });
      y += STORAGE_BOX_HEIGHT + GAP * 2;
      g.tensors.forEach((t) => {
        const box = { x: 28, y, width: width - 28, height: TENSOR_BOX_HEIGHT };
        tensors.push({ info: t, box, changed: isChanged });
        const from: [number, number] = [box.x, box.y + 20];
        const to: [number, number] = [14, sBox.y + sBox.height];
        arrows.push({ from, to, path: `M${from[0]},${from[1]} H${to[0]} V${to[1] + 2}` });
        y += TENSOR_BOX_HEIGHT + GAP;
      });
      y += GAP;
    } else {
      const colW = Math.floor((width - 80) / 2);
      const top = y;
      g.tensors.forEach((t) => {
        const box = { x: 0, y, width: colW, height: TENSOR_BOX_HEIGHT };
        tensors.push({ info: t, box, changed: isChanged });
        y += TENSOR_BOX_HEIGHT + GAP;
      });
      const groupH = Math.max(y - top - GAP, STORAGE_BOX_HEIGHT);
      const sBox = {
        x: width - colW,
        y: top + (groupH - STORAGE_BOX_HEIGHT) / 2,
        width: colW,
        height: STORAGE_BOX_HEIGHT,
      };
      storages.push({ info: g.storage, box: sBox, changed: isChanged });
      for (const t of tensors.slice(tensors.length - g.tensors.length)) {
        const from: [number, number] = [t.box.x + t.box.width, t.box.y + t.box.height / 2];
        const to: [number, number] = [sBox.x, sBox.y + sBox.height / 2];
        const mid = (from[0] + to[0]) / 2;
        arrows.push({
          from,
          to,
          path: `M${from[0]},${from[1]} C${mid},${from[1]} ${mid},${to[1]} ${to[0] - 2},${to[1]}`,
        });
      }
      y = top + groupH + GAP * 2;
    }
  }
  return { width, height: Math.max(y - GAP, 40), tensors, storages, arrows };
}
