import type { HiddenCache } from './mlpRaceLayers';

/**
 * The buffers one batch size needs while K MLPs train or are evaluated side by
 * side, allocated once and reused every step. Each stacked buffer holds the K
 * networks one after the other (network r's F x B block starts at r F B), and
 * the `...Of` arrays are the per-network views into it, made once here so that
 * a step allocates nothing.
 */
export interface RaceWorkspace {
  n: number;
  /** Per hidden layer: the products V A (K x F x B), stacked. */
  z: Float32Array[];
  zOf: Float32Array[][];
  /** Per hidden layer and network: activations and batch-norm statistics. */
  caches: HiddenCache[][];
  /** Read-out products, then logits (C x B per network). */
  logitsOf: Float32Array[];
  /** Training only (empty for evaluation): dL/dlogits per network; dL/dz per hidden layer, stacked. */
  dLogitsOf: Float32Array[];
  dz: Float32Array[];
  dzOf: Float32Array[][];
  /** Training only, per layer l >= 1: scratch for A_{l-1}ᵀ (B x fan_in), V_lᵀ (fan_in x out), dL/dA_{l-1} (fan_in x B). */
  aT: Float32Array[];
  vT: Float32Array[];
  da: Float32Array[];
}

/** Network r's block of `size` values in a stacked buffer of k blocks. */
export function blocks(buffer: Float32Array, k: number, size: number): Float32Array[] {
  return Array.from({ length: k }, (_, r) => buffer.subarray(r * size, (r + 1) * size));
}

/** A workspace for k networks inputs - widths... - classes on batches of n examples. */
export function createRaceWorkspace(
  k: number,
  inputs: number,
  widths: readonly number[],
  classes: number,
  n: number,
  training: boolean,
): RaceWorkspace {
  const z = widths.map((f) => new Float32Array(k * f * n));
  const activations = widths.map((f) => new Float32Array(k * f * n));
  const xHats = widths.map((f) => new Float32Array(training ? k * f * n : 0));
  const caches = widths.map((f, l) =>
    Array.from({ length: k }, (_, r) => ({
      a: activations[l].subarray(r * f * n, (r + 1) * f * n),
      xHat: xHats[l].subarray(training ? r * f * n : 0, training ? (r + 1) * f * n : 0),
      rstd: new Float64Array(f),
      mean: new Float64Array(f),
      variance: new Float64Array(f),
    })),
  );
  const dz = training ? widths.map((f) => new Float32Array(k * f * n)) : [];
  const fanIns = [inputs, ...widths];
  const fanOuts = [...widths, classes];
  // Layer 0's gradient is one product for all networks at once: it needs no scratch.
  const perLayer = (size: (l: number) => number) =>
    training ? fanIns.map((_, l) => new Float32Array(l === 0 ? 0 : size(l))) : [];
  return {
    n,
    z,
    zOf: z.map((buffer, l) => blocks(buffer, k, widths[l] * n)),
    caches,
    logitsOf: blocks(new Float32Array(k * classes * n), k, classes * n),
    dLogitsOf: training ? blocks(new Float32Array(k * classes * n), k, classes * n) : [],
    dz,
    dzOf: dz.map((buffer, l) => blocks(buffer, k, widths[l] * n)),
    aT: perLayer((l) => n * fanIns[l]),
    vT: perLayer((l) => fanIns[l] * fanOuts[l]),
    da: perLayer((l) => fanIns[l] * n),
  };
}
