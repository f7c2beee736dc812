/**
 * The elementwise parts of training K small MLPs side by side, on plain
 * typed arrays. Activations are feature-major: a layer's values for a batch
 * of B examples are F rows of B (the transpose of the usual B x F), so each
 * feature's batch statistics are one contiguous run. A network's per-feature
 * parameters are the F entries starting at `offset` of arrays that hold all
 * K networks' parameters side by side. Every pass writes into buffers it is
 * given (views into the race's workspace): nothing is allocated per step.
 */

/** Per-feature parameters of one hidden layer for all K networks (K x F each). */
export interface HiddenParams {
  bias: Float32Array;
  gamma: Float32Array;
  beta: Float32Array;
  runningMean: Float32Array;
  runningVar: Float32Array;
}

/** One network's hidden layer for one batch: what the forward pass writes and the backward pass reads. */
export interface HiddenCache {
  /** ReLU output, F x B */
  a: Float32Array;
  /** batch norm's x-hat, F x B (written in training mode with batch norm) */
  xHat: Float32Array;
  /** 1 / sqrt(var + eps), the mean and the biased variance, F each (with batch norm) */
  rstd: Float64Array;
  mean: Float64Array;
  variance: Float64Array;
}

export interface HiddenOptions {
  batchNorm: boolean;
  /** 'train': batch statistics; 'eval': the running ones */
  mode: 'train' | 'eval';
  eps: number;
}

/**
 * z (F x B, the layer's product without bias) → a = ReLU(BN(z + b)) or ReLU(z + b).
 * The ReLU lets NaN through, so that a diverging network shows as one.
 * BN in training mode: mean and biased variance over the batch, y = gamma x-hat + beta;
 * in eval mode the running statistics.
 */
export function hiddenForward(
  z: Float32Array,
  batch: number,
  features: number,
  p: HiddenParams,
  offset: number,
  options: HiddenOptions,
  cache: HiddenCache,
): void {
  const { a, xHat, mean, variance, rstd } = cache;
  if (!options.batchNorm) {
    for (let j = 0; j < features; j++) {
      const b = p.bias[offset + j];
      for (let i = j * batch, end = i + batch; i < end; i++) {
        const v = z[i] + b;
        a[i] = !(v <= 0) ? v : 0;
      }
    }
    return;
  }
  const train = options.mode === 'train';
  for (let j = 0; j < features; j++) {
    const start = j * batch;
    const end = start + batch;
    const b = p.bias[offset + j];
    let m: number;
    let v: number;
    if (train) {
      // Shifted sums (shift = the first value) keep the variance accurate; the bias shifts
      // the mean and cancels out of x-hat.
      const shift = z[start];
      let s1 = 0;
      let s2 = 0;
      for (let i = start; i < end; i++) {
        const d = z[i] - shift;
        s1 += d;
        s2 += d * d;
      }
      const shifted = s1 / batch;
      m = shift + shifted + b;
      v = Math.max(0, s2 / batch - shifted * shifted);
    } else {
      m = p.runningMean[offset + j];
      v = p.runningVar[offset + j];
    }
    mean[j] = m;
    variance[j] = v;
    const r = 1 / Math.sqrt(v + options.eps);
    rstd[j] = r;
    const g = p.gamma[offset + j];
    const be = p.beta[offset + j];
    const centre = m - b;
    if (train) {
      for (let i = start; i < end; i++) {
        const h = (z[i] - centre) * r;
        xHat[i] = h;
        const y = g * h + be;
        a[i] = !(y <= 0) ? y : 0;
      }
    } else {
      for (let i = start; i < end; i++) {
        const y = g * ((z[i] - centre) * r) + be;
        a[i] = !(y <= 0) ? y : 0;
      }
    }
  }
}

/** Gradients of one hidden layer's per-feature parameters for all K networks (K x F each). */
export interface HiddenGrads {
  bias: Float32Array;
  gamma: Float32Array;
  beta: Float32Array;
}

