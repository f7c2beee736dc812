/**
 * A shape as PyTorch writes it in its messages and reprs, in each of the three ways:
 * C++ prints an `IntArrayRef` as `[2, 3]`, Python prints `tensor.size()` as
 * `torch.Size([2, 3])` and a tuple of sizes as `(2, 3)` (`(5,)` for one, `()` for none).
 */
export function formatDims(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** `str(tensor.size())`: `torch.Size([1, 3])`. */
export function formatTorchSize(shape: readonly number[]): string {
  return `torch.Size(${formatDims(shape)})`;
}

/** A Python tuple of sizes: `(2, 3)`, `(5,)`, `()`. */
export function formatSizeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
