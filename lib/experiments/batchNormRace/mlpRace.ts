import type { Random } from '../../random/seeded';
import { heUniform } from '../../training/models/initialWeights';
import {
  hiddenBackward,
  hiddenForward,
  softmaxCrossEntropy,
  updateRunning,
  type HiddenGrads,
  type HiddenOptions,
  type HiddenParams,
} from './mlpRaceLayers';
import { blocks, createRaceWorkspace, type RaceWorkspace } from './mlpRaceWorkspace';
import { transpose, type Product } from '../../training/models/product';

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

/** Examples as the race reads them: features row-major (n x inputs) and transposed (inputs x n), labels (n). */
export interface RaceData {
  x: Float32Array;
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
  return { x, xT: transpose(x, n, x.length / n), labels, n };
}

/**
 * K copies of the MLP inputs - widths... - classes, differing only in batch
 * norm and learning rate, trained by plain SGD. Initialisation matches
 * createReplicatedNet draw for draw: He-uniform (bound sqrt(6 / fan_in)) times
 * initScale, biases 0, gamma 1, beta 0, running statistics 0 and 1.
 *
 * Every parameter is stacked over the networks: layer l's weights are one
 * K x out x fan_in array (each network's block transposed, V = Wᵀ), its
 * per-feature parameters K x F. Activations are feature-major (F x B), so
 * layer l computes Z = V A. Layer 0 of all K networks is one product both
 * ways (they share its input); later layers are one product per network and
 * direction, the fastest the wasm backend offers (see tfProduct). The
 * elementwise work runs in JS on buffers allocated once per batch size.
 */
