import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import type { PyModule } from '../../pytorch/python/moduleObject';
import { nnSetup } from '../../pytorch/widgets/replLines';
import {
  parameterValues,
  sessionModule,
  type SessionModule,
} from '../../pytorch/widgets/sessionModule';
import { flowOutput, shapeFlow, type FlowRow } from '../../pytorch/widgets/shapeFlow';
import { formatDims } from '../../pytorch/formatShape';
import type { LayerSpec } from './sequentialTrainConfig';
export { layerSpec, type LayerSpec } from './sequentialTrainConfig';

/** The Python constructor a layer spec stands for, e.g. `nn.Linear(64, 32)`. */
export function layerCode(layer: LayerSpec): string {
  if (layer.kind === 'linear')
    return `nn.Linear(${layer.inFeatures}, ${layer.outFeatures}${layer.bias ? '' : ', bias=False'})`;
  return {
    relu: 'nn.ReLU()',
    tanh: 'nn.Tanh()',
    identity: 'nn.Identity()',
    flatten: 'nn.Flatten()',
  }[layer.kind];
}

/** `model = nn.Sequential(...)`, positional or with an OrderedDict of `names`. */
export function sequentialStatement(
  layers: readonly LayerSpec[],
  names?: readonly string[],
): string {
  const codes = layers.map(layerCode);
  return names
    ? `model = nn.Sequential(OrderedDict([${codes.map((c, i) => `('${names[i]}', ${c})`).join(', ')}]))`
    : `model = nn.Sequential(${codes.join(', ')})`;
}

/**
 * `torch.manual_seed(seed); model = nn.Sequential(...)` of the specs, positional or with
 * an OrderedDict of `names`, run in a fresh session: the initial weights PyTorch draws.
 */
export function buildSequential(
  layers: readonly LayerSpec[],
  seed: number,
  names?: readonly string[],
): SessionModule {
  return sessionModule([
    ...nnSetup(seed),
    'from collections import OrderedDict',
    sequentialStatement(layers, names),
  ]);
}

/** Why a network cannot train on the digits, as data (a widget words it in its page's language). */
export type DigitsProblem =
  /** a child raised in the forward pass: its name and the traceback's last line */
  | { kind: 'layer-error'; layer: string; error: string }
  /** the output is not `[batch, scores]` */
  | { kind: 'not-2d'; shape: number[]; classes: number }
  /** fewer scores than classes: `F.cross_entropy` raises for the largest label */
  | { kind: 'too-few-scores'; scores: number; classes: number }
  | { kind: 'too-many-scores'; scores: number; classes: number };

/**
 * The network's forward pass on a zero `[batch, features]` batch in its session, child by
 * child, and what stops it from training on digits before it starts: a shape error inside
 * (PyTorch's message), or an output that is not 10 class scores (what `F.cross_entropy`
 * would say for labels up to 9). The problem is null when it fits.
 */
export function digitsFlow(
  { session, module }: SessionModule,
  batch: number,
  features = 64,
  classes = 10,
): { rows: FlowRow[]; problem: DigitsProblem | null } {
  const names = module.children().map(([name]) => name);
  const rows = shapeFlow(session, names, batch, features);
  const failed = rows.find((r) => r.error);
  const out = flowOutput(rows, [batch, features]);
  let problem: DigitsProblem | null = null;
  if (failed) problem = { kind: 'layer-error', layer: failed.name, error: failed.error! };
  else if (out.length !== 2) problem = { kind: 'not-2d', shape: out, classes };
  else if (out[1] < classes) problem = { kind: 'too-few-scores', scores: out[1], classes };
  else if (out[1] !== classes) problem = { kind: 'too-many-scores', scores: out[1], classes };
  return { rows, problem };
}

/** `F.cross_entropy`'s error for labels up to `classes - 1` against fewer scores, as PyTorch 1.13 prints it. */
export const targetOutOfBounds = (classes: number): string =>
  `IndexError: Target ${classes - 1} is out of bounds.`;

/** A problem in English, for the engine's error when a run is started anyway. */
export function digitsProblemText(problem: DigitsProblem): string {
  switch (problem.kind) {
    case 'layer-error':
      return `layer (${problem.layer}): ${problem.error}`;
    case 'not-2d':
      return `the output has shape ${formatDims(problem.shape)}; cross_entropy wants [batch, ${problem.classes}]`;
    case 'too-few-scores':
      return `${targetOutOfBounds(problem.classes)} (the network gives ${problem.scores} scores for ${problem.classes} classes)`;
    case 'too-many-scores':
      return `the network gives ${problem.scores} scores per image, but digits has ${problem.classes} classes`;
  }
}

/** Just the verdict of `digitsFlow`, in English. */
export const digitsNetworkProblem = (built: SessionModule, batch: number): string | null => {
  const { problem } = digitsFlow(built, batch);
  return problem && digitsProblemText(problem);
};

/** tfjs variables holding a module's registered parameters, by `named_parameters()` name. */
export function parameterVariables(tf: Tf, module: PyModule): Map<string, Variable> {
  return new Map(
    parameterValues(module).map(({ name, shape, values }) => [
      name,
      tf.tidy(() => tf.variable(tf.tensor(values, shape, 'float32'), true, undefined)),
    ]),
  );
}

/** `Sequential.forward` in tfjs: each child in turn, Linear as x Wᵀ + b. `vars` are looked up as `<child>.weight`. */
export function sequentialForward(
  tf: Tf,
  model: PyModule,
  vars: ReadonlyMap<string, Tensor>,
  x: Tensor,
): Tensor {
  let h = x;
  for (const [name, child] of model.children()) {
    const kind = child?.typeName;
    if (kind === 'Linear') {
      const w = vars.get(`${name}.weight`)!;
      const b = vars.get(`${name}.bias`);
      h = tf.matMul(h, w, false, true);
      if (b) h = tf.add(h, b);
    } else if (kind === 'ReLU') h = tf.relu(h);
    else if (kind === 'Tanh') h = tf.tanh(h);
    else if (kind === 'Flatten') h = tf.reshape(h, [h.shape[0], -1]);
  }
  return h;
}
