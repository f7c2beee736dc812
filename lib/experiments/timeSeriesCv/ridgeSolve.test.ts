import { describe, expect, it } from 'vitest';
import { solveRidge } from './ridgeSolve';

/** XᵀX and Xᵀy of row-major X (n × f). */
function normal(x: number[][], y: number[]) {
  const f = x[0].length;
  const gram = new Array<number>(f * f).fill(0);
  const xty = new Array<number>(f).fill(0);
  x.forEach((row, r) =>
    row.forEach((a, i) => {
      xty[i] += a * y[r];
      row.forEach((b, j) => (gram[i * f + j] += a * b));
    }),
  );
  return { gram, xty };
}

describe('solveRidge', () => {
  it('recovers exact coefficients when λ = 0 and the data are noiseless', () => {
    const x = [
      [1, 0, 2],
      [1, 1, -1],
      [1, 2, 0.5],
      [1, 3, 4],
      [1, -2, 1],
    ];
    const w = [0.5, -1.5, 2];
    const y = x.map((r) => r.reduce((s, v, i) => s + v * w[i], 0));
    const { gram, xty } = normal(x, y);
    expect(Array.from(solveRidge(gram, xty, 0, [true, true, true]))).toEqual(
      w.map((v) => expect.closeTo(v, 9)),
    );
  });

  it('shrinks a single feature by the closed form w = Σxy / (Σx² + λ)', () => {
    const x = [[1], [2], [3]];
    const y = [2, 3, 7];
    const { gram, xty } = normal(x, y);
    for (const lambda of [0.1, 1, 10]) {
      expect(solveRidge(gram, xty, lambda, [true])[0]).toBeCloseTo(29 / (14 + lambda), 12);
    }
  });

  it('leaves unpenalized coefficients free: a large λ sends the slope to 0 and the intercept to the mean of y', () => {
    const x = [
      [1, -1],
      [1, 0],
      [1, 1],
      [1, 2],
    ];
    const y = [1, 2, 4, 5];
    const { gram, xty } = normal(x, y);
    const [b, slope] = solveRidge(gram, xty, 1e9, [false, true]);
    expect(slope).toBeCloseTo(0, 6);
    expect(b).toBeCloseTo(3, 6);
  });
});
