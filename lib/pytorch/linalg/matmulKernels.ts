import { PyError, type PyFailure } from '@/lib/pytorch/errors';
import { formatDims, formatSizeX } from '@/lib/pytorch/formatShape';

/** A shape that came out of a kernel, or the kernel's own error. */
export type KernelShape = { ok: true; shape: number[] } | PyFailure;

/** `torch.dot(a, b)`: two vectors of the same length give a 0-d tensor. */
export function dotShape(a: readonly number[], b: readonly number[]): KernelShape {
  if (a[0] !== b[0]) {
    return new PyError(
      'RuntimeError',
      `inconsistent tensor size, expected tensor ${formatDims(a)} and src ${formatDims(b)} to have the same number of elements, but got ${a[0]} and ${b[0]} elements respectively`,
    ).failure();
  }
  return { ok: true, shape: [] };
}

/** `torch.mv(mat, vec)`: (r x c) times (c) gives (r); ATen's addmv size check. */
export function mvShape(mat: readonly number[], vec: readonly number[]): KernelShape {
  const [r, c] = mat;
  if (c !== vec[0])
    return new PyError(
      'RuntimeError',
      `size mismatch, got ${r}, ${formatSizeX([r, c])},${vec[0]}`,
    ).failure();
  return { ok: true, shape: [r] };
}

/** `torch.mm(m1, m2)`: (r x k) times (k x c) gives (r x c). */
export function mmShape(m1: readonly number[], m2: readonly number[]): KernelShape {
  if (m1[1] !== m2[0]) {
    return new PyError(
      'RuntimeError',
      `mat1 and mat2 shapes cannot be multiplied (${formatSizeX([m1[0], m1[1]])} and ${formatSizeX([m2[0], m2[1]])})`,
    ).failure();
  }
  return { ok: true, shape: [m1[0], m2[1]] };
}

/** `torch.bmm(b1, b2)`: (B x n x m) times (B x m x p) gives (B x n x p). */
export function bmmShape(b1: readonly number[], b2: readonly number[]): KernelShape {
  const [batch, n, m] = b1;
  if (b2[0] !== batch || b2[1] !== m) {
    return new PyError(
      'RuntimeError',
      `Expected size for first two dimensions of batch2 tensor to be: [${batch}, ${m}] but got: [${b2[0]}, ${b2[1]}].`,
    ).failure();
  }
  return { ok: true, shape: [batch, n, b2[2]] };
}
