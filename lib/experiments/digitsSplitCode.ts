/**
 * Python lines shared by the digit widgets' code panels: the 8×8 digits as the site reads them
 * (UCI's optical digits, scikit-learn's `load_digits()`, pixels 0..16 divided by 16), a seeded
 * shuffle split with the first `testFraction` of the rows held out, and minibatches drawn
 * without replacement, reshuffled every epoch, the last short batch dropped.
 */
export function digitsSplitCode(testFraction: number, seed: number): string[] {
  return [
    'digits = load_digits()',
    'x = torch.tensor(digits.data, dtype=torch.float32) / 16  # pixels 0..16 scaled to [0, 1]',
    'y = torch.tensor(digits.target)',
    '',
    '# A seeded shuffle split. The site shuffles with its own seeded generator, so its',
    '# test set holds other rows than this one (same sizes, same proportions).',
    `generator = torch.Generator().manual_seed(${seed})`,
    'order = torch.randperm(len(x), generator=generator)',
    `n_test = round(len(x) * ${testFraction})`,
    'x_test, y_test = x[order[:n_test]], y[order[:n_test]]',
    'x_train, y_train = x[order[n_test:]], y[order[n_test:]]',
    '',
    '',
    'def minibatches(n, batch_size):',
    '    """Row indices, without replacement, reshuffled every epoch (the short last batch is dropped)."""',
    '    while True:',
    '        order = torch.randperm(n, generator=generator)',
    '        for start in range(0, n - batch_size + 1, batch_size):',
    '            yield order[start:start + batch_size]',
  ];
}
