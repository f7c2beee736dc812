import { describe, expect, it } from 'vitest';
import { numericalRank, rank1Factorisation, svd } from './separable';

const sobel = [
  [1, 0, -1],
  [2, 0, -2],
  [1, 0, -1],
];

function reconstruct(U: number[][], s: number[], V: number[][]): number[][] {
  return U.map((_, i) =>
    V.map((_, j) => s.reduce((acc, sk, k) => acc + U[i][k] * sk * V[j][k], 0)),
  );
}

describe('SVD of a 3×3 kernel', () => {
  it('reconstructs the kernel with orthonormal singular vectors', () => {
    const k = [
      [2, -1, 0.5],
      [1, 3, -2],
      [0, 1, 4],
    ];
    const { U, s, V } = svd(k);
    const back = reconstruct(U, s, V);
    back.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(k[i][j], 12)));
    for (const M of [U, V]) {
      for (let a = 0; a < 3; a++) {
        for (let b = 0; b < 3; b++) {
          const dot = M.reduce((acc, row) => acc + row[a] * row[b], 0);
          expect(dot).toBeCloseTo(a === b ? 1 : 0, 12);
        }
      }
    }
    expect(s[0]).toBeGreaterThanOrEqual(s[1]);
    expect(s[1]).toBeGreaterThanOrEqual(s[2]);
    // Singular values squared sum to the squared Frobenius norm.
    const fro2 = k.flat().reduce((a, x) => a + x * x, 0);
    expect(s.reduce((a, x) => a + x * x, 0)).toBeCloseTo(fro2, 10);
  });

  it('gives the singular values of a diagonal matrix, sorted', () => {
    expect(
      svd([
        [1, 0, 0],
        [0, -5, 0],
        [0, 0, 3],
      ]).s.map((x) => +x.toFixed(12)),
    ).toEqual([5, 3, 1]);
  });
});

describe('spatially separable kernels', () => {
  it('Sobel has rank 1 and factors as [1,2,1]ᵀ · [1,0,−1]', () => {
    const f = rank1Factorisation(sobel);
    expect(f.rank).toBe(1);
    expect(f.separable).toBe(true);
    f.column.forEach((x, i) => expect(x).toBeCloseTo([1, 2, 1][i], 12));
    f.row.forEach((x, i) => expect(x).toBeCloseTo([1, 0, -1][i], 12));
    expect(f.error).toBeLessThan(1e-12);
  });

  it('a non-separable kernel (sharpen: equal first and last rows, so rank 2) has its rank-1 error is sqrt(σ₂² + σ₃²) (Eckart–Young)', () => {
    const sharpen = [
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ];
    const f = rank1Factorisation(sharpen);
    expect(f.separable).toBe(false);
    expect(numericalRank(f.singularValues)).toBe(2);
    expect(f.rank).toBe(2);
    expect(
      rank1Factorisation([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 10],
      ]).rank,
    ).toBe(3);
    expect(f.error).toBeCloseTo(Math.hypot(f.singularValues[1], f.singularValues[2]), 12);
  });

  it('a box blur is separable into two 1-D averages', () => {
    const box = Array.from({ length: 3 }, () => [1 / 9, 1 / 9, 1 / 9]);
    const f = rank1Factorisation(box);
    expect(f.separable).toBe(true);
    expect(f.column).toEqual(f.column.map(() => f.column[0]));
    f.approximation.flat().forEach((x) => expect(x).toBeCloseTo(1 / 9, 14));
  });

  it('the zero kernel has rank 0 and counts as separable', () => {
    const f = rank1Factorisation([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(f.rank).toBe(0);
    expect(f.separable).toBe(true);
  });
});
