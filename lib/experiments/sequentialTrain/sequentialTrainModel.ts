import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import { failureLine } from '../../pytorch/errors';
import {
  Linear,
  namedParameters,
  Sequential,
  seededNn,
  shapeFlow,
  type Module,
} from '../../pytorch/nn';
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

/**
 * `torch.manual_seed(seed); nn.Sequential(...)` of the specs, positional or
 * with an OrderedDict of `names`: the same initial weights PyTorch draws.
 */
export function buildSequential(
  layers: readonly LayerSpec[],
  seed: number,
  names?: readonly string[],
): Sequential {
  const nn = seededNn(seed);
  const modules = layers.map((l) => {
    if (l.kind === 'linear') return nn.Linear(l.inFeatures, l.outFeatures, l.bias);
    return { relu: nn.ReLU, tanh: nn.Tanh, identity: nn.Identity, flatten: () => nn.Flatten() }[
      l.kind
    ]();
  });
  return names
    ? new Sequential({ orderedDict: modules.map((m, i) => [names[i], m] as const) })
    : new Sequential(...modules);
}

/**
 * What stops a network from training on digits before it starts: a shape
 * error inside (PyTorch's message), or an output that is not 10 class scores
 * (what `F.cross_entropy` would say for labels up to 9). Null when it fits.
 */
export function digitsNetworkProblem(
  model: Sequential,
  batch: number,
  features = 64,
  classes = 10,
): string | null {
  const flow = shapeFlow(model, [batch, features]);
  const failed = flow.find((r) => r.error);
  const out = flow.length ? flow[flow.length - 1].output : [batch, features];
  return digitsFlowProblem(
    failed?.error ? { name: failed.name, error: failureLine(failed.error) } : null,
    out ?? [],
    classes,
  );
}

/**
 * The same verdict from a forward pass already run: the child that raised (with the
 * traceback's last line), or else the output shape.
 */
export function digitsFlowProblem(
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
export function parameterVariables(tf: Tf, module: Module): Map<string, Variable> {
  return new Map(
    namedParameters(module).map(([name, p]) => [
      name,
      tf.tidy(() => tf.variable(tf.tensor(p.values, [...p.shape], 'float32'), true, undefined)),
    ]),
  );
}

/** `Sequential.forward` in tfjs: each child in turn, Linear as x Wᵀ + b. `vars` are looked up as `<child>.weight`. */
export function sequentialForward(
  tf: Tf,
  model: Sequential,
  vars: ReadonlyMap<string, Tensor>,
  x: Tensor,
): Tensor {
  let h = x;
  for (const [name, child] of model._modules) {
    if (child instanceof Linear) {
      const w = vars.get(`${name}.weight`)!;
      const b = vars.get(`${name}.bias`);
      h = tf.matMul(h, w, false, true);
      if (b) h = tf.add(h, b);
    } else if (child?.typeName === 'ReLU') h = tf.relu(h);
    else if (child?.typeName === 'Tanh') h = tf.tanh(h);
    else if (child?.typeName === 'Flatten') h = tf.reshape(h, [h.shape[0], -1]);
  }
  return h;
}
