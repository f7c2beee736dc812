/** An int or an (height, width) pair, as `torch.nn.modules.utils._pair` accepts it. */
export type IntOrPair = number | readonly [number, number];

/** Conv2d padding: an int, a pair, or one of the strings PyTorch accepts ('same', 'valid'). */
export type PaddingArg = IntOrPair | string;

/** `_pair(x)`: an int is repeated for height and width, a pair is kept. */
export function pair(x: IntOrPair): [number, number] {
  return typeof x === 'number' ? [x, x] : [x[0], x[1]];
}

/** Python's `a // b` (floor division). */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Python's `a % b` (result has the sign of b). */
export function pyMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/**
 * Padding PyTorch applies for `padding='same'` in one dimension: the total `d·(k − 1)` split
 * as `left = total // 2`, `right = total − left`, so an odd total puts the extra pixel
 * right / bottom (torch/nn/modules/conv.py, ATen `convolution_same`).
 */
export function samePadding(kernel: number, dilation: number): [number, number] {
  const total = dilation * (kernel - 1);
  const left = floorDiv(total, 2);
  return [left, total - left];
}

/** Python `repr` of a str (single quotes unless the text contains one). */
export function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"')
    ? `"${s}"`
    : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A Python set of strings as `str(set)` prints it (element order varies between processes). */
export function formatPySet(items: readonly string[]): string {
  return `{${items.map(pyRepr).join(', ')}}`;
}

/** Whether an error text prints a Python set of strings (made by `formatPySet`). */
export function printsPythonSet(message: string): boolean {
  return /\{'[^{}]*'\}/.test(message);
}
