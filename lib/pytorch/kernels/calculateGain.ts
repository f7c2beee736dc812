import { valueError } from '../errors';
export type Nonlinearity =
  | 'linear'
  | 'conv1d'
  | 'conv2d'
  | 'conv3d'
  | 'conv_transpose1d'
  | 'conv_transpose2d'
  | 'conv_transpose3d'
  | 'sigmoid'
  | 'tanh'
  | 'relu'
  | 'leaky_relu'
  | 'selu';

/**
 * `torch.nn.init.calculate_gain(nonlinearity, param)` (PyTorch 1.13):
 * 1 for linear/conv/sigmoid, 5/3 for tanh, sqrt(2) for relu,
 * sqrt(2 / (1 + slope^2)) for leaky_relu (slope = param, default 0.01), 3/4 for selu.
 */
export function calculateGain(nonlinearity: Nonlinearity, param?: number): number {
  switch (nonlinearity) {
    case 'tanh':
      return 5.0 / 3;
    case 'relu':
      return Math.sqrt(2.0);
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      return Math.sqrt(2.0 / (1 + slope * slope));
    }
    case 'selu':
      return 3.0 / 4;
    default:
      return 1;
  }
}

/**
 * `init._calculate_fan_in_and_fan_out(weight)`: fan_in = size(1) * receptive
 * field, fan_out = size(0) * receptive field, the receptive field being the
 * product of the dims after the first two (kH * kW for a conv weight).
 */
export function fanInAndFanOut(weightShape: readonly number[]): { fanIn: number; fanOut: number } {
  if (weightShape.length < 2) {
    throw valueError(
      'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions',
    );
  }
  const receptiveField = weightShape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: weightShape[1] * receptiveField, fanOut: weightShape[0] * receptiveField };
}
