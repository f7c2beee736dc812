/** A differentiable loss: its value and its gradient at a point. */
export interface LandscapeOracle {
  loss(w: Float64Array): number;
  grad(w: Float64Array): Float64Array;
}

/** What one step size eta shows when stepping from w_t along -g_t. */
export interface StepSample {
  eta: number;
  /** L(w_t - eta g_t) */
  loss: number;
  /** ||grad L(w_t) - grad L(w_t - eta g_t)||_2: gradient predictiveness (small is predictive) */
  gradientChange: number;
  /** ||eta g_t||_2: how far the step moved */
  stepLength: number;
}

const norm = (v: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
};

/**
 * Santurkar et al. (2018), section 3.2: at w_t with g_t = grad L(w_t), for
 * each eta take the point w_t - eta g_t and record the loss there, the change
 * of the gradient, and the length of the step.
 */
export function probeAlongGradient(
  oracle: LandscapeOracle,
  w: Float64Array,
  etas: readonly number[],
): { gradientNorm: number; samples: StepSample[] } {
  const g = oracle.grad(w);
  const gradientNorm = norm(g);
  const samples = etas.map((eta) => {
    const moved = w.map((wi, i) => wi - eta * g[i]);
    const g2 = oracle.grad(moved);
    return {
      eta,
      loss: oracle.loss(moved),
      gradientChange: norm(g.map((gi, i) => gi - g2[i])),
      stepLength: eta * gradientNorm,
    };
  });
  return { gradientNorm, samples };
}
