import type { Random } from '../random/seeded';
import { heUniform } from './initialWeights';
import { hiddenBackward, hiddenForward, softmaxCrossEntropy, updateRunning, type HiddenCache, type HiddenGrads, type HiddenParams } from './mlpRaceLayers';
import { transpose, type Product } from './product';

export interface MlpRaceOptions {
  inputs: number;
  /** hidden widths, e.g. [64, 64] for 64-64-64-10 */
  widths: readonly number[];
  classes: number;
  /** one entry per network: whether batch norm follows each hidden layer */
  batchNorm: readonly boolean[];
  /** one plain-SGD learning rate per network */
  learningRates: readonly number[];
  /** multiplier on the He-uniform initial weights */
  initScale: number;
  momentum: number;
  eps: number;
}

/** Per network: mean loss and accuracy over the examples; NaN for networks that were stopped. */
export interface MlpRaceResult {
  loss: Float64Array;
  accuracy: Float64Array;
}

/** Examples as the race reads them: features transposed (inputs x n), labels (n). */
export interface RaceData {
  xT: Float32Array;
  labels: Int32Array;
  n: number;
}

/** K MLPs that start from the same weights and train side by side on the same minibatches. */
export interface MlpRace {
  /** One SGD step of every running network on a batch, updating batch norm's running statistics. */
  step(batch: RaceData): MlpRaceResult;
  /** Loss and accuracy in eval mode (running statistics). */
  evaluate(data: RaceData): MlpRaceResult;
  /** Stops training network k (it has diverged): it is skipped from now on. */
  stop(k: number): void;
  /** The weights of layer l (0 ... widths.length, the last being the read-out) of network k, fan_in x out. */
  weights(l: number, k: number): Float32Array;
}

/** Rows x inputs examples (row-major) as RaceData. */
export function raceData(x: Float32Array, labels: Int32Array, n: number): RaceData {
  return { xT: transpose(x, n, x.length / n), labels, n };
}

/**
 * K copies of the MLP inputs - widths... - classes, differing only in batch
 * norm and learning rate, trained by plain SGD. Initialisation matches
 * createReplicatedNet draw for draw: He-uniform (bound sqrt(6 / fan_in)) times
 * initScale, biases 0, gamma 1, beta 0, running statistics 0 and 1.
 *
 * Weights are kept transposed (out x fan_in) and activations feature-major
 * (F x B), so layer l computes Z = V A with V = Wᵀ. The first layer of all
 * K networks is one product (they share its input: V stacks their rows);
 * later layers are one product per network; the elementwise work runs on
 * typed arrays in JS.
 */
