import type { Mt19937 } from '../random/mt19937';
import { torchGenerator, torchRandperm } from '../random/torchRandperm';
import { valueError } from '../pytorch/errors';

/**
 * PyTorch 1.13 `torch.utils.data.random_split(range(n), lengths, generator)`.
 * Lengths summing to 1 (`math.isclose`, and not above 1) are fractions: each
 * becomes floor(n * f) and the remainder is added one by one round-robin from
 * the first subset. The subsets are consecutive slices of `torch.randperm(n)`.
 * `generator` is a seed for `torch.Generator().manual_seed(seed)` or a generator.
 */
export function randomSplit(
  n: number,
  lengths: readonly number[],
  generator: number | Mt19937,
): { subsets: number[][]; lengths: number[]; warnings: string[] } {
  const warnings: string[] = [];
  let sizes = [...lengths];
  const total = sizes.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) <= 1e-9 * Math.max(Math.abs(total), 1) && total <= 1) {
    sizes = lengths.map((frac, i) => {
      if (frac < 0 || frac > 1) throw valueError(`Fraction at index ${i} is not between 0 and 1`);
      return Math.floor(n * frac);
    });
    const remainder = n - sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; i < remainder; i++) sizes[i % sizes.length] += 1;
    sizes.forEach((size, i) => {
      if (size === 0) {
        warnings.push(
          `UserWarning: Length of split at index ${i} is 0. This might result in an empty dataset.`,
        );
      }
    });
  }
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum !== n)
    throw valueError('Sum of input lengths does not equal the length of the input dataset!');
  const perm = torchRandperm(
    sum,
    typeof generator === 'number' ? torchGenerator(generator) : generator,
  );
  let offset = 0;
  const subsets = sizes.map((size) => perm.slice(offset, (offset += size)));
  return { subsets, lengths: sizes, warnings };
}
