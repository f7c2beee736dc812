/** The run the widget's "trained on digits" option makes (Adam, batch 32, a quarter held out). */
export const stackTrainingRun = {
  learningRate: 0.01,
  batchSize: 32,
  evalEvery: 20,
  testFraction: 0.25,
} as const;
