/**
 * Internal covariate shift as Santurkar et al. (2018), Definition 2.1, measure
 * it: the change of layer i's gradient G_{t,i} once the layers before it have
 * taken their step, G'_{t,i}. Returned as ‖G − G′‖₂ and cos(G, G′).
 */
export function gradientChange(
  g: ArrayLike<number>,
  gPrime: ArrayLike<number>,
): { l2: number; cosine: number } {
  if (g.length !== gPrime.length)
    throw new Error(`gradients differ in length: ${g.length} and ${gPrime.length}`);
  let diff = 0;
  let dot = 0;
  let gg = 0;
  let pp = 0;
  for (let k = 0; k < g.length; k++) {
    diff += (g[k] - gPrime[k]) ** 2;
    dot += g[k] * gPrime[k];
    gg += g[k] * g[k];
    pp += gPrime[k] * gPrime[k];
  }
  const norms = Math.sqrt(gg) * Math.sqrt(pp);
  return { l2: Math.sqrt(diff), cosine: norms === 0 ? NaN : dot / norms };
}
