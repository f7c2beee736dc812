/**
 * A shape as PyTorch writes it in its messages and reprs, in each of its ways:
 * C++ prints an `IntArrayRef` as `[2, 3]`, Python prints `tensor.size()` as
 * `torch.Size([2, 3])`, a tuple of sizes as `(2, 3)` (`(5,)` for one, `()` for none),
 * and a few messages and reprs write `2x3`.
 * Items may also be reprs already made (`torch.Size` of the session's ints).
 */
type Dims = readonly (number | string)[];

/** An `IntArrayRef` as c10 prints it, and a Python list of ints: `[2, 3]`. */
export function formatDims(shape: Dims): string {
  return `[${shape.join(', ')}]`;
}

/** `str(tensor.size())`: `torch.Size([1, 3])`. */
export function formatTorchSize(shape: Dims): string {
  return `torch.Size(${formatDims(shape)})`;
}

/** A Python tuple: `(2, 3)`, `(5,)`, `()`. */
export function formatTuple(shape: Dims): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Sizes joined by `x`: `2x3`, as in `mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)`. */
export function formatSizeX(shape: Dims): string {
  return shape.join('x');
}
