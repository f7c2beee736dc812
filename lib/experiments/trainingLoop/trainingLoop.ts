import { defineExperiment } from '../../training/experiment';
import { linearDefaultInit } from '../../pytorch/kernels/linearInit';
import { TRAINING_LOOP_X, TRAINING_LOOP_Y } from './trainingLoopData';
import { trainingLoopConfig } from './trainingLoopConfig';
export { trainingLoopConfig, type TrainingLoopConfig } from './trainingLoopConfig';

/**
 * The lecture's loop, one full-batch step per call: zero_grad, forward
 * y = xw + b, MSE loss, backward, SGD step p -= lr * p.grad. Gradients come
 * from tf.grads; without zero_grad they are summed into the running .grad as
 * PyTorch's AccumulateGrad does. The metrics are the loss before the step and
 * the weight and bias after it.
 */
export const trainingLoop = defineExperiment({
  name: 'trainingLoop',
  config: trainingLoopConfig,
  metrics: ['loss', 'weight', 'bias', 'weightGrad', 'biasGrad'],
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf }) {
    const init = linearDefaultInit(1, 1, { seed: config.torchSeed });
    const w = tf.tidy(() => tf.variable(tf.scalar(init.weight[0])));
    const b = tf.tidy(() => tf.variable(tf.scalar(init.bias![0])));
    const x = tf.tensor1d(TRAINING_LOOP_X);
    const y = tf.tensor1d(TRAINING_LOOP_Y);
    let gw = 0;
    let gb = 0;
    const lossOf = (wv: typeof w, bv: typeof b) =>
      tf.mean(tf.square(tf.sub(tf.add(tf.mul(x, wv), bv), y)));

    return {
      step() {
        const [loss, dw, db] = tf.tidy(() => {
          const { value, grads } = tf.variableGrads(
            () => lossOf(w, b) as ReturnType<typeof tf.scalar>,
            [w, b],
          );
          const out = [
            value.dataSync()[0],
            grads[w.name].dataSync()[0],
            grads[b.name].dataSync()[0],
          ];
          return out;
        });
        gw = config.skipZeroGrad ? gw + dw : dw;
        gb = config.skipZeroGrad ? gb + db : db;
        tf.tidy(() => {
          w.assign(tf.sub(w, tf.scalar(config.learningRate * gw)));
          b.assign(tf.sub(b, tf.scalar(config.learningRate * gb)));
        });
        return {
          metrics: {
            loss,
            weight: w.dataSync()[0],
            bias: b.dataSync()[0],
            weightGrad: gw,
            biasGrad: gb,
          },
        };
      },
      dispose() {
        tf.dispose([w, b, x, y]);
      },
    };
  },
});
