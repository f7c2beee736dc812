import type { Random } from '../../random/seeded';

/**
 * Row indices of the next minibatch, drawn the way the lessons' PyTorch code draws them:
 *
 *   def minibatches(n, batch_size):
 *       while True:
 *           order = torch.randperm(n, generator=generator)
 *           for start in range(0, n - batch_size + 1, batch_size):
 *               yield order[start:start + batch_size]
 *
 * Without replacement, reshuffled every epoch, the short last batch of an epoch dropped
 * (DataLoader(shuffle=True, drop_last=True)). A batch size above `n` is clamped to `n`. Each
 * epoch's order is one `random.shuffled` of 0..n-1, drawn when the epoch starts.
 */
export function minibatches(
  n: number,
  batchSize: number,
  random: Pick<Random, 'shuffled'>,
): () => number[] {
  const size = Math.max(1, Math.min(batchSize, n));
  let order: number[] = [];
  return () => {
    if (order.length < size) order = random.shuffled(Array.from({ length: n }, (_, i) => i));
    return order.splice(0, size);
  };
}
