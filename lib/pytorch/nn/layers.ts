import { linearShape } from '@/lib/pytorch/linalg/linearShape';
import { linearDefaultInit } from '@/lib/pytorch/kernels/linearInit';
import { torchUniform } from '@/lib/random/torchUniform';
import type { Mt19937 } from '@/lib/random/mt19937';
import { raise } from '../errors';
import { Module } from './module';
import { parameter, type Parameter } from './parameter';

const pyBool = (b: boolean) => (b ? 'True' : 'False');

/** `nn.Linear(in_features, out_features, bias)`: y = x Aᵀ + b, weight (out, in), PyTorch's default init. */
export class Linear extends Module {
  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    readonly bias: boolean,
    rng: Mt19937,
  ) {
    super('Linear');
    const init = linearDefaultInit(inFeatures, outFeatures, { bias, rng });
    this.registerParameter('weight', parameter([outFeatures, inFeatures], init.weight));
    this.registerParameter('bias', init.bias ? parameter([outFeatures], init.bias) : null);
  }
  extraRepr() {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${pyBool(this.bias)}`;
  }
  /** F.linear: addmm for a 2-D input with a bias, matmul (+ bias) otherwise; those kernels' errors. */
  forwardShape(shape: readonly number[]) {
    const route = linearShape(shape, this.inFeatures, this.outFeatures, this.bias);
    return route.ok ? route.shape : raise(route.errorType, route.error);
  }
  get weight(): Parameter {
    return this._parameters.get('weight') as Parameter;
  }
}

/** `nn.Bilinear(in1, in2, out)`: y = x₁ᵀ A x₂ + b, weight (out, in1, in2), both U(±1/√in1). */
export class Bilinear extends Module {
  constructor(
    readonly in1: number,
    readonly in2: number,
    readonly outFeatures: number,
    readonly bias: boolean,
    rng: Mt19937,
  ) {
    super('Bilinear');
    const bound = 1 / Math.sqrt(in1);
    this.registerParameter(
      'weight',
      parameter([outFeatures, in1, in2], torchUniform(rng, outFeatures * in1 * in2, -bound, bound)),
    );
    this.registerParameter(
      'bias',
      bias ? parameter([outFeatures], torchUniform(rng, outFeatures, -bound, bound)) : null,
    );
  }
  extraRepr() {
    return `in1_features=${this.in1}, in2_features=${this.in2}, out_features=${this.outFeatures}, bias=${pyBool(this.bias)}`;
  }
  forwardShape(): number[] {
    return raise('TypeError', "forward() missing 1 required positional argument: 'input2'");
  }
}

/** A module whose forward returns a tensor of the input's shape (ReLU, Tanh, Identity). */
class ShapePreserving extends Module {
  constructor(
    typeName: string,
    private readonly extra = '',
  ) {
    super(typeName);
  }
  extraRepr() {
    return this.extra;
  }
  forwardShape(shape: readonly number[]) {
    return [...shape];
  }
}

/** `nn.ReLU(inplace=False)`; its repr shows `inplace=True` only when set. */
export const relu = (inplace = false): Module =>
  new ShapePreserving('ReLU', inplace ? 'inplace=True' : '');
export const tanh = (): Module => new ShapePreserving('Tanh');
/** `nn.Identity(*args, **kwargs)`: ignores its arguments, returns the input. */
export const identity = (): Module => new ShapePreserving('Identity');

/** ATen's maybe_wrap_dim: a negative dim counts from the end; a 0-d tensor accepts [-1, 0]. */
export function wrapDim(dim: number, rank: number): number {
  const n = Math.max(rank, 1);
  if (dim < -n || dim > n - 1)
    raise(
      'IndexError',
      `Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`,
    );
  return dim < 0 ? dim + n : dim;
}

/** `nn.Flatten(start_dim=1, end_dim=-1)`: dims start..end multiplied into one. */
export class Flatten extends Module {
  constructor(
    readonly startDim = 1,
    readonly endDim = -1,
  ) {
    super('Flatten');
  }
  extraRepr() {
    return `start_dim=${this.startDim}, end_dim=${this.endDim}`;
  }
  forwardShape(shape: readonly number[]) {
    if (shape.length === 0) return [1];
    const s = wrapDim(this.startDim, shape.length);
    const e = wrapDim(this.endDim, shape.length);
    if (s > e)
      raise('RuntimeError', 'flatten() has invalid args: start_dim cannot come after end_dim');
    return [
      ...shape.slice(0, s),
      shape.slice(s, e + 1).reduce((a, b) => a * b, 1),
      ...shape.slice(e + 1),
    ];
  }
}
