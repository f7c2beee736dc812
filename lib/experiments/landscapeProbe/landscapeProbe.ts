import type * as tfc from '@tensorflow/tfjs-core';
import { landscapeProbeConfig } from './landscapeProbeConfig';
import { defineExperiment } from '../../training/experiment';
import { etaGrid, summarizeLandscape } from './landscapeSummary';
import { mlpArchitecture } from '../../training/models/netArchitecture';
import {
  applySgd,
  perNetworkSquaredNorm,
  replicaGradients,
} from '../../training/models/replicaGradients';
import { createReplicatedNet } from '../../training/models/replicatedNet';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset, testRows } from '../../training/data/trainTestSplit';
import {
  LANDSCAPE_PROBE_METRICS,
  landscapeMetrics,
  type ProbeHistory,
} from './landscapeProbeMetrics';

export { landscapeProbeConfig, type LandscapeProbeConfig } from './landscapeProbeConfig';

export const NETWORKS = ['standard', 'bn'] as const;

/**
 * Santurkar et al. (2018), Figure 4, live: two copies of a 64-h-h-10 MLP, one
 * with batch norm after each hidden layer, trained by SGD from the same
 * weights on the same minibatches. At every step t, with g_t the gradient on
 * the step's minibatch, each network is probed at w_t - eta g_t for every eta
 * of the grid (loss and gradient there), then takes its step w_t - lr g_t.
 */
export const landscapeProbe = defineExperiment({
  name: 'landscapeProbe',
  config: landscapeProbeConfig,
  metrics: LANDSCAPE_PROBE_METRICS,
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const { train } = splitDataset(data, testRows(data.n, 0.2), random);
    const net = createReplicatedNet(
      tf,
      mlpArchitecture([config.hidden, config.hidden]),
      [false, true],
      config.initScale,
      random,
    );
    const etas = etaGrid(config.learningRate, config.etaPoints, config.etaMin, config.etaMax);
    const x = tf.tensor2d(train.x, [train.n, train.d]);
    const labels = tf.tensor1d(train.y, 'int32');
    const oneHot = tf.tidy(() => tf.cast(tf.oneHot(labels, train.classes), 'float32'));
    const lr = tf.scalar(config.learningRate);
    const nextBatch = minibatches(train.n, config.batchSize, random);
    const history: ProbeHistory = {
      t: 0,
      divergedAt: [null, null],
      beta: [[], []],
      lossBand: [[], []],
    };

    return {
      step() {
        history.t++;
        const idx = nextBatch();
        const values = tf.tidy(() => {
          const index = tf.tensor1d(idx, 'int32');
          const bx = tf.gather(x, index);
          const bOneHot = tf.gather(oneHot, index);
          const bLabels = tf.gather(labels, index);
          const at = replicaGradients(tf, net, net.params, bx, bOneHot, bLabels);
          const gradSq = perNetworkSquaredNorm(tf, at.grads, net.owners, 2);
          const probeLoss: tfc.Tensor[] = [];
          const probeChange: tfc.Tensor[] = [];
          for (const eta of etas) {
            const moved = net.params.map((p, i) => tf.sub(p, tf.mul(at.grads[i], eta)));
            const there = replicaGradients(tf, net, moved, bx, bOneHot, bLabels);
            probeLoss.push(there.loss);
            probeChange.push(
              perNetworkSquaredNorm(
                tf,
                there.grads.map((g, i) => tf.sub(at.grads[i], g)),
                net.owners,
                2,
              ),
            );
          }
          applySgd(
            tf,
            net.params,
            net.owners,
            at.grads,
            [config.learningRate, config.learningRate],
            () => lr,
          );
          return tf.concat([at.loss, at.accuracy, gradSq, ...probeLoss, ...probeChange]);
        });
        const all = values.dataSync();
        values.dispose();
        const e = etas.length;
        const summaries = NETWORKS.map((_, n) =>
          summarizeLandscape(
            etas.map((eta, j) => ({
              eta,
              loss: all[6 + 2 * j + n],
              gradientChange: Math.sqrt(all[6 + 2 * e + 2 * j + n]),
              stepLength: eta * Math.sqrt(all[4 + n]),
            })),
          ),
        );
        return {
          metrics: landscapeMetrics(
            history,
            summaries,
            [all[0], all[1]],
            [all[2], all[3]],
            config.window,
          ),
        };
      },
      dispose() {
        net.dispose();
        tf.dispose([x, labels, oneHot, lr]);
      },
    };
  },
});
