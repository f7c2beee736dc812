import {
  timeSeriesCvConfigFrom,
  timeSeriesCvSettings,
} from '@/lib/experiments/timeSeriesCv/timeSeriesCvConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const timeSeriesCvSpec = defineWidget({
  name: 'TimeSeriesCv',
  title: 'Which cross-validation predicts the future?',
  height: 1500,
  experiment: experiments.TimeSeriesCv,
  summary:
    "Next-hour activity forecasting on synthetic sensor data, scored by shuffled K-fold, Cochrane's four time-series schemes and a held-out future.",
  props: timeSeriesCvSettings.extend({
    seed: seedProp(2, 'Seed of the data and of the K-fold shuffle.'),
  }),
  config: timeSeriesCvConfigFrom,
  example: '<TimeSeriesCv participants={4} drift={1} />',
});
