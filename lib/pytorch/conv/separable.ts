/** Singular value decomposition `A = U · diag(s) · Vᵀ`, singular values descending. */
export interface Svd {
  /** Columns are the left singular vectors. */
  U: number[][];
  s: number[];
  /** Columns are the right singular vectors. */
  V: number[][];
}

/**
 * SVD of a small square matrix by one-sided Jacobi rotations (Hestenes 1958): rotate column
 * pairs of A (accumulating the rotations in V) until all columns are orthogonal; the column
 * norms are the singular values and the normalised columns the left singular vectors.
 */
export function svd(a: readonly (readonly number[])[]): Svd {
  const n = a.length;
  const A = a.map((row) => [...row]);
  const V = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0,
          beta = 0,
          gamma = 0;
        for (let i = 0; i < n; i++) {
          alpha += A[i][p] * A[i][p];
          beta += A[i][q] * A[i][q];
          gamma += A[i][p] * A[i][q];
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const M of [A, V]) {
          for (let i = 0; i < n; i++) {
            const mp = M[i][p],
              mq = M[i][q];
            M[i][p] = c * mp - s * mq;
            M[i][q] = s * mp + c * mq;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const norms = Array.from({ length: n }, (_, j) => Math.hypot(...A.map((row) => row[j])));
  const order = norms.map((_, j) => j).sort((x, y) => norms[y] - norms[x]);
  const column = (M: number[][], j: number, scale: number) => M.map((row) => row[j] * scale);
  const uCols = order.map((j) => column(A, j, norms[j] > 0 ? 1 / norms[j] : 0));
  const vCols = order.map((j) => column(V, j, 1));
  const transpose = (cols: number[][]) => cols[0].map((_, i) => cols.map((c) => c[i]));
  return { U: transpose(uCols), s: order.map((j) => norms[j]), V: transpose(vCols) };
}

/** Numerical rank as numpy's `matrix_rank`: singular values above `s_max · n · ε`. */
export function numericalRank(s: readonly number[], tol?: number): number {
  const threshold = tol ?? (s[0] ?? 0) * s.length * Number.EPSILON;
  return s.filter((x) => x > threshold).length;
}

/** The best rank-1 approximation `column · rowᵀ` of a kernel and what it leaves out. */
export interface Rank1Factorisation {
  /** Vertical 1-D kernel (K×1), scaled so its smallest nonzero entry is ±1 and its first nonzero is positive. */
  column: number[];
  /** Horizontal 1-D kernel (1×K), carrying the rest of the scale. */
  row: number[];
  approximation: number[][];
  /** Frobenius norm of kernel − approximation, `sqrt(σ₂² + σ₃² + …)` (Eckart–Young). */
  error: number;
  singularValues: number[];
  rank: number;
  /** Rank ≤ 1 within `tolerance`: the kernel is spatially separable. */
  separable: boolean;
}

/**
 * Spatially separable factorisation of a K×K kernel by SVD: `σ₁ u₁ v₁ᵀ` is the best rank-1
 * approximation; the kernel is separable when the relative error is within `tolerance`.
 * Sobel `[[1,0,−1],[2,0,−2],[1,0,−1]]` factors as `[1,2,1]ᵀ · [1,0,−1]`.
 */
export function rank1Factorisation(
  kernel: readonly (readonly number[])[],
  tolerance = 1e-9,
): Rank1Factorisation {
  const { U, s, V } = svd(kernel);
  const u = U.map((row) => row[0]);
  const v = V.map((row) => row[0]);
  const nonzero = u.filter((x) => Math.abs(x) > 1e-12 * Math.max(...u.map(Math.abs)));
  const first = nonzero[0] ?? 1;
  const smallest = nonzero.length ? Math.min(...nonzero.map(Math.abs)) : 1;
  const scale = Math.sign(first) * smallest;
  const column = u.map((x) => x / scale);
  const row = v.map((x) => x * s[0] * scale);
  const approximation = column.map((c) => row.map((r) => c * r));
  let err2 = 0;
  kernel.forEach((r, i) => r.forEach((x, j) => (err2 += (x - approximation[i][j]) ** 2)));
  const norm = Math.hypot(...s);
  const error = Math.sqrt(err2);
  return {
    column,
    row,
    approximation,
    error,
    singularValues: s,
    rank: numericalRank(s),
    separable: norm === 0 || error <= tolerance * norm,
  };
}
