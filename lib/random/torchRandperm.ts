import { mt19937, type Mt19937 } from './mt19937';
import { runtimeError } from '../pytorch/errors';

/**
 * `torch.Generator().manual_seed(seed)` on the CPU: MT19937 seeded by
 * init_genrand with the low 32 bits of the seed (PyTorch 1.13 `CPUGeneratorImpl`).
 */
export function torchGenerator(seed: number): Mt19937 {
  return mt19937(seed);
}

/**
 * `torch.randperm(n, generator=g)` on the CPU (PyTorch 1.13 `randperm_cpu`):
 * start from 0..n-1 and, for i = 0..n-2, swap element i with element
 * i + (random() % (n - i)), where random() is the generator's next 32-bit draw.
 */
export function torchRandperm(n: number, generator: Mt19937): number[] {
  if (!Number.isInteger(n) || n < 0) throw runtimeError(`n must be non-negative, got${n}`);
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n - 1; i++) {
    const z = generator.nextUint32() % (n - i);
    const saved = out[i];
    out[i] = out[z + i];
    out[z + i] = saved;
  }
  return out;
}
