/**
 * Least-squares polynomial regression of degree d, optionally ridge-penalised:
 * minimise Σ_i (t_i − Σ_k w_k x_iᵏ)² + λ Σ_{k≥1} w_k² (the constant is not
 * penalised, as in ESL §3.4.1). Solved by Householder QR on the design matrix
 * stacked over √λ·I, which avoids squaring the condition number as the normal
 * equations would (Golub & Van Loan §5.3).
 */
export function fitPolynomial(
  x: ArrayLike<number>,
  t: ArrayLike<number>,
  degree: number,
  ridge = 0,
): Float64Array {
  const n = x.length;
  const p = degree + 1;
  const penalised = ridge > 0 ? degree : 0;
  const rows = n + penalised;
  if (rows < p)
    throw new Error(`degree ${degree} needs at least ${p} points without ridge (got ${n})`);
  // Column-major design matrix A (rows × p) and right-hand side b.
  const a = new Float64Array(rows * p);
  const b = new Float64Array(rows);
  for (let i = 0; i < n; i++) {
    let power = 1;
    for (let k = 0; k < p; k++) {
      a[k * rows + i] = power;
      power *= x[i];
    }
    b[i] = t[i];
  }
  const root = Math.sqrt(ridge);
  for (let k = 1; k <= penalised; k++) a[k * rows + n + k - 1] = root;
  return solveLeastSquaresQR(a, b, rows, p);
}

/** Evaluates Σ_k w_k xᵏ by Horner's rule. */
export function evaluatePolynomial(w: ArrayLike<number>, x: number): number {
  let y = 0;
  for (let k = w.length - 1; k >= 0; k--) y = y * x + w[k];
  return y;
}

/**
 * min ‖A w − b‖₂ for a column-major A (rows × cols, rows ≥ cols) by Householder
 * reflections, then back substitution on R. A and b are overwritten.
 */
export function solveLeastSquaresQR(
  a: Float64Array,
  b: Float64Array,
  rows: number,
  cols: number,
): Float64Array {
  const diag = new Float64Array(cols);
  for (let k = 0; k < cols; k++) {
    const col = k * rows;
    let norm = 0;
    for (let i = k; i < rows; i++) norm = Math.hypot(norm, a[col + i]);
    const alpha = a[col + k] > 0 ? -norm : norm;
    diag[k] = alpha;
    if (norm === 0) continue;
    // v = x − alpha e1, stored in place of column k (below and on the diagonal).
    a[col + k] -= alpha;
    let vv = 0;
    for (let i = k; i < rows; i++) vv += a[col + i] * a[col + i];
    if (vv === 0) continue;
    const reflect = (target: Float64Array, offset: number) => {
      let dot = 0;
      for (let i = k; i < rows; i++) dot += a[col + i] * target[offset + i];
      const s = (2 * dot) / vv;
      for (let i = k; i < rows; i++) target[offset + i] -= s * a[col + i];
    };
    for (let j = k + 1; j < cols; j++) reflect(a, j * rows);
    reflect(b, 0);
  }
  const w = new Float64Array(cols);
  for (let k = cols - 1; k >= 0; k--) {
    let s = b[k];
    for (let j = k + 1; j < cols; j++) s -= a[j * rows + k] * w[j];
    w[k] = diag[k] === 0 ? 0 : s / diag[k];
  }
  return w;
}
