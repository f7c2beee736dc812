// Longer than 300 lines: the forward and backward passes of the five network types are written out side by side, so each can be checked against the others.
import {
  addPatchGradient,
  depthwise,
  depthwiseBackward,
  patches,
  tapIndex,
} from '../../pytorch/conv/patchMatrix';
import { heUniform } from '../../training/models/initialWeights';
import { transpose, type Product } from '../../training/models/product';
import type { Random } from '../../random/seeded';
import { HEAD_CELLS, type RaceConv, type RaceNet } from './convTypeRaceNets';

/** The digits are 8 x 8, one channel; AvgPool2d(4) leaves a 2 x 2 map; ten classes. */
const SIDE = 8;
const POOL = 4;
const CLASSES = 10;
/** tf.train.adam's defaults (epsilon: the float32 backends' epsilon). */
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

interface Layer {
  conv: RaceConv;
  depthwise: boolean;
  w: Float32Array;
  b: Float32Array;
  gw: Float32Array;
  gb: Float32Array;
}

/** One race network trained by hand: forward, backward and Adam on typed arrays, products on `product`. */
export interface ConvRaceTrainer {
  net: RaceNet;
  /** One Adam step on n images (n x 8 x 8) and their labels: the batch's mean cross-entropy. */
  step(images: Float32Array, labels: Int32Array, n: number): number;
  /** Logits (n x 10, row-major) for n images. */
  logits(images: Float32Array, n: number): Float32Array;
  /** All parameters in createRaceModel's order (each conv's filter and bias, then the head's), as tfjs lays them out. */
  parameters(): Float32Array[];
}

/**
 * Buffers by name and size, and tap tables by geometry, made on first use so that a step
 * allocates nothing. The networks of one race share one pool: they train one after another.
 */
export interface ScratchPool {
  buffer(name: string, size: number): Float32Array;
  /** tapIndex for n 8 x 8 images and a k x k kernel with this dilation. */
  taps(n: number, k: number, dilation: number): Int32Array;
}

export function scratchPool(): ScratchPool {
  const buffers = new Map<string, Float32Array>();
  const tables = new Map<string, Int32Array>();
  return {
    buffer(name, size) {
      const key = `${name}:${size}`;
      let b = buffers.get(key);
      if (!b) buffers.set(key, (b = new Float32Array(size)));
      return b;
    },
    taps(n, k, dilation) {
      const key = `${n}:${k}:${dilation}`;
      let t = tables.get(key);
      if (!t) tables.set(key, (t = tapIndex({ n, h: SIDE, w: SIDE, k, dilation })));
      return t;
    },
  };
}

const isDepthwise = (c: RaceConv) => c.groups === c.inC && c.outC === c.inC && c.groups > 1;

/**
 * A race network (see raceNets) trained exactly as convTypeRaceModel's tfjs version with
 * tf.train.adam, without autograd: each convolution is a patch matrix times the filter
 * (one product per group, lib/pytorch/conv/patchMatrix), its filter gradient dWᵀ = dYᵀ P and its
 * input gradient the patch matrix's adjoint applied to dY Wᵀ; the depthwise convolution,
 * the pooling, the bias and ReLU passes and Adam are loops over preallocated arrays.
 * The initial weights are drawn as createRaceModel draws them, in the same order.
 */
