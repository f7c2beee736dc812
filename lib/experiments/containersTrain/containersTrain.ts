import { containersTrainConfig } from './containersTrainConfig';
import type { Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import { minibatches } from '../../training/data/minibatches';
import {
  defineExperiment,
  type MetricName,
  type Metrics,
  type Tf,
} from '../../training/experiment';
import { namedParametersOf } from '../../pytorch/python/moduleMethods';
import type { Tensor as TorchTensor } from '../../pytorch/tensor';
import { parameterCount } from '../../pytorch/widgets/sessionModule';
import type { PyModule } from '../../pytorch/python/moduleObject';
import { pitfallModel, type HiddenHolder } from './containersTrainModel';
import { accuracy, crossEntropy, splitForTraining } from '../sequentialTrain/sequentialTrainData';

export { containersTrainConfig, type ContainersTrainConfig } from './containersTrainConfig';

const HOLDERS: readonly HiddenHolder[] = ['moduleList', 'plainList'];

interface Twin {
  holder: HiddenHolder;
  weights: Variable[];
  biases: Variable[];
  initial: Tensor[];
  /** the variables `model.parameters()` hands the optimiser */
  registered: Variable[];
  params: number;
}

function twin(tf: Tf, holder: HiddenHolder, hidden: number, seed: number): Twin {
  const { module, layers } = pitfallModel(holder, hidden, seed);
  const param = (layer: PyModule, name: string) => layer.getattr!(name) as TorchTensor;
  const toVar = (p: TorchTensor) =>
    tf.tidy(() => tf.variable(tf.tensor(Array.from(p.values()), [...p.shape], 'float32')));
  const weights = layers.map((l) => toVar(param(l, 'weight')));
  const biases = layers.map((l) => toVar(param(l, 'bias')));
  const registeredSet = new Set(namedParametersOf(module).map(([, p]) => p));
  const registered = layers.flatMap((l, i) => [
    ...(registeredSet.has(param(l, 'weight')) ? [weights[i]] : []),
    ...(registeredSet.has(param(l, 'bias')) ? [biases[i]] : []),
  ]);
  return {
    holder,
    weights,
    biases,
    initial: weights.map((w) => tf.clone(w)),
    registered,
    params: parameterCount(module),
  };
}

const CONTAINERS_TRAIN_METRICS = [
  'lossModuleList',
  'lossPlainList',
  'accuracyModuleList',
  'accuracyPlainList',
  'paramsModuleList',
  'paramsPlainList',
  'changeModuleList*',
  'changePlainList*',
] as const;
type Metric = MetricName<(typeof CONTAINERS_TRAIN_METRICS)[number]>;

/**
 * The plain-list pitfall, run: two copies of the same network (same initial
 * weights), one holding its hidden layers in `nn.ModuleList`, one in a plain
 * Python list. Each is trained with `optim.SGD(model.parameters())` on digits.
 * Per step: both losses and held-out accuracies, and ‖W_t − W_0‖ of every
 * layer's weight; the list-held layers of the second model stay at 0.
 */
export const containersTrain = defineExperiment({
  name: 'containersTrain',
  config: containersTrainConfig,
  metrics: CONTAINERS_TRAIN_METRICS,
  watch: ['lossModuleList', 'lossPlainList'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const split = splitForTraining(tf, data, random);
    const nextBatch = minibatches(split.nTrain, config.batchSize, random);
    const seed = random.fork();
    const twins = HOLDERS.map((h) => twin(tf, h, config.hidden, seed));
    const optimizers = twins.map(() => tf.train.sgd(config.learningRate));
    const forward = (t: Twin, x: Tensor) => {
      let h = x;
      t.weights.forEach((w, i) => {
        h = tf.add(tf.matMul(h, w, false, true), t.biases[i]);
        if (i < t.weights.length - 1) h = tf.relu(h);
      });
      return h;
    };
    return {
      step() {
        const idx = tf.tensor1d(nextBatch(), 'int32');
        const metrics: Metrics<Metric> = {};
        twins.forEach((t, k) => {
          const name = t.holder === 'moduleList' ? ('ModuleList' as const) : ('PlainList' as const);
          const lossT = optimizers[k].minimize(
            () =>
              tf.tidy(() =>
                crossEntropy(
                  tf,
                  forward(t, tf.gather(split.trainX, idx)),
                  tf.gather(split.trainY, idx),
                  data.classes,
                ),
              ) as Scalar,
            true,
            t.registered,
          );
          metrics[`loss${name}`] = lossT ? lossT.dataSync()[0] : NaN;
          lossT?.dispose();
          const logits = tf.tidy(() => forward(t, split.testX));
          metrics[`accuracy${name}`] = accuracy(tf, logits, split.testY);
          logits.dispose();
          t.weights.forEach((w, i) => {
            metrics[`change${name}${i}`] = tf.tidy(
              () => tf.norm(tf.sub(w, t.initial[i])).dataSync()[0],
            );
          });
          metrics[`params${name}`] = t.params;
        });
        idx.dispose();
        return { metrics };
      },
      dispose() {
        optimizers.forEach((o) => o.dispose());
        for (const t of twins) tf.dispose([...t.weights, ...t.biases, ...t.initial]);
        split.dispose();
      },
    };
  },
});
