/**
 * Ridge regression's normal equations (XᵀX + λD) w = Xᵀy, solved by Cholesky
 * factorisation in float64. D is the identity except that the first
 * coefficients marked unpenalized (intercepts, participant levels) are not
 * shrunk. `gram` is XᵀX (f × f, row-major), `xty` is Xᵀy.
 */
export function solveRidge(
  gram: ArrayLike<number>,
  xty: ArrayLike<number>,
  lambda: number,
  penalized: readonly boolean[],
): Float64Array {
  const f = xty.length;
  const a = Float64Array.from(gram);
  for (let i = 0; i < f; i++) a[i * f + i] += penalized[i] ? lambda : 0;
  // Cholesky: a = L Lᵀ, L stored in the lower triangle of `a`.
  for (let j = 0; j < f; j++) {
    let d = a[j * f + j];
    for (let k = 0; k < j; k++) d -= a[j * f + k] * a[j * f + k];
    if (!(d > 0))
      throw new RangeError('the normal equations are singular: add a penalty or more samples');
    const ljj = Math.sqrt(d);
    a[j * f + j] = ljj;
    for (let i = j + 1; i < f; i++) {
      let s = a[i * f + j];
      for (let k = 0; k < j; k++) s -= a[i * f + k] * a[j * f + k];
      a[i * f + j] = s / ljj;
    }
  }
  const z = new Float64Array(f);
  for (let i = 0; i < f; i++) {
    let s = xty[i];
    for (let k = 0; k < i; k++) s -= a[i * f + k] * z[k];
    z[i] = s / a[i * f + i];
  }
  const w = new Float64Array(f);
  for (let i = f - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < f; k++) s -= a[k * f + i] * w[k];
    w[i] = s / a[i * f + i];
  }
  return w;
}
