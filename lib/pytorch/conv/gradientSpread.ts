import type { GradMap } from './effectiveReceptiveField';

/**
 * How far the effective receptive field reaches: the root-mean-square distance, in input
 * pixels, of the gradient's magnitude from its centroid,
 * `sqrt(Σ |g|·‖p − p̄‖² / Σ |g|)` with `p̄ = Σ |g|·p / Σ |g|` over pixel positions p.
 * 0 for a single pixel, about k/√6 for a uniform k × k square (√((k² − 1)/6) exactly);
 * null when the gradient is zero everywhere (the pixel sees only padding).
 */
export function gradientSpread(map: GradMap): number | null {
  let mass = 0;
  let sy = 0;
  let sx = 0;
  for (let y = 0; y < map.height; y++) {
    for (let x = 0; x < map.width; x++) {
      const m = Math.abs(map.values[y * map.width + x]);
      mass += m;
      sy += m * y;
      sx += m * x;
    }
  }
  if (!(mass > 0)) return null;
  const [cy, cx] = [sy / mass, sx / mass];
  let spread = 0;
  for (let y = 0; y < map.height; y++) {
    for (let x = 0; x < map.width; x++)
      spread += Math.abs(map.values[y * map.width + x]) * ((y - cy) ** 2 + (x - cx) ** 2);
  }
  return Math.sqrt(spread / mass);
}
