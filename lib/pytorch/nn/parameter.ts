import { addSuffixes, formatData } from '../format';
import { formatTuple } from '../formatShape';

/** `nn.Parameter`: a tensor that registers itself when assigned to a Module attribute. */
export interface Parameter {
  readonly kind: 'parameter';
  readonly shape: readonly number[];
  /** row-major float32 values (widened) */
  values: number[];
  readonly requiresGrad: boolean;
}

/** A plain float32 tensor (not a Parameter): assigning it to a Module registers nothing. */
export interface PlainTensor {
  readonly kind: 'tensor';
  readonly shape: readonly number[];
  values: number[];
}

export const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** `nn.Parameter(data)` with requires_grad=True (values default to zeros). */
export function parameter(shape: readonly number[], values?: readonly number[]): Parameter {
  return {
    kind: 'parameter',
    shape: [...shape],
    values: values ? [...values] : new Array<number>(numel(shape)).fill(0),
    requiresGrad: true,
  };
}

/** A plain tensor, `torch.zeros(shape)` by default. */
export function plainTensor(shape: readonly number[], values?: readonly number[]): PlainTensor {
  return {
    kind: 'tensor',
    shape: [...shape],
    values: values ? [...values] : new Array<number>(numel(shape)).fill(0),
  };
}

export const isParameter = (v: unknown): v is Parameter =>
  typeof v === 'object' && v !== null && (v as Parameter).kind === 'parameter';
export const isPlainTensor = (v: unknown): v is PlainTensor =>
  typeof v === 'object' && v !== null && (v as PlainTensor).kind === 'tensor';

/** `repr(param)`: `Parameter containing:\n` + the tensor's repr with `requires_grad=True` (torch/_tensor_str.py). */
export function parameterRepr(p: Parameter): string {
  const prefix = 'tensor(';
  const body =
    numel(p.shape) === 0
      ? '[]'
      : formatData(p.shape, Float64Array.from(p.values), 'float32', prefix.length);
  const suffixes =
    numel(p.shape) === 0 && p.shape.length !== 1 ? [`size=${formatTuple(p.shape)}`] : [];
  if (p.requiresGrad) suffixes.push('requires_grad=True');
  return 'Parameter containing:\n' + addSuffixes(prefix + body, suffixes, prefix.length);
}
