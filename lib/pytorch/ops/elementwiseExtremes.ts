import type { BinarySpec } from './pointwise';

/** The gradient share of one side: all of it where it wins, half on a tie, none where it loses. */
const share = (mine: number, theirs: number) => (mine > theirs ? 1 : mine === theirs ? 0.5 : 0);

/** `torch.maximum(a, b)`: elementwise larger value, NaN if either is NaN (MaximumBackward0). */
export const MAXIMUM: BinarySpec = {
  name: 'MaximumBackward0',
  f: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)),
  da: (a, b) => share(a, b),
  db: (a, b) => share(b, a),
  saves: [true, true],
  exact: (a, b) => (a > b ? a : b),
};

/** `torch.minimum(a, b)`: elementwise smaller value, NaN if either is NaN (MinimumBackward0). */
export const MINIMUM: BinarySpec = {
  name: 'MinimumBackward0',
  f: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)),
  da: (a, b) => share(b, a),
  db: (a, b) => share(a, b),
  saves: [true, true],
  exact: (a, b) => (a < b ? a : b),
};
