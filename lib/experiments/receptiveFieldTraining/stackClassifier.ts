import type * as tfc from '@tensorflow/tfjs-core';
import { stackByPatches } from '../../pytorch/conv/stackByPatches';
import { stackSizes, type StackLayer } from '../../pytorch/conv/receptiveField';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';

/** Per layer, the k² weights of a convolution (row-major) or null for a pool. */
export type StackKernels = (Float32Array | null)[];

/**
 * The stack's kernels before training: uniform on `±sqrt(3)/k`, variance `1/k²`, so a
 * layer of the linear stack keeps the signal's variance (LeCun uniform, fan-in k²).
 * The first draws of `random`: the page reproduces them from the seed to show step 0.
 */
export function initialStackKernels(layers: readonly StackLayer[], random: Random): StackKernels {
  return layers.map((l) => {
    if (l.type !== 'conv') return null;
    const bound = Math.sqrt(3) / l.kernel;
    return Float32Array.from(
      { length: l.kernel * l.kernel },
      () => (random.uniform() * 2 - 1) * bound,
    );
  });
}

/** The stack's kernels as the `k × k` rows a gradient map takes (pools give undefined). */
export function kernelRows(
  layers: readonly StackLayer[],
  kernels: StackKernels,
): (number[][] | undefined)[] {
  return layers.map((l, i) => {
    const w = kernels[i];
    return w
      ? Array.from({ length: l.kernel }, (_, r) =>
          Array.from(w.subarray(r * l.kernel, (r + 1) * l.kernel)),
        )
      : undefined;
  });
}

const NO_CONVOLUTION =
  'This stack has no convolution, so it has no kernel to train: add a convolution layer.';

/**
 * Why a stack cannot be trained: it does not fit the input (`error`: PyTorch's message, as the
 * library words it), or it has no convolution, so no kernel to train. The page words the second.
 */
export type StackTrainingProblem =
  | { kind: 'does-not-fit'; error: string }
  | { kind: 'no-convolution' };

/** Why a stack cannot be trained on a `size × size` input, or null when it can. */
export function stackTrainingProblem(
  layers: readonly StackLayer[],
  inputSize: number,
): StackTrainingProblem | null {
  try {
    stackSizes(layers, [inputSize, inputSize]);
  } catch (error) {
    return { kind: 'does-not-fit', error: error instanceof Error ? error.message : String(error) };
  }
  return layers.some((l) => l.type === 'conv') ? null : { kind: 'no-convolution' };
}

/** A digit classifier: the student's single-channel stack, then a linear read-out of its whole output map. */
export interface StackClassifier {
  layers: readonly StackLayer[];
  kernels: (tfc.Variable | null)[];
  readout: { w: tfc.Variable; b: tfc.Variable };
  variables: tfc.Variable[];
}

/**
 * Creates the classifier's variables: the kernels first (`initialStackKernels`), then the
 * read-out, uniform on `±sqrt(6 / features)` with zero biases. Throws PyTorch's error for a
 * stack that does not fit the input, and says so when the stack has nothing to train.
 */
export function createStackClassifier(
  tf: Tf,
  layers: readonly StackLayer[],
  inputSize: number,
  random: Random,
): StackClassifier {
  const sizes = stackSizes(layers, [inputSize, inputSize]);
  if (!layers.some((l) => l.type === 'conv')) throw new Error(NO_CONVOLUTION);
  const [outH, outW] = sizes[sizes.length - 1];
  const features = outH * outW;
  // tidy frees the initial tensors; the variables keep their own copies.
  const kernels: (tfc.Variable | null)[] = initialStackKernels(layers, random).map((w) =>
    w ? tf.tidy(() => tf.variable(tf.tensor1d(w))) : null,
  );
  const bound = Math.sqrt(6 / features);
  const readout = Float32Array.from(
    { length: features * 10 },
    () => (random.uniform() * 2 - 1) * bound,
  );
  const w = tf.tidy(() => tf.variable(tf.tensor2d(readout, [features, 10])));
  const b = tf.tidy(() => tf.variable(tf.zeros([10])));
  const variables = [...kernels.filter((k): k is tfc.Variable => k !== null), w, b];
  return { layers, kernels, readout: { w, b }, variables };
}

/** Logits `[N, 10]` for images `[N, S, S, 1]`: the stack (no nonlinearity, as the widget draws it), flattened, Linear. */
export function stackLogits(tf: Tf, model: StackClassifier, images: tfc.Tensor4D): tfc.Tensor2D {
  const maps = stackByPatches(tf, images, model.layers, model.kernels as (tfc.Tensor1D | null)[]);
  const flat = tf.reshape(maps, [maps.shape[0], -1]) as tfc.Tensor2D;
  return tf.add(
    tf.matMul(flat, model.readout.w as tfc.Tensor as tfc.Tensor2D),
    model.readout.b,
  ) as tfc.Tensor2D;
}

/** The conv kernels' current values, concatenated in layer order (what the page turns back into rows). */
export function readKernels(model: StackClassifier): Float32Array {
  const parts = model.kernels
    .filter((k): k is tfc.Variable => k !== null)
    .map((k) => k.dataSync() as Float32Array);
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Splits `readKernels`' concatenation back into per-layer kernels. */
export function splitKernels(layers: readonly StackLayer[], flat: Float32Array): StackKernels {
  let offset = 0;
  return layers.map((l) => {
    if (l.type !== 'conv') return null;
    const w = flat.slice(offset, offset + l.kernel * l.kernel);
    offset += l.kernel * l.kernel;
    return w;
  });
}
