/** How many indices of each part the RandomSplit widget lists. */
export const RANDOM_SPLIT_FIRST = 10;

/**
 * The program of the RandomSplit widget: PyTorch's `random_split` and scikit-learn's
 * `train_test_split` of the same n indices with the same seed, printing each part's size and
 * first indices (the two libraries shuffle differently).
 */
export function randomSplitCode(s: {
  samples: number;
  testFraction: number;
  seed: number;
}): string {
  const first = RANDOM_SPLIT_FIRST;
  return [
    'import torch',
    'from sklearn.model_selection import train_test_split',
    '',
    `n = ${s.samples}`,
    `TEST_SIZE = int(n * ${s.testFraction})`,
    'TRAIN_SIZE = n - TEST_SIZE',
    `train, test = torch.utils.data.random_split(range(n), (TRAIN_SIZE, TEST_SIZE), generator=torch.Generator().manual_seed(${s.seed}))`,
    `print(len(train), len(test), train.indices[:${first}], test.indices[:${first}])`,
    '',
    `sk_train, sk_test = train_test_split(range(n), test_size=${s.testFraction}, random_state=${s.seed})`,
    `print(len(sk_train), len(sk_test), sk_train[:${first}], sk_test[:${first}])`,
  ].join('\n');
}
