import {
  csvCrossValidationConfig,
  csvRunSettings,
} from '@/lib/experiments/csvCrossValidation/csvCrossValidationConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const csvCrossValidationSpec = defineWidget({
  name: 'CsvCrossValidation',
  title: 'K-fold cross-validation on your own data',
  height: 620,
  experiment: experiments.CsvCrossValidation,
  summary:
    'K-fold cross-validation of a KNN or ridge model on a CSV file the reader loads; the file never leaves the browser.',
  props: csvCrossValidationConfig
    .pick({ model: true, kFolds: true, neighbours: true, lambda: true })
    .extend({ seed: csvCrossValidationConfig.shape.shuffleSeed }),
  // The table comes from the file the reader loads.
  config: csvRunSettings,
  example: '<CsvCrossValidation model="ridge" kFolds={10} />',
});
