import { minibatches } from '../../training/data/minibatches';
import { splitDataset, testRows } from '../../training/data/trainTestSplit';
import { defineExperiment, type MetricName, type Metrics } from '../../training/experiment';
import { tfProduct } from '../../training/models/product';
import { raceNets } from './convTypeRaceNets';
import { createConvRaceTrainer, scratchPool, type ConvRaceTrainer } from './convTypeRaceTrainer';
import { convTypeRaceConfig } from './convTypeRaceConfig';
export { convTypeRaceConfig, digitRunFields, type ConvTypeRaceConfig } from './convTypeRaceConfig';

/** Test images per forward pass when measuring accuracy. */
const EVAL_CHUNK = 64;

function argMax(values: Float32Array, offset: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[offset + i] > values[offset + best]) best = i;
  return best;
}

const CONV_TYPE_RACE_METRICS = ['loss-*', 'accuracy-*'] as const;
type Metric = MetricName<(typeof CONV_TYPE_RACE_METRICS)[number]>;

/**
 * Five small CNNs of equal depth (see `raceNets`) trained side by side on the 8×8 digits with
 * Adam and cross-entropy, on the same minibatches. Every step reports each network's batch
 * loss (`loss-<id>`); every `evalEvery` steps, its accuracy on the held-out test images
 * (`accuracy-<id>`).
 */
export const convTypeRace = defineExperiment({
  name: 'convTypeRace',
  config: convTypeRaceConfig,
  metrics: CONV_TYPE_RACE_METRICS,
  watch: [
    'loss-standard',
    'loss-dilated',
    'loss-grouped',
    'loss-depthwise-separable',
    'loss-bottleneck',
  ],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    if (config.width % config.groups !== 0)
      throw new Error(`groups (${config.groups}) must divide the width (${config.width})`);
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, testRows(data.n, config.testFraction), random);
    const product = tfProduct(tf);
    const scratch = scratchPool();
    const trainers = raceNets(config).map((net) =>
      createConvRaceTrainer(net, product, random, config.learningRate, scratch),
    );
    const batch = Math.min(config.batchSize, train.n);
    const images = new Float32Array(batch * train.d);
    const labels = new Int32Array(batch);
    const nextBatch = minibatches(train.n, batch, random);
    let step = 0;

    /** Test accuracy, in chunks so that the buffers stay the size of a few minibatches. */
    const accuracy = (trainer: ConvRaceTrainer) => {
      let correct = 0;
      for (let start = 0; start < test.n; start += EVAL_CHUNK) {
        const n = Math.min(EVAL_CHUNK, test.n - start);
        const logits = trainer.logits(test.x.subarray(start * test.d, (start + n) * test.d), n);
        for (let i = 0; i < n; i++) if (argMax(logits, i * 10, 10) === test.y[start + i]) correct++;
      }
      return correct / test.n;
    };

    return {
      step() {
        step++;
        nextBatch().forEach((row, i) => {
          images.set(train.x.subarray(row * train.d, (row + 1) * train.d), i * train.d);
          labels[i] = train.y[row];
        });
        const metrics: Metrics<Metric> = {};
        for (const trainer of trainers)
          metrics[`loss-${trainer.net.id}`] = trainer.step(images, labels, batch);
        if (step % config.evalEvery === 0 || step === config.steps) {
          for (const trainer of trainers) metrics[`accuracy-${trainer.net.id}`] = accuracy(trainer);
        }
        return { metrics };
      },
      dispose() {},
    };
  },
});
