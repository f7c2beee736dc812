import type { Experiment } from '@/lib/training/experiment';

/**
 * The experiments the training worker can run, by widget name, each loaded
 * only when a widget starts it. A training widget's spec takes its
 * `experiment` from here. The worker imports this file and never the list of
 * specs: a spec also points at its view, and the views (with React, and the
 * code that creates this very worker) must stay out of the worker's bundle.
 */
export const experiments = {
  BatchNormRace: () =>
    import('@/lib/experiments/batchNormRace/batchNormRace').then((m) => m.batchNormRace),
  BatchSizeNoise: () =>
    import('@/lib/experiments/batchSizeNoise/batchSizeNoise').then((m) => m.batchSizeNoise),
  ContainersCompared: () =>
    import('@/lib/experiments/containersTrain/containersTrain').then((m) => m.containersTrain),
  ConvTypeRace: () =>
    import('@/lib/experiments/convTypeRace/convTypeRace').then((m) => m.convTypeRace),
  CovariateShift: () =>
    import('@/lib/experiments/covariateShift/covariateShift').then((m) => m.covariateShift),
  CsvCrossValidation: () =>
    import('@/lib/experiments/csvCrossValidation/csvCrossValidation').then(
      (m) => m.csvCrossValidation,
    ),
  DeformableSampling: () =>
    import('@/lib/experiments/deformableSampling/deformableSampling').then(
      (m) => m.deformableSampling,
    ),
  KnnTuning: () => import('@/lib/experiments/knnTuning/knnTuning').then((m) => m.knnTuning),
  LandscapeProbe: () =>
    import('@/lib/experiments/landscapeProbe/landscapeProbe').then((m) => m.landscapeProbe),
  LinearFit: () => import('@/lib/experiments/linearFit/linearFit').then((m) => m.linearFit),
  NestedCv: () => import('@/lib/experiments/nestedCv/nestedCv').then((m) => m.nestedCv),
  ReceptiveField: () =>
    import('@/lib/experiments/receptiveFieldTraining/receptiveFieldTraining').then(
      (m) => m.receptiveFieldTraining,
    ),
  SequentialBuilder: () =>
    import('@/lib/experiments/sequentialTrain/sequentialTrain').then((m) => m.sequentialTrain),
  TimeSeriesCv: () =>
    import('@/lib/experiments/timeSeriesCv/timeSeriesCv').then((m) => m.timeSeriesCv),
  TrainingLoopStepper: () =>
    import('@/lib/experiments/trainingLoop/trainingLoop').then((m) => m.trainingLoop),
};
// Checked here rather than by `satisfies`, whose context would widen each experiment's type
// (and its metric names) to the plain Experiment.
experiments satisfies Record<string, () => Promise<Experiment>>;

export async function loadExperiment(widget: string): Promise<Experiment | undefined> {
  return Object.hasOwn(experiments, widget)
    ? experiments[widget as keyof typeof experiments]()
    : undefined;
}
