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
): { rows: FlowRow[]; problem: string | null } {
  const names = module.children().map(([name]) => name);
  const rows = shapeFlow(session, names, batch, features);
  const failed = rows.find((r) => r.error);
  const problem = digitsFlowProblem(
    failed ? { name: failed.name, error: failed.error! } : null,
    flowOutput(rows, [batch, features]),
    classes,
  );
  return { rows, problem };
}

/** Just the verdict of `digitsFlow`. */
export const digitsNetworkProblem = (built: SessionModule, batch: number): string | null =>
  digitsFlow(built, batch).problem;

/**
 * The same verdict from a forward pass already run: the child that raised (with the
 * traceback's last line), or else the output shape.
 */
function digitsFlowProblem(
  failed: { name: string; error: string } | null,
  out: readonly number[],
  classes = 10,
): string | null {
  if (failed) return `layer (${failed.name}): ${failed.error}`;
  if (out.length !== 2)
    return `the output has shape ${formatDims(out)}; cross_entropy wants [batch, ${classes}]`;
  if (out[1] < classes)
    return `IndexError: Target ${classes - 1} is out of bounds. (the network gives ${out[1]} scores for ${classes} classes)`;
  if (out[1] !== classes)
    return `the network gives ${out[1]} scores per image, but digits has ${classes} classes`;
  return null;
}

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
