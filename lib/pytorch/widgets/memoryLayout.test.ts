import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { changedStorages, memoryLayout } from './memoryLayout';

function session(...lines: string[]) {
  const s = createSession();
  for (const l of ['import torch', 'import numpy as np', ...lines])
    expect(s.run(l).error).toBeNull();
  return s;
}

describe('changedStorages marks every view of a written storage', () => {
  it('a[0][0] = 2. after c = a.detach() marks the one storage a and c share', () => {
    const s = session('a = torch.ones(2, 2)', 'c = a.detach()', 'f = a.clone()');
    const before = s.snapshot();
    s.run('a[0][0] = 2.');
    const after = s.snapshot();
    const changed = changedStorages(before, after);
    const storageOf = (n: string) => after.tensors.find((t) => t.name === n)!.storageId;
    expect([...changed]).toEqual([storageOf('a')]);
    expect(storageOf('c')).toBe(storageOf('a'));
    expect(changed.has(storageOf('f'))).toBe(false);
  });

  it('a write in the same batch that created the tensor still shows, through its version counter', () => {
    const s = session();
    const before = s.snapshot();
    s.run('a = torch.ones(2, 2)');
    s.run('a[0][0] = 2.');
    expect(changedStorages(before, s.snapshot()).size).toBe(1);
  });

  it("a write through torch.as_tensor shows up on the numpy array's storage", () => {
    const s = session('x = np.ones((2, 2))', 'g = torch.as_tensor(x)');
    const before = s.snapshot();
    s.run('g[0][0] = 2.');
    const after = s.snapshot();
    expect([...changedStorages(before, after)]).toEqual([
      after.tensors.find((t) => t.name === 'x')!.storageId,
    ]);
  });
});

describe('memoryLayout', () => {
  it('stacks boxes in one column below the breakpoint and keeps every box inside the width', () => {
    const snap = session('a = torch.ones(2, 2)', 'c = a.detach()', 'f = a.clone()').snapshot();
    for (const width of [320, 390, 900]) {
      const layout = memoryLayout(snap, new Set(), width);
      expect(layout.tensors).toHaveLength(3);
      expect(layout.storages).toHaveLength(2);
      expect(layout.arrows).toHaveLength(3);
      for (const { box } of [...layout.tensors, ...layout.storages]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      }
    }
  });
});
