import type { Tensor } from '@tensorflow/tfjs-core';
import type { Dataset } from '../../training/data/dataset';
import { shuffleSplit, testRows } from '../../training/data/trainTestSplit';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';

/** A shuffled train / held-out split of a data set as tensors. */
export interface DigitsSplit {
  trainX: Tensor;
  trainY: Tensor;
  testX: Tensor;
  testY: Tensor;
  nTrain: number;
  nTest: number;
  dispose(): void;
}

export function splitForTraining(
  tf: Tf,
  data: Dataset,
  random: Random,
  testFraction = 0.2,
): DigitsSplit {
  const split = shuffleSplit(data.n, testRows(data.n, testFraction), random);
  const take = (rows: number[]) => {
    const x = new Float32Array(rows.length * data.d);
    rows.forEach((r, i) => x.set(data.x.subarray(r * data.d, (r + 1) * data.d), i * data.d));
    return {
      x: tf.tensor2d(x, [rows.length, data.d]),
      y: tf.tensor1d(
        Int32Array.from(rows, (r) => data.y[r]),
        'int32',
      ),
    };
  };
  const test = take(split.test);
  const train = take(split.train);
  return {
    trainX: train.x,
    trainY: train.y,
    testX: test.x,
    testY: test.y,
    nTrain: split.train.length,
    nTest: split.test.length,
    dispose() {
      tf.dispose([train.x, train.y, test.x, test.y]);
    },
  };
}

/** Mean softmax cross-entropy of `logits` against integer labels (`F.cross_entropy`). */
export function crossEntropy(tf: Tf, logits: Tensor, labels: Tensor, classes: number): Tensor {
  return tf.losses.softmaxCrossEntropy(tf.oneHot(labels as Tensor, classes), logits);
}

/** Share of rows whose largest score is the label. */
export function accuracy(tf: Tf, logits: Tensor, labels: Tensor): number {
  return tf.tidy(
    () => tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'float32')).dataSync()[0],
  );
}
