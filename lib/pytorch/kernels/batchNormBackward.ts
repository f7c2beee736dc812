import { channelLayout, forEachInChannel, type Float64Tensor } from './channelTensor';
import type { NormalizationTerms } from './batchNormNormalize';

export interface BatchNormGradients {
  /** dL/dx */
  gradInput: Float64Tensor;
  /** dL/dgamma = sum over the channel of g * x-hat; null when affine=False */
  gradWeight: number[] | null;
  /** dL/dbeta = sum over the channel of g; null when affine=False */
  gradBias: number[] | null;
}

/**
 * Gradients of L = sum(y * g) through batch norm (PyTorch's
 * `batch_norm_backward_cpu`). With batch statistics, per channel over m values:
 *   dx = (g - mean(g) - (x - mu) * dot / (m * var_eps)) * gamma / sqrt(var_eps),
 *   dot = sum (x - mu) g;
 * with running statistics (eval) mu and var are constants: dx = g * gamma / sqrt(var_eps).
 * dgamma = dot / sqrt(var_eps), dbeta = sum g.
 */
export function batchNormBackward(
  input: Float64Tensor,
  gradOutput: Float64Tensor,
  terms: NormalizationTerms,
  usedBatchStats: boolean,
): BatchNormGradients {
  const layout = channelLayout(input.shape);
  const m = layout.valuesPerChannel;
  const gradInput = new Float64Array(input.data.length);
  const dWeight: number[] = [];
  const dBias: number[] = [];
  for (let c = 0; c < layout.channels; c++) {
    const mean = terms.mean[c];
    const invStd = terms.invStd[c];
    const w = terms.weight ? terms.weight[c] : 1;
    let sum = 0;
    let dot = 0;
    forEachInChannel(layout, c, (i) => {
      const g = gradOutput.data[i];
      sum += g;
      dot += (input.data[i] - mean) * g;
    });
    if (usedBatchStats) {
      const k = (dot * invStd * invStd) / m;
      const gradMean = sum / m;
      forEachInChannel(layout, c, (i) => {
        const projection = (input.data[i] - mean) * k;
        gradInput[i] = (gradOutput.data[i] - gradMean - projection) * invStd * w;
      });
    } else {
      forEachInChannel(layout, c, (i) => {
        gradInput[i] = gradOutput.data[i] * invStd * w;
      });
    }
    dWeight.push(dot * invStd);
    dBias.push(sum);
  }
  const affine = terms.weight !== null;
  return {
    gradInput: { shape: input.shape, data: gradInput },
    gradWeight: affine ? dWeight : null,
    gradBias: affine ? dBias : null,
  };
}
