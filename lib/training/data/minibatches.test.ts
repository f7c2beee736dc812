import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { torchGenerator, torchRandperm } from '../../random/torchRandperm';
import { minibatches } from './minibatches';

/** `torch.randperm` under `torch.Generator().manual_seed(seed)`, as a `shuffled`. */
const torchShuffle = (seed: number) => {
  const generator = torchGenerator(seed);
  return {
    shuffled: <T>(items: readonly T[]) =>
      torchRandperm(items.length, generator).map((i) => items[i]),
  };
};

describe('minibatches', () => {
  it("draws PyTorch's batches when it shuffles with torch.randperm (recorded with PyTorch 1.13.1)", () => {
    // generator = torch.Generator().manual_seed(7); order = torch.randperm(10, generator=generator)
    // then the lessons' minibatches(7, 3) generator: 5 batches.
    const random = torchShuffle(7);
    random.shuffled(Array.from({ length: 10 }, (_, i) => i));
    const next = minibatches(7, 3, random);
    expect(Array.from({ length: 5 }, next)).toEqual([
      [3, 5, 0],
      [2, 4, 1],
      [1, 0, 4],
      [6, 2, 5],
      [3, 6, 0],
    ]);
  });

  it('visits every row at most once per epoch, drops the short last batch, reshuffles each epoch', () => {
    const n = 23;
    const next = minibatches(n, 5, seededRandom(3));
    const epochs = Array.from({ length: 4 }, () => Array.from({ length: 4 }, next));
    for (const epoch of epochs) {
      expect(epoch.map((b) => b.length)).toEqual([5, 5, 5, 5]);
      const rows = epoch.flat();
      expect(new Set(rows).size).toBe(20);
      expect(rows.every((r) => Number.isInteger(r) && r >= 0 && r < n)).toBe(true);
    }
    expect(epochs[1].flat()).not.toEqual(epochs[0].flat());
  });

  it('a batch size past the data set is clamped to the whole set, in a new order each time', () => {
    const next = minibatches(6, 100, seededRandom(1));
    const [a, b] = [next(), next()];
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...b].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(a).not.toEqual(b);
  });

  it('the same seed gives the same batches', () => {
    const a = minibatches(50, 8, seededRandom(9));
    const b = minibatches(50, 8, seededRandom(9));
    for (let i = 0; i < 20; i++) expect(a()).toEqual(b());
  });
});
