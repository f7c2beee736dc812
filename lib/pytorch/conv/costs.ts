/** The convolution types the lecture compares by cost. */
export type ConvType =
  | 'standard'
  | 'dilated'
  | 'grouped'
  | 'pointwise'
  | 'depthwise'
  | 'depthwiseSeparable'
  | 'spatiallySeparable'
  | 'transposed';

export const CONV_TYPES: readonly ConvType[] = [
  'standard',
  'dilated',
  'grouped',
  'pointwise',
  'depthwise',
  'depthwiseSeparable',
  'spatiallySeparable',
  'transposed',
];

/**
 * C input channels, M output channels, a K×K kernel, an H×W map and g groups. H×W is the
 * output map for every type except transposed, where it is the input map (each input pixel
 * scatters a K×K×M block).
 */
export interface ConvCostInput {
  C: number;
  M: number;
  K: number;
  H: number;
  W: number;
  g?: number;
  bias?: boolean;
}

export interface ConvCost {
  type: ConvType;
  /** Weights (plus biases when `bias`). */
  params: number;
  /** Multiply-accumulates per sample, bias additions not counted. */
  macs: number;
  /** Weights / standard weights, biases left out (depthwise-separable: 1/M + 1/K²). */
  ratioToStandard: number;
  /** The lecture's formulas in TeX, for the weights and the MACs. */
  paramsTex: string;
  macsTex: string;
}

/** Weights per type, its bias count, and its TeX formula. */
function weightsOf(type: ConvType, { C, M, K, g = 1 }: ConvCostInput): [number, number, string] {
  switch (type) {
    case 'standard':
    case 'dilated':
    case 'transposed':
      return [C * K * K * M, M, 'C \\cdot K^2 \\cdot M'];
    case 'grouped':
      return [(C * K * K * M) / g, M, '\\frac{C \\cdot K^2 \\cdot M}{g}'];
    case 'pointwise':
      return [C * M, M, 'C \\cdot M'];
    case 'depthwise':
      return [C * K * K, C, 'C \\cdot K^2'];
    case 'depthwiseSeparable':
      return [C * K * K + C * M, C + M, 'C \\cdot K^2 + C \\cdot M'];
    case 'spatiallySeparable':
      return [K * C * M + K * M * M, 2 * M, 'K \\cdot C \\cdot M + K \\cdot M \\cdot M'];
  }
}

/**
 * Parameters and MACs of one convolution type. Every weight is used once per output pixel,
 * so MACs = weights · H · W (`C·K²·M·H·W` for a standard convolution; for transposed,
 * `C·(M/g)·K²·H_in·W_in` as PyTorch's ConvTranspose2d does it). Dilation changes neither.
 * Spatially separable: a K×1 convolution C→M followed by a 1×K convolution M→M.
 */
export function convCost(type: ConvType, input: ConvCostInput): ConvCost {
  const [weights, biases, tex] = weightsOf(type, input);
  const standard = weightsOf('standard', input)[0];
  return {
    type,
    params: weights + (input.bias ? biases : 0),
    macs: weights * input.H * input.W,
    ratioToStandard: weights / standard,
    paramsTex: input.bias ? `${tex} + ${biasTex(type)}` : tex,
    macsTex: `(${tex}) \\cdot H \\cdot W`,
  };
}

function biasTex(type: ConvType): string {
  if (type === 'depthwise') return 'C';
  if (type === 'depthwiseSeparable') return 'C + M';
  if (type === 'spatiallySeparable') return '2M';
  return 'M';
}

/** `convCost` for every type, in the lecture's order. */
export function allConvCosts(input: ConvCostInput): ConvCost[] {
  return CONV_TYPES.map((t) => convCost(t, input));
}