export function createMlpRace(options: MlpRaceOptions, product: Product, random: Random): MlpRace {
  const { inputs, widths, classes, batchNorm, learningRates, eps, momentum } = options;
  const k = batchNorm.length;
  if (learningRates.length !== k) throw new Error(`${k} networks need ${k} learning rates, got ${learningRates.length}`);
  const depth = widths.length;
  const fanIns = [inputs, ...widths];
  const fanOuts = [...widths, classes];
  const alive = new Array<boolean>(k).fill(true);

  // v[l][r]: layer l's out x fan_in weights of network r; layer 0 of all networks is one stacked matrix.
  const f0 = widths[0];
  const v: Float32Array[][] = [];
  fanOuts.forEach((out, l) => {
    const w = transpose(heUniform(random, fanIns[l] * out, fanIns[l], options.initScale), fanIns[l], out);
    v[l] = Array.from({ length: k }, () => w.slice());
  });
  const stacked = new Float32Array(k * f0 * inputs);
  v[0].forEach((w, r) => stacked.set(w, r * f0 * inputs));
  v[0] = v[0].map((_, r) => stacked.subarray(r * f0 * inputs, (r + 1) * f0 * inputs));
  const readoutBias = new Float32Array(k * classes);
  const hidden: HiddenParams[] = widths.map((f) => ({
    bias: new Float32Array(k * f),
    gamma: new Float32Array(k * f).fill(1),
    beta: new Float32Array(k * f),
    runningMean: new Float32Array(k * f),
    runningVar: new Float32Array(k * f).fill(1),
  }));

  /** Forward pass of every running network: caches[l][r] per hidden layer, logits (C x n) per network. */
  const forward = (data: RaceData, mode: 'train' | 'eval') => {
    const { xT, n } = data;
    const z0 = product(stacked, xT, k * f0, inputs, n);
    const caches: HiddenCache[][] = widths.map(() => new Array<HiddenCache>(k));
    const logits: Float32Array[] = new Array(k);
    for (let r = 0; r < k; r++) {
      if (!alive[r]) continue;
      for (let l = 0; l < depth; l++) {
        const z = l === 0 ? z0.subarray(r * f0 * n, (r + 1) * f0 * n) : product(v[l][r], caches[l - 1][r].a, widths[l], widths[l - 1], n);
        caches[l][r] = hiddenForward(z, n, widths[l], hidden[l], r * widths[l], { batchNorm: batchNorm[r], mode, eps });
      }
      logits[r] = product(v[depth][r], caches[depth - 1][r].a, classes, widths[depth - 1], n);
    }
    return { caches, logits };
  };

  const result = (): MlpRaceResult => ({ loss: new Float64Array(k).fill(NaN), accuracy: new Float64Array(k).fill(NaN) });

  return {
    step(data) {
      const { n } = data;
      const { caches, logits } = forward(data, 'train');
      const out = result();
      const dz0 = new Float32Array(k * f0 * n);
      const grads: HiddenGrads[] = widths.map((f) => ({ bias: new Float32Array(k * f), gamma: new Float32Array(k * f), beta: new Float32Array(k * f) }));
      const weightGrads: Float32Array[][] = fanIns.map(() => new Array<Float32Array>(k));
      const biasGrads = new Float32Array(k * classes);
      for (let r = 0; r < k; r++) {
        if (!alive[r]) continue;
        const loss = softmaxCrossEntropy(logits[r], readoutBias, r * classes, data.labels, n, classes);
        out.loss[r] = loss.loss;
        out.accuracy[r] = loss.accuracy;
        addRowSums(loss.dLogits, classes, n, biasGrads, r * classes);
        let dOut = loss.dLogits;
        for (let l = depth; l >= 1; l--) {
          const a = caches[l - 1][r].a;
          const [fanIn, fanOut] = [fanIns[l], fanOuts[l]];
          // dV = dZ Aᵀ (out x fan_in); dA = Vᵀ dZ (fan_in x n).
          weightGrads[l][r] = product(dOut, transpose(a, fanIn, n), fanOut, n, fanIn);
          const da = product(transpose(v[l][r], fanOut, fanIn), dOut, fanIn, fanOut, n);
          dOut = hiddenBackward(da, caches[l - 1][r], n, fanIn, hidden[l - 1].gamma, grads[l - 1], r * fanIn);
        }
        dz0.set(dOut, r * f0 * n);
      }
      const stackedGrad = product(dz0, transpose(data.xT, inputs, n), k * f0, n, inputs);

      // Plain SGD, each network with its own rate; then the running statistics.
      for (let r = 0; r < k; r++) {
        if (!alive[r]) continue;
        const lr = learningRates[r];
        axpy(stacked, stackedGrad, -lr, r * f0 * inputs, f0 * inputs);
        for (let l = 1; l <= depth; l++) axpy(v[l][r], weightGrads[l][r], -lr, 0, v[l][r].length);
        axpy(readoutBias, biasGrads, -lr, r * classes, classes);
        widths.forEach((f, l) => {
          for (const name of ['bias', 'gamma', 'beta'] as const) axpy(hidden[l][name], grads[l][name], -lr, r * f, f);
          if (batchNorm[r]) updateRunning(hidden[l], caches[l][r], n, r * f, momentum);
        });
      }
      return out;
    },
    evaluate(data) {
      const { logits } = forward(data, 'eval');
      const out = result();
      for (let r = 0; r < k; r++) {
        if (!alive[r]) continue;
        const loss = softmaxCrossEntropy(logits[r], readoutBias, r * classes, data.labels, data.n, classes);
        out.loss[r] = loss.loss;
        out.accuracy[r] = loss.accuracy;
      }
      return out;
    },
    stop(r) {
      alive[r] = false;
    },
    weights(l, r) {
      return transpose(v[l][r], fanOuts[l], fanIns[l]);
    },
  };
}

/** y[offset ...] += alpha x[offset ...] over `length` entries. */
function axpy(y: Float32Array, x: Float32Array, alpha: number, offset: number, length: number): void {
  for (let i = offset; i < offset + length; i++) y[i] += alpha * x[i];
}

/** out[offset + c] += the sum of row c of m (rows x cols). */
function addRowSums(m: Float32Array, rows: number, cols: number, out: Float32Array, offset: number): void {
  for (let c = 0; c < rows; c++) {
    let s = 0;
    for (let i = c * cols; i < (c + 1) * cols; i++) s += m[i];
    out[offset + c] += s;
  }
}