export function createConvRaceTrainer(
  net: RaceNet,
  product: Product,
  random: Random,
  learningRate: number,
  pool: ScratchPool = scratchPool(),
): ConvRaceTrainer {
  // Filters as tfjs lays them out: [K, K, C/g, M], or [K, K, C] for a depthwise convolution.
  const shapes = net.convs.map((c) => ({
    w: c.k * c.k * (isDepthwise(c) ? c.inC : (c.inC / c.groups) * c.outC),
    b: c.outC,
    fanIn: (c.inC / c.groups) * c.k * c.k,
  }));
  const features = net.width * HEAD_CELLS;
  const total = shapes.reduce((s, x) => s + x.w + x.b, 0) + features * CLASSES + CLASSES;
  const params = new Float32Array(total);
  const grads = new Float32Array(total);
  const m = new Float32Array(total);
  const v = new Float32Array(total);
  let at = 0;
  const take = (size: number) => [params.subarray(at, at + size), grads.subarray(at, (at += size))];
  const layers: Layer[] = net.convs.map((conv, i) => {
    const [w, gw] = take(shapes[i].w);
    w.set(heUniform(random, shapes[i].w, shapes[i].fanIn, 1));
    const [b, gb] = take(shapes[i].b);
    return { conv, depthwise: isDepthwise(conv), w, b, gw, gb };
  });
  const [wd, gwd] = take(features * CLASSES);
  wd.set(heUniform(random, features * CLASSES, features, 1));
  const [bd, gbd] = take(CLASSES);
  const scratch = pool.buffer;
  let t = 0;

  /** Layer i's output (n·64 x outC, after bias and ReLU) from its input `h`; its patch matrices stay for the backward pass. */
  function convForward(i: number, h: Float32Array, n: number, out: Float32Array) {
    const { conv, w, b } = layers[i];
    const rows = n * SIDE * SIDE;
    const taps = pool.taps(n, conv.k, conv.dilation);
    if (layers[i].depthwise) depthwise(h, taps, conv.k * conv.k, conv.inC, w, out);
    else {
      const cg = conv.inC / conv.groups;
      const mg = conv.outC / conv.groups;
      const width = conv.k * conv.k * cg;
      for (let j = 0; j < conv.groups; j++) {
        const p =
          conv.k === 1 && conv.groups === 1
            ? h
            : patches(h, taps, conv.inC, j * cg, cg, scratch(`patches${i}.${j}`, rows * width));
        if (conv.groups === 1) product(p, w, rows, width, conv.outC, out);
        else
          copyColumns(
            product(
              p,
              columns(w, width, conv.outC, j * mg, mg, scratch('wj', width * mg)),
              rows,
              width,
              mg,
              scratch('yj', rows * mg),
            ),
            rows,
            mg,
            out,
            conv.outC,
            j * mg,
          );
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0, o = r * conv.outC; c < conv.outC; c++, o++) {
        const y = out[o] + b[c];
        out[o] = !conv.relu || !(y <= 0) ? y : 0;
      }
    }
  }

  /** Forward pass; the activations of every layer stay in the scratch pool for the backward pass. */
  function forward(
    images: Float32Array,
    n: number,
  ): { acts: Float32Array[]; feat: Float32Array; logits: Float32Array } {
    const acts: Float32Array[] = [];
    let h = images;
    net.convs.forEach((c, i) => {
      const out = scratch(`a${i}`, n * SIDE * SIDE * c.outC);
      convForward(i, h, n, out);
      acts.push((h = out));
    });
    const feat = avgPool(h, n, net.width, scratch('feat', n * features));
    const logits = product(feat, wd, n, features, CLASSES, scratch('logits', n * CLASSES));
    for (let r = 0; r < n; r++) for (let c = 0; c < CLASSES; c++) logits[r * CLASSES + c] += bd[c];
    return { acts, feat, logits };
  }

  /** Gradients of layer i from dL/d(output) `dz` (overwritten by the ReLU mask); dL/d(input) when needed. */
  function convBackward(
    i: number,
    input: Float32Array,
    out: Float32Array,
    dz: Float32Array,
    n: number,
  ): Float32Array | null {
    const { conv, w, gw, gb } = layers[i];
    const rows = n * SIDE * SIDE;
    for (let r = 0; r < rows; r++) {
      for (let c = 0, o = r * conv.outC; c < conv.outC; c++, o++) {
        if (conv.relu && !(out[o] > 0)) dz[o] = 0;
        gb[c] += dz[o];
      }
    }
    const taps = pool.taps(n, conv.k, conv.dilation);
    const dIn = i > 0 ? scratch(`d${i}`, rows * conv.inC).fill(0) : null;
    if (layers[i].depthwise) {
      depthwiseBackward(input, taps, conv.k * conv.k, conv.inC, w, dz, gw, dIn);
      return dIn;
    }
    const cg = conv.inC / conv.groups;
    const mg = conv.outC / conv.groups;
    const width = conv.k * conv.k * cg;
    for (let j = 0; j < conv.groups; j++) {
      const dzj =
        conv.groups === 1
          ? dz
          : columns(dz, rows, conv.outC, j * mg, mg, scratch('dzj', rows * mg));
      const p =
        conv.k === 1 && conv.groups === 1 ? input : scratch(`patches${i}.${j}`, rows * width);
      // dWᵀ = dYᵀ P (mg x width), added into the filter's columns of this group.
      const dwT = product(
        transpose(dzj, rows, mg, scratch('dzT', rows * mg)),
        p,
        mg,
        rows,
        width,
        scratch('dwT', mg * width),
      );
      for (let q = 0; q < width; q++)
        for (let c = 0; c < mg; c++) gw[q * conv.outC + j * mg + c] += dwT[c * width + q];
      if (!dIn) continue;
      const wj =
        conv.groups === 1 ? w : columns(w, width, conv.outC, j * mg, mg, scratch('wj', width * mg));
      const dp = product(
        dzj,
        transpose(wj, width, mg, scratch('wjT', mg * width)),
        rows,
        mg,
        width,
        scratch('dp', rows * width),
      );
      if (conv.k === 1 && conv.groups === 1) dIn.set(dp);
      else addPatchGradient(dp, taps, conv.inC, j * cg, cg, dIn);
    }
    return dIn;
  }

  function adam() {
    t++;
    const { beta1, beta2, epsilon } = ADAM;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let i = 0; i < total; i++) {
      const g = grads[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      params[i] -= (learningRate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + epsilon);
    }
  }

  return {
    net,
    step(images, labels, n) {
      const { acts, feat, logits } = forward(images, n);
      const dLogits = scratch('dLogits', n * CLASSES);
      const loss = softmaxCrossEntropy(logits, labels, n, dLogits);
      grads.fill(0);
      product(
        transpose(feat, n, features, scratch('featT', n * features)),
        dLogits,
        features,
        n,
        CLASSES,
        gwd,
      );
      for (let r = 0; r < n; r++)
        for (let c = 0; c < CLASSES; c++) gbd[c] += dLogits[r * CLASSES + c];
      const dFeat = product(
        dLogits,
        transpose(wd, features, CLASSES, scratch('wdT', CLASSES * features)),
        n,
        CLASSES,
        features,
        scratch('dFeat', n * features),
      );
      let d: Float32Array | null = avgPoolBackward(
        dFeat,
        n,
        net.width,
        scratch('dTop', n * SIDE * SIDE * net.width),
      );
      for (let i = layers.length - 1; i >= 0 && d; i--)
        d = convBackward(i, i > 0 ? acts[i - 1] : images, acts[i], d, n);
      adam();
      return loss;
    },
    logits(images, n) {
      return forward(images, n).logits.slice();
    },
    parameters() {
      return [...layers.flatMap((l) => [l.w, l.b]), wd, bd].map((p) => p.slice());
    },
  };
}

