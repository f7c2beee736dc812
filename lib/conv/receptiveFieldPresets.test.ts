import { describe, expect, it } from 'vitest';
import { inputRange, receptiveField } from './receptiveField';
import { presetStack, receptiveFieldInsideShare } from './receptiveFieldPresets';

describe('preset stacks', () => {
  it('three stacked 3×3 convolutions see 7×7, like one 7×7 kernel, and keep the size', () => {
    const rf = receptiveField(presetStack('stacked3x3'), [32, 32]);
    expect(rf.rfSize).toBe(7);
    expect(rf.outputHW).toEqual([32, 32]);
  });

  it('dilations 1, 2, 4 grow the field as 3, 7, 15 (Yu & Koltun 2016) at full resolution', () => {
    const rf = receptiveField(presetStack('dilated124'), [32, 32]);
    expect(rf.table.map((r) => r.rfSize)).toEqual([3, 7, 15]);
    expect(rf.outputHW).toEqual([32, 32]);
  });

  it('stride 2 twice makes the jump 4 and the field 1 + 2 + 4 + 8 = 15', () => {
    const rf = receptiveField(presetStack('strided'), [32, 32]);
    expect(rf.table.map((r) => r.jump)).toEqual([2, 4, 4]);
    expect(rf.rfSize).toBe(15);
    expect(rf.outputHW).toEqual([8, 8]);
  });
});

describe('receptiveFieldInsideShare', () => {
  it('is 1 for a field inside the input and (inside / size)² at a corner', () => {
    const layers = presetStack('stacked3x3');
    const ranges = [0, 1, 16].map((i) => inputRange(layers, i));
    const share = receptiveFieldInsideShare(ranges, ranges, [32, 32]);
    // Output 0 sees input rows −3…3: 4 of 7 inside.
    expect(share[0][0]).toBeCloseTo((4 / 7) ** 2, 12);
    expect(share[1][0]).toBeCloseTo((5 / 7) * (4 / 7), 12);
    expect(share[2][2]).toBe(1);
  });
});
