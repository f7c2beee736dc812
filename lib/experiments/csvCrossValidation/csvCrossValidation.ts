import { kFold } from '../../sklearn/kFold';
import { defineExperiment, type Tf } from '../../training/experiment';
import { solveRidge } from '../timeSeriesCv/ridgeSolve';
import {
  csvCrossValidationConfig,
  type CsvCrossValidationConfig,
} from './csvCrossValidationConfig';
export {
  csvCrossValidationConfig,
  type CsvCrossValidationConfig,
} from './csvCrossValidationConfig';

/** Mean and standard deviation of each column over `rows` (a constant column gets sd 1). */
function columnStats(x: readonly number[], d: number, rows: readonly number[]) {
  const mean = new Float64Array(d),
    sd = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += x[r * d + j] / rows.length;
  for (const r of rows)
    for (let j = 0; j < d; j++) sd[j] += (x[r * d + j] - mean[j]) ** 2 / rows.length;
  return { mean, sd: sd.map((v) => (v > 0 ? Math.sqrt(v) : 1)) };
}

/** Rows standardised with the training fold's statistics, as a pipeline with StandardScaler would. */
function standardised(
  tf: Tf,
  c: CsvCrossValidationConfig,
  rows: readonly number[],
  stats: ReturnType<typeof columnStats>,
) {
  const out = new Float32Array(rows.length * c.d);
  rows.forEach((r, i) => {
    for (let j = 0; j < c.d; j++)
      out[i * c.d + j] = (c.x[r * c.d + j] - stats.mean[j]) / stats.sd[j];
  });
  return tf.tensor2d(out, [rows.length, c.d]);
}

/** Predictions of K nearest neighbours (Euclidean): the most common class, smallest on ties, or the mean value. */
function knnPredict(
  tf: Tf,
  c: CsvCrossValidationConfig,
  train: ReturnType<Tf['tensor2d']>,
  test: ReturnType<Tf['tensor2d']>,
  trainY: number[],
): number[] {
  const k = Math.min(c.neighbours, trainY.length);
  const idx = tf.tidy(() => {
    const d2 = tf.add(
      tf.sub(tf.sum(tf.square(test), 1, true), tf.mul(2, tf.matMul(test, train, false, true))),
      tf.sum(tf.square(train), 1),
    );
    return tf.topk(tf.neg(d2), k).indices;
  });
  const near = idx.arraySync() as number[][];
  idx.dispose();
  return near.map((row) => {
    if (c.task === 'regression') return row.reduce((s, i) => s + trainY[i], 0) / k;
    const votes = new Array<number>(c.classes).fill(0);
    for (const i of row) votes[trainY[i]]++;
    return votes.indexOf(Math.max(...votes));
  });
}

/** Ridge regression (intercept unpenalised), or scikit-learn's RidgeClassifier: one ±1 target per class, the largest decision wins. */
function ridgePredict(
  tf: Tf,
  c: CsvCrossValidationConfig,
  train: ReturnType<Tf['tensor2d']>,
  test: ReturnType<Tf['tensor2d']>,
  trainY: number[],
): number[] {
  const outputs = c.task === 'regression' ? 1 : c.classes;
  const targets = trainY.flatMap((v) =>
    c.task === 'regression' ? [v] : Array.from({ length: outputs }, (_, k) => (k === v ? 1 : -1)),
  );
  const [gramT, xtyT] = tf.tidy(() => {
    const xs = tf.concat([tf.ones([trainY.length, 1]), train], 1);
    return [
      tf.matMul(xs, xs, true, false),
      tf.matMul(xs, tf.tensor2d(targets, [trainY.length, outputs]), true, false),
    ];
  });
  const gram = gramT.dataSync(),
    xty = xtyT.dataSync();
  tf.dispose([gramT, xtyT]);
  const f = c.d + 1;
  const penalized = Array.from({ length: f }, (_, j) => j > 0);
  const w = Array.from({ length: outputs }, (_, k) =>
    solveRidge(
      gram,
      Array.from({ length: f }, (_, j) => xty[j * outputs + k]),
      c.lambda,
      penalized,
    ),
  );
  const scoresT = tf.tidy(() =>
    tf.matMul(
      tf.concat([tf.ones([test.shape[0], 1]), test], 1),
      tf.tensor2d(
        w.flatMap((wk) => Array.from(wk)),
        [outputs, f],
      ),
      false,
      true,
    ),
  );
  const scores = scoresT.arraySync() as number[][];
  scoresT.dispose();
  return scores.map((s) => (c.task === 'regression' ? s[0] : s.indexOf(Math.max(...s))));
}

/** Accuracy for classes; R² = 1 − SS_res / SS_tot for values (scikit-learn's default `score`). */
export function foldScore(
  task: CsvCrossValidationConfig['task'],
  truth: readonly number[],
  predicted: readonly number[],
): number {
  if (task === 'classification')
    return truth.filter((v, i) => v === predicted[i]).length / truth.length;
  const mean = truth.reduce((s, v) => s + v, 0) / truth.length;
  const res = truth.reduce((s, v, i) => s + (v - predicted[i]) ** 2, 0);
  const tot = truth.reduce((s, v) => s + (v - mean) ** 2, 0);
  return tot === 0 ? (res === 0 ? 1 : 0) : 1 - res / tot;
}

/**
 * K-fold cross-validation of a KNN or ridge model on a table the reader
 * loaded: one step per fold of scikit-learn's shuffled `KFold`, features
 * standardised with the training fold's mean and deviation, score on the
 * held-out fold.
 */
export const csvCrossValidation = defineExperiment({
  name: 'csvCrossValidation',
  config: csvCrossValidationConfig,
  metrics: ['score', 'fold', 'trainSize', 'testSize'],
  watch: ['score'],
  totalSteps: (c) => c.kFolds,
  async create(c, { tf }) {
    const n = c.y.length;
    if (c.x.length !== n * c.d)
      throw new Error(`features hold ${c.x.length} values, expected ${n} × ${c.d}`);
    const { splits } = kFold({
      nSplits: c.kFolds,
      shuffle: true,
      randomState: c.shuffleSeed,
    }).split(n);
    let next = 0;
    return {
      step() {
        const fold = Math.min(next++, splits.length - 1);
        const { train, test } = splits[fold];
        const stats = columnStats(c.x, c.d, train);
        const trainX = standardised(tf, c, train, stats);
        const testX = standardised(tf, c, test, stats);
        const trainY = train.map((r) => c.y[r]);
        const predicted = (c.model === 'knn' ? knnPredict : ridgePredict)(
          tf,
          c,
          trainX,
          testX,
          trainY,
        );
        tf.dispose([trainX, testX]);
        const score = foldScore(
          c.task,
          test.map((r) => c.y[r]),
          predicted,
        );
        return { metrics: { score, fold, trainSize: train.length, testSize: test.length } };
      },
      dispose() {},
    };
  },
});