/** Columns [c0, c0 + count) of a rows x cols matrix, into `out` (rows x count). */
function columns(
  a: Float32Array,
  rows: number,
  cols: number,
  c0: number,
  count: number,
  out: Float32Array,
): Float32Array {
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < count; c++) out[r * count + c] = a[r * cols + c0 + c];
  return out;
}

/** Writes `a` (rows x count) into columns [c0, c0 + count) of `out` (rows x cols). */
function copyColumns(
  a: Float32Array,
  rows: number,
  count: number,
  out: Float32Array,
  cols: number,
  c0: number,
): void {
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < count; c++) out[r * cols + c0 + c] = a[r * count + c];
}

/** AvgPool2d(4) of n 8 x 8 x C maps: n x (2 · 2 · C) features in NHWC order (what tf.reshape flattens). */
function avgPool(h: Float32Array, n: number, channels: number, out: Float32Array): Float32Array {
  out.fill(0);
  const cells = SIDE / POOL;
  for (let b = 0; b < n; b++) {
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const to =
          (b * cells * cells + Math.floor(y / POOL) * cells + Math.floor(x / POOL)) * channels;
        const from = ((b * SIDE + y) * SIDE + x) * channels;
        for (let c = 0; c < channels; c++) out[to + c] += h[from + c] / (POOL * POOL);
      }
    }
  }
  return out;
}

function avgPoolBackward(
  dFeat: Float32Array,
  n: number,
  channels: number,
  out: Float32Array,
): Float32Array {
  const cells = SIDE / POOL;
  for (let b = 0; b < n; b++) {
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const from =
          (b * cells * cells + Math.floor(y / POOL) * cells + Math.floor(x / POOL)) * channels;
        const to = ((b * SIDE + y) * SIDE + x) * channels;
        for (let c = 0; c < channels; c++) out[to + c] = dFeat[from + c] / (POOL * POOL);
      }
    }
  }
  return out;
}

/** Mean softmax cross-entropy of n x C logits; dL/dlogits = (softmax − one-hot) / n into `d`. */
function softmaxCrossEntropy(
  logits: Float32Array,
  labels: Int32Array,
  n: number,
  d: Float32Array,
): number {
  let loss = 0;
  for (let r = 0; r < n; r++) {
    const row = r * CLASSES;
    let max = -Infinity;
    for (let c = 0; c < CLASSES; c++) max = Math.max(max, logits[row + c]);
    let sum = 0;
    for (let c = 0; c < CLASSES; c++) sum += d[row + c] = Math.exp(logits[row + c] - max);
    loss += Math.log(sum) + max - logits[row + labels[r]];
    for (let c = 0; c < CLASSES; c++)
      d[row + c] = (d[row + c] / sum - (c === labels[r] ? 1 : 0)) / n;
  }
  return loss / n;
}
