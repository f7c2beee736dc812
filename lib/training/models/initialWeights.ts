import type { Random } from '../../random/seeded';

/**
 * `size` He-uniform draws, U(-bound, bound) with bound = sqrt(6 / fan_in) times
 * `scale` (scale 1 is kaiming_uniform_ with a = 0, ReLU's gain).
 */
export function heUniform(
  random: Random,
  size: number,
  fanIn: number,
  scale: number,
): Float32Array {
  const bound = Math.sqrt(6 / fanIn) * scale;
  return Float32Array.from({ length: size }, () => (random.uniform() * 2 - 1) * bound);
}
