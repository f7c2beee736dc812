import { describe, expect, it } from 'vitest';
import { receptiveField } from './receptiveField';
import { presetStack } from './receptiveFieldPresets';

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