export function createMlpRace(options: MlpRaceOptions, product: Product, random: Random): MlpRace {
  const { inputs, widths, classes, batchNorm, learningRates, eps, momentum } = options;
  const k = batchNorm.length;
  if (learningRates.length !== k)
    throw new Error(`${k} networks need ${k} learning rates, got ${learningRates.length}`);
  const depth = widths.length;
  const fanIns = [inputs, ...widths];
  const fanOuts = [...widths, classes];
  const sizes = fanOuts.map((out, l) => out * fanIns[l]);
  const alive = new Array<boolean>(k).fill(true);

  // All networks start from the same draw: one He-uniform matrix per layer, copied K times.
  const v = fanOuts.map((out, l) => {
    const w = transpose(
      heUniform(random, fanIns[l] * out, fanIns[l], options.initScale),
      fanIns[l],
      out,
    );
    const stacked = new Float32Array(k * sizes[l]);
    for (let r = 0; r < k; r++) stacked.set(w, r * sizes[l]);
    return stacked;
  });
  const vOf = v.map((stacked, l) => blocks(stacked, k, sizes[l]));
  const dv = sizes.map((size) => new Float32Array(k * size));
  const dvOf = dv.map((stacked, l) => blocks(stacked, k, sizes[l]));
  const readoutBias = new Float32Array(k * classes);
  const readoutBiasGrad = new Float32Array(k * classes);
  const hidden: HiddenParams[] = widths.map((f) => ({
    bias: new Float32Array(k * f),
    gamma: new Float32Array(k * f).fill(1),
    beta: new Float32Array(k * f),
    runningMean: new Float32Array(k * f),
    runningVar: new Float32Array(k * f).fill(1),
  }));
  const grads: HiddenGrads[] = widths.map((f) => ({
    bias: new Float32Array(k * f),
    gamma: new Float32Array(k * f),
    beta: new Float32Array(k * f),
  }));
  const modes = (mode: HiddenOptions['mode']) =>
    batchNorm.map((bn): HiddenOptions => ({ batchNorm: bn, mode, eps }));
  const hiddenOptions = { train: modes('train'), eval: modes('eval') };

  // One workspace per batch size and use (the minibatches, each evaluation set).
  const workspaces = new Map<string, RaceWorkspace>();
  const workspace = (n: number, training: boolean) => {
    const key = `${n}-${training}`;
    if (!workspaces.has(key))
      workspaces.set(key, createRaceWorkspace(k, inputs, widths, classes, n, training));
    return workspaces.get(key) as RaceWorkspace;
  };

  /** Forward pass of every running network: activations into the caches, logits (without bias) into logitsOf. */
  const forward = (ws: RaceWorkspace, data: RaceData, mode: HiddenOptions['mode']) => {
    const { n } = data;
    product(v[0], data.xT, k * widths[0], inputs, n, ws.z[0]);
    for (let r = 0; r < k; r++) {
      if (!alive[r]) continue;
      for (let l = 0; l < depth; l++) {
        if (l > 0)
          product(vOf[l][r], ws.caches[l - 1][r].a, widths[l], widths[l - 1], n, ws.zOf[l][r]);
        hiddenForward(
          ws.zOf[l][r],
          n,
          widths[l],
          hidden[l],
          r * widths[l],
          hiddenOptions[mode][r],
          ws.caches[l][r],
        );
      }
      product(
        vOf[depth][r],
        ws.caches[depth - 1][r].a,
        classes,
        widths[depth - 1],
        n,
        ws.logitsOf[r],
      );
    }
  };

  /** Network r's gradients, from the logits back to layer 0's dL/dz (the stacked product is left to the caller). */
  const backward = (ws: RaceWorkspace, r: number) => {
    const { n } = ws;
    rowSums(ws.dLogitsOf[r], classes, n, readoutBiasGrad, r * classes);
    let dOut = ws.dLogitsOf[r];
    for (let l = depth; l >= 1; l--) {
      const [fanIn, fanOut] = [fanIns[l], fanOuts[l]];
      const cache = ws.caches[l - 1][r];
      // dV = dZ Aᵀ (out x fan_in); dA = Vᵀ dZ (fan_in x n).
      product(dOut, transpose(cache.a, fanIn, n, ws.aT[l]), fanOut, n, fanIn, dvOf[l][r]);
      product(transpose(vOf[l][r], fanOut, fanIn, ws.vT[l]), dOut, fanIn, fanOut, n, ws.da[l]);
      hiddenBackward(
        ws.da[l],
        cache,
        n,
        fanIn,
        batchNorm[r],
        hidden[l - 1].gamma,
        grads[l - 1],
        r * fanIn,
        ws.dzOf[l - 1][r],
      );
      dOut = ws.dzOf[l - 1][r];
    }
  };

  /** Plain SGD for network r with its own rate, then batch norm's running statistics. */
  const update = (ws: RaceWorkspace, r: number) => {
    const step = -learningRates[r];
    for (let l = 0; l <= depth; l++) axpy(v[l], dv[l], step, r * sizes[l], sizes[l]);
    axpy(readoutBias, readoutBiasGrad, step, r * classes, classes);
    widths.forEach((f, l) => {
      axpy(hidden[l].bias, grads[l].bias, step, r * f, f);
      axpy(hidden[l].gamma, grads[l].gamma, step, r * f, f);
      axpy(hidden[l].beta, grads[l].beta, step, r * f, f);
      if (batchNorm[r]) updateRunning(hidden[l], ws.caches[l][r], ws.n, f, r * f, momentum);
    });
  };

  const result = (): MlpRaceResult => ({
    loss: new Float64Array(k).fill(NaN),
    accuracy: new Float64Array(k).fill(NaN),
  });

  /** Each live network's loss and accuracy on `data` (and, training, the logits' gradient). */
  const lossesOf = (
    ws: ReturnType<typeof workspace>,
    data: Parameters<typeof forward>[1],
    train: boolean,
  ) => {
    const out = result();
    for (let r = 0; r < k; r++) {
      if (!alive[r]) continue;
      const dLogits = train ? ws.dLogitsOf[r] : null;
      const loss = softmaxCrossEntropy(
        ws.logitsOf[r],
        readoutBias,
        r * classes,
        data.labels,
        data.n,
        classes,
        dLogits,
      );
      out.loss[r] = loss.loss;
      out.accuracy[r] = loss.accuracy;
      if (train) backward(ws, r);
    }
    return out;
  };

  return {
    step(data) {
      const ws = workspace(data.n, true);
      forward(ws, data, 'train');
      const out = lossesOf(ws, data, true);
      // Layer 0 of every network at once: dV = dZ X, (K f0 x n) (n x inputs).
      product(ws.dz[0], data.x, k * widths[0], data.n, inputs, dv[0]);
      for (let r = 0; r < k; r++) if (alive[r]) update(ws, r);
      return out;
    },
    evaluate(data) {
      const ws = workspace(data.n, false);
      forward(ws, data, 'eval');
      return lossesOf(ws, data, false);
    },
    stop(r) {
      alive[r] = false;
    },
    weights(l, r) {
      return transpose(vOf[l][r], fanOuts[l], fanIns[l]);
    },
  };
}

/** y[offset ...] += alpha x[offset ...] over `length` entries. */
function axpy(
  y: Float32Array,
  x: Float32Array,
  alpha: number,
  offset: number,
  length: number,
): void {
  for (let i = offset; i < offset + length; i++) y[i] += alpha * x[i];
}

/** out[offset + c] = the sum of row c of m (rows x cols). */
function rowSums(
  m: Float32Array,
  rows: number,
  cols: number,
  out: Float32Array,
  offset: number,
): void {
  for (let c = 0; c < rows; c++) {
    let s = 0;
    for (let i = c * cols; i < (c + 1) * cols; i++) s += m[i];
    out[offset + c] = s;
  }
}
