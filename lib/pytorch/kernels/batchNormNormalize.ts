import { channelLayout, forEachInChannel, type Float64Tensor } from './channelTensor';

/** What a batch-norm forward used per channel: the statistics and the affine parameters. */
export interface NormalizationTerms {
  /** batch mean (training) or running_mean (eval) */
  mean: number[];
  /** 1 / sqrt(var + eps) with the batch's biased var or running_var */
  invStd: number[];
  /** gamma, or null when affine=False (gamma = 1) */
  weight: readonly number[] | null;
  /** beta, or null when affine=False (beta = 0) */
  bias: readonly number[] | null;
}

export interface Normalized {
  /** x-hat = (x - mean) * invStd */
  xHat: Float64Tensor;
  /** y = gamma * x-hat + beta */
  output: Float64Tensor;
  /** per channel: y = scale * x + shift, scale = gamma * invStd, shift = beta - mean * scale */
  scale: number[];
  shift: number[];
}

/**
 * y = gamma * (x - mean) / sqrt(var + eps) + beta, evaluated as PyTorch's CPU
 * kernel does (`batch_norm_cpu_transform_input`): y = x * scale + shift.
 */
export function normalizeChannels(input: Float64Tensor, terms: NormalizationTerms): Normalized {
  const layout = channelLayout(input.shape);
  const out = new Float64Array(input.data.length);
  const xHat = new Float64Array(input.data.length);
  const scale: number[] = [];
  const shift: number[] = [];
  for (let c = 0; c < layout.channels; c++) {
    const mean = terms.mean[c];
    const invStd = terms.invStd[c];
    const a = invStd * (terms.weight ? terms.weight[c] : 1);
    const b = (terms.bias ? terms.bias[c] : 0) - mean * a;
    scale.push(a);
    shift.push(b);
    forEachInChannel(layout, c, (i) => {
      const x = input.data[i];
      out[i] = x * a + b;
      xHat[i] = (x - mean) * invStd;
    });
  }
  return {
    xHat: { shape: input.shape, data: xHat },
    output: { shape: input.shape, data: out },
    scale,
    shift,
  };
}
