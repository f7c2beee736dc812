import type { Experiment } from '../engine/experiment';

/**
 * Every experiment a widget can run in the training worker, loaded on demand.
 * Add a line here when a lesson adds an experiment.
 */
const experiments: Record<string, () => Promise<Experiment>> = {
  linearFit: async () => (await import('./linearFit')).linearFit as unknown as Experiment,
  trainingLoop: async () => (await import('./trainingLoop')).trainingLoop as unknown as Experiment,
  sequentialTrain: async () => (await import('./sequentialTrain')).sequentialTrain as unknown as Experiment,
  containersTrain: async () => (await import('./containersTrain')).containersTrain as unknown as Experiment,
  csvCrossValidation: async () => (await import('./csvCrossValidation')).csvCrossValidation as unknown as Experiment,
  timeSeriesCv: async () => (await import('./timeSeriesCv')).timeSeriesCv as unknown as Experiment,
  knnTuning: async () => (await import('./knnTuning')).knnTuning as unknown as Experiment,
  nestedCv: async () => (await import('./nestedCv')).nestedCv as unknown as Experiment,
  covariateShift: async () => (await import('./covariateShift')).covariateShift as unknown as Experiment,
  batchSizeNoise: async () => (await import('./batchSizeNoise')).batchSizeNoise as unknown as Experiment,
  batchNormRace: async () => (await import('./batchNormRace')).batchNormRace as unknown as Experiment,
  landscapeProbe: async () => (await import('./landscapeProbe')).landscapeProbe as unknown as Experiment,
  convTypeRace: async () => (await import('./convTypeRace')).convTypeRace as unknown as Experiment,
  deformableSampling: async () => (await import('./deformableSampling')).deformableSampling as unknown as Experiment,
  receptiveFieldTraining: async () => (await import('./receptiveFieldTraining')).receptiveFieldTraining as unknown as Experiment,
};

export const experimentNames = Object.keys(experiments);

export async function loadExperiment(name: string): Promise<Experiment | undefined> {
  return experiments[name]?.();
}
