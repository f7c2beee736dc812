/**
 * An exception as PyTorch raises it: the Python class name and `str(exception)`,
 * verbatim, so a widget can print exactly what a student would see.
 */
export interface PyTorchError {
  ok: false;
  errorType: 'RuntimeError' | 'ValueError' | 'TypeError' | 'IndexError';
  error: string;
}

export function pytorchError(errorType: PyTorchError['errorType'], error: string): PyTorchError {
  return { ok: false, errorType, error };
}

/** A shape as C++ prints an IntArrayRef: `[2, 4]`. */
export function formatDims(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** A shape as Python prints `tensor.size()`: `torch.Size([1, 3])`. */
export function formatTorchSize(shape: readonly number[]): string {
  return `torch.Size(${formatDims(shape)})`;
}