/**
 * Backward through ReLU, batch norm (training mode) and the bias: from
 * dL/da (F x B) to dL/dz, written into `dz` (which may be `da` itself), with
 * d bias, d gamma, d beta written at `offset`.
 * dz = rstd (dx-hat - mean(dx-hat) - x-hat mean(dx-hat x-hat)), dx-hat = gamma dy.
 * da is overwritten.
 */
export function hiddenBackward(
  da: Float32Array,
  cache: HiddenCache,
  batch: number,
  features: number,
  batchNorm: boolean,
  gamma: Float32Array,
  grads: HiddenGrads,
  offset: number,
  dz: Float32Array,
): void {
  const { a, xHat, rstd } = cache;
  if (!batchNorm) {
    for (let j = 0; j < features; j++) {
      let s = 0;
      for (let i = j * batch, end = i + batch; i < end; i++) {
        const v = a[i] > 0 ? da[i] : 0;
        dz[i] = v;
        s += v;
      }
      grads.bias[offset + j] = s;
    }
    return;
  }
  for (let j = 0; j < features; j++) {
    const start = j * batch;
    const end = start + batch;
    let sumDy = 0;
    let sumDyXHat = 0;
    for (let i = start; i < end; i++) {
      const v = a[i] > 0 ? da[i] : 0;
      da[i] = v;
      sumDy += v;
      sumDyXHat += v * xHat[i];
    }
    grads.gamma[offset + j] = sumDyXHat;
    grads.beta[offset + j] = sumDy;
    // mean(dx-hat) = gamma sum(dy) / B; mean(dx-hat x-hat) = gamma sum(dy x-hat) / B.
    const scale = rstd[j] * gamma[offset + j];
    const meanDy = sumDy / batch;
    const meanDyXHat = sumDyXHat / batch;
    let sumDz = 0;
    for (let i = start; i < end; i++) {
      const v = scale * (da[i] - meanDy - xHat[i] * meanDyXHat);
      dz[i] = v;
      sumDz += v;
    }
    grads.bias[offset + j] = sumDz;
  }
}

/**
 * PyTorch's running-statistics update for one network's features:
 * running = (1 - momentum) running + momentum * batch, with the unbiased variance (B / (B - 1)).
 */
export function updateRunning(
  p: HiddenParams,
  cache: HiddenCache,
  batch: number,
  features: number,
  offset: number,
  momentum: number,
): void {
  const { mean, variance } = cache;
  const unbias = batch / Math.max(1, batch - 1);
  for (let j = 0; j < features; j++) {
    p.runningMean[offset + j] = (1 - momentum) * p.runningMean[offset + j] + momentum * mean[j];
    p.runningVar[offset + j] =
      (1 - momentum) * p.runningVar[offset + j] + momentum * variance[j] * unbias;
  }
}

/**
 * Softmax cross-entropy of logits (C x B, bias added here, in place) against labels:
 * the mean loss and the share of examples whose argmax is the label, with
 * dL/dlogits = (softmax - one-hot) / B written into `dLogits` (C x B) when given.
 */
export function softmaxCrossEntropy(
  logits: Float32Array,
  bias: Float32Array,
  biasOffset: number,
  labels: Int32Array,
  batch: number,
  classes: number,
  dLogits: Float32Array | null,
): { loss: number; accuracy: number } {
  let loss = 0;
  let hits = 0;
  for (let i = 0; i < batch; i++) {
    let max = -Infinity;
    let best = 0;
    for (let c = 0, at = i; c < classes; c++, at += batch) {
      const v = logits[at] + bias[biasOffset + c];
      logits[at] = v;
      if (v > max) {
        max = v;
        best = c;
      }
    }
    let sum = 0;
    for (let c = 0, at = i; c < classes; c++, at += batch) {
      const e = Math.exp(logits[at] - max);
      if (dLogits) dLogits[at] = e;
      sum += e;
    }
    const label = labels[i];
    loss += Math.log(sum) + max - logits[label * batch + i];
    if (best === label) hits++;
    if (dLogits)
      for (let c = 0, at = i; c < classes; c++, at += batch)
        dLogits[at] = (dLogits[at] / sum - (c === label ? 1 : 0)) / batch;
  }
  return { loss: loss / batch, accuracy: hits / batch };
}
