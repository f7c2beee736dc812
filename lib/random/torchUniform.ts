import { fmaFloat32, fmaFloat64 } from '@/lib/pytorch/linalg/fusedMultiplyAdd';
import { mt19937, type Mt19937 } from './mt19937';
import { runtimeError } from '../pytorch/errors';

/**
 * `torch.manual_seed(seed)` for the CPU default generator: PyTorch 1.13's
 * `CPUGeneratorImpl` seeds MT19937 by init_genrand with the low 32 bits.
 */
export function torchManualSeed(seed: number): Mt19937 {
  return mt19937(seed);
}

/** `random64()` of PyTorch's CPU generator, as a [high 32 bits, low 32 bits] pair of draws. */
function random64(rng: Mt19937): [number, number] {
  const hi = rng.nextUint32();
  const lo = rng.nextUint32();
  return [hi, lo];
}

/**
 * `uniform_real_distribution<float>` (ATen TransformationHelper `uniform_real`):
 * the low 24 bits of one 32-bit draw times 2^-24, then x * (to - from) + from
 * in float32, the multiply-add fused (rounded once) as PyTorch's x86-64 build
 * compiles it; an unfused version differs in the last bit for many draws.
 */
export function uniformFloat32Draw(rng: Mt19937, from: number, to: number): number {
  const f = Math.fround;
  const x = (rng.nextUint32() & 0xffffff) / 16777216;
  const lo = f(from);
  return fmaFloat32(x, f(f(to) - lo), lo);
}

/**
 * `uniform_real_distribution<double>`: the low 53 bits of a 64-bit draw
 * (first 32-bit draw high, second low) times 2^-53, then x * (to - from) + from
 * with the multiply-add fused, as for float32.
 */
export function uniformFloat64Draw(rng: Mt19937, from: number, to: number): number {
  const [hi, lo] = random64(rng);
  const x = ((hi & 0x1fffff) * 4294967296 + lo) / 9007199254740992;
  return fmaFloat64(x, to - from, from);
}

/**
 * `torch.empty(count, dtype=...).uniform_(from, to)` on the CPU: one draw per
 * element in memory order (`cpu_serial_kernel`). float32 values are returned
 * widened to double without rounding.
 */
export function torchUniform(
  rng: Mt19937,
  count: number,
  from: number,
  to: number,
  dtype: 'float32' | 'float64' = 'float32',
): number[] {
  if (!(from <= to)) {
    throw runtimeError(
      `uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`,
    );
  }
  const draw = dtype === 'float32' ? uniformFloat32Draw : uniformFloat64Draw;
  return Array.from({ length: count }, () => draw(rng, from, to));
}
