import { mt19937 } from '@/lib/random/mt19937';
import type { Mt19937 } from '@/lib/random/mt19937';
import { logf, sincosf } from './avxMathfun';
import { crCos, crLog, crSin } from './correctlyRounded';
import { uniformFloat32Draw, uniformFloat64Draw } from '@/lib/random/torchUniform';

const TWO_PI = 2 * Math.PI;
const f32 = Math.fround;
const TWO_PI_F32 = f32(TWO_PI);

/**
 * PyTorch's CPU generator (ATen CPUGeneratorImpl): MT19937 seeded with
 * `init_genrand`, 32-bit draws for float sampling, two draws joined
 * (first << 32 | second) for 64-bit ones, and one cached normal sample.
 */
export class CpuGenerator implements Mt19937 {
  private mt: Mt19937;
  private seed: number;
  private nextNormal: number | null = null;

  constructor(seed: number) {
    this.seed = seed;
    this.mt = mt19937(seed);
  }

  manualSeed(seed: number): void {
    this.seed = seed;
    this.mt = mt19937(seed);
    this.nextNormal = null;
  }

  initialSeed(): number {
    return this.seed;
  }

  random(): number {
    return this.mt.nextUint32();
  }

  nextUint32(): number {
    return this.mt.nextUint32();
  }

  /** uniform_real_distribution<float>: the low 24 bits of one draw, times 2^-24. */
  uniform24(): number {
    return (this.random() & 0xffffff) / 16777216;
  }

  /** uniform_real_distribution<double>: the low 53 bits of random64(), times 2^-53. */
  uniform53(): number {
    const hi = this.random();
    const lo = this.random();
    return ((hi & 0x1fffff) * 4294967296 + lo) / 9007199254740992;
  }

  /** normal_distribution<double>: Box-Muller on two 53-bit uniforms, the sine half cached. */
  normalDouble(): number {
    if (this.nextNormal !== null) {
      const v = this.nextNormal;
      this.nextNormal = null;
      return v;
    }
    const u1 = this.uniform53();
    const u2 = this.uniform53();
    const r = Math.sqrt(-2 * crLog(1 - u2));
    const theta = TWO_PI * u1;
    this.nextNormal = r * crSin(theta);
    return r * crCos(theta);
  }
}

/**
 * `x.uniform_(from, to)` for float32: ATen's uniform_real with the multiply-add
 * fused (rounded once), as PyTorch's x86-64 build computes it.
 */
export function uniformFloat32(gen: CpuGenerator, n: number, from: number, to: number): number[] {
  return Array.from({ length: n }, () => uniformFloat32Draw(gen, from, to));
}

/** `x.uniform_(from, to)` for float64, the multiply-add fused as for float32. */
export function uniformFloat64(gen: CpuGenerator, n: number, from: number, to: number): number[] {
  return Array.from({ length: n }, () => uniformFloat64Draw(gen, from, to));
}

/**
 * `normal_` on a contiguous tensor (ATen cpu normal_kernel): with 16 or more
 * elements, `normal_fill` draws all uniforms first, then applies Box-Muller to
 * blocks of 16 (cos half into the first 8, sin half into the last 8), and if the
 * size is not a multiple of 16 redraws the last 16 and transforms them again.
 * Smaller tensors draw each element from normal_distribution<double>.
 */
export function normalFill(
  gen: CpuGenerator,
  n: number,
  double: boolean,
  mean = 0,
  std = 1,
): number[] {
  const data = new Array<number>(n);
  if (n < 16) {
    for (let i = 0; i < n; i++) data[i] = gen.normalDouble() * std + mean;
    return data;
  }
  const uniform = () => (double ? gen.uniform53() : gen.uniform24());
  for (let i = 0; i < n; i++) data[i] = uniform();
  const fill16 = double
    ? (at: number) => {
        for (let j = 0; j < 8; j++) {
          const u1 = 1 - data[at + j];
          const u2 = data[at + j + 8];
          const radius = Math.sqrt(-2 * crLog(u1));
          const theta = TWO_PI * u2;
          data[at + j] = radius * crCos(theta) * std + mean;
          data[at + j + 8] = radius * crSin(theta) * std + mean;
        }
      }
    : (at: number) => {
        const [m, sd] = [f32(mean), f32(std)];
        for (let j = 0; j < 8; j++) {
          const u1 = f32(1 - data[at + j]);
          const u2 = data[at + j + 8];
          const radius = f32(Math.sqrt(f32(-2 * logf(u1))));
          const [sin, cos] = sincosf(f32(TWO_PI_F32 * u2));
          data[at + j] = f32(f32(radius * cos) * sd + m);
          data[at + j + 8] = f32(f32(radius * sin) * sd + m);
        }
      };
  for (let i = 0; i + 16 <= n; i += 16) fill16(i);
  if (n % 16 !== 0) {
    for (let i = n - 16; i < n; i++) data[i] = uniform();
    fill16(n - 16);
  }
  return data;
}

/** `random_(from, to)` / `randint`: one 32-bit draw modulo the range (64-bit for huge ranges). */
export function randintValues(gen: CpuGenerator, n: number, low: number, high: number): number[] {
  const range = high - low;
  return Array.from({ length: n }, () => {
    if (range >= 2 ** 32) {
      const hi = BigInt(gen.random());
      const lo = BigInt(gen.random());
      return Number(((hi << 32n) | lo) % BigInt(range)) + low;
    }
    return (gen.random() % range) + low;
  });
}

/**
 * `torch.randperm(n)` (ATen randperm_cpu): the identity, then for i < n - 1
 * swap element i with element i + random() % (n - i), one 32-bit draw each.
 */
export function randpermValues(gen: CpuGenerator, n: number): number[] {
  const r = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n - 1; i++) {
    const z = gen.random() % (n - i);
    [r[i], r[z + i]] = [r[z + i], r[i]];
  }
  return r;
}
