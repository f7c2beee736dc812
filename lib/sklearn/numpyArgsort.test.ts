import { describe, expect, it } from 'vitest';
import { numpyArgsort } from './numpyArgsort';

// Recorded from numpy's introsort argsort (the string path, which never
// dispatches to SIMD sorts and shares aquicksort_'s partitioning), on
// zero-padded strings of these values, so ties are ordered as numpy orders them.
const recorded: [number[], number[]][] = [
  [
    [1, 3, 0, 3, 1, 3, 1, 0, 1, 3, 2, 0, 1, 0, 0, 1, 0],
    [16, 14, 2, 13, 11, 7, 12, 15, 0, 4, 6, 8, 10, 9, 5, 3, 1],
  ],
  [
    [
      1, 0, 1, 0, 2, 0, 1, 2, 1, 1, 3, 0, 1, 3, 0, 0, 1, 3, 2, 3, 2, 2, 0, 1, 3, 0, 3, 3, 2, 1, 3,
      2, 1,
    ],
    [
      1, 3, 25, 5, 22, 15, 14, 11, 0, 29, 23, 12, 16, 32, 9, 8, 2, 6, 28, 4, 21, 7, 18, 31, 20, 10,
      19, 24, 26, 27, 17, 30, 13,
    ],
  ],
  [
    [
      3, 0, 1, 2, 3, 3, 3, 0, 0, 0, 3, 0, 3, 1, 1, 3, 2, 3, 3, 1, 0, 3, 0, 3, 1, 0, 0, 2, 0, 2, 3,
      1, 1, 2, 2, 3, 1, 3, 2, 1, 0, 2, 3, 2, 0, 0, 0, 0, 0, 1, 1, 3, 1, 0, 3, 2, 0, 3, 0, 0, 2, 2,
      3, 1,
    ],
    [
      48, 28, 22, 20, 40, 44, 45, 46, 47, 25, 11, 26, 9, 8, 7, 53, 56, 58, 59, 1, 49, 52, 39, 36,
      32, 50, 31, 63, 24, 2, 13, 14, 19, 61, 60, 3, 55, 27, 43, 41, 16, 38, 29, 34, 33, 30, 62, 23,
      57, 4, 54, 5, 6, 51, 10, 12, 35, 15, 21, 17, 37, 42, 18, 0,
    ],
  ],
];

describe("numpyArgsort reproduces numpy's unstable quicksort order", () => {
  it.each(recorded.map(([v, want]) => [v.length, v, want] as const))(
    'ties among %i values come out as numpy orders them',
    (_, v, want) => {
      expect(numpyArgsort(v)).toEqual(want);
    },
  );

  it('is stable insertion sort up to 16 elements', () => {
    const v = [2, 1, 2, 1, 0, 2, 1, 0, 0, 1, 2, 0, 1, 2, 0, 1];
    const stable = v
      .map((x, i) => [x, i])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i);
    expect(numpyArgsort(v)).toEqual(stable);
  });

  it('sorts long runs of ties (deep partitions) into ascending values', () => {
    const v = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 3);
    const order = numpyArgsort(v);
    expect(order.map((i) => v[i])).toEqual([...v].sort((a, b) => a - b));
  });
});
