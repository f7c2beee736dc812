import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const timeSeriesCvSpec = defineWidget({
  name: 'TimeSeriesCv',
  title: 'Which cross-validation predicts the future?',
  height: 1500,
  experiment: experiments.TimeSeriesCv,
  summary:
    "Next-hour activity forecasting on synthetic sensor data, scored by shuffled K-fold, Cochrane's four time-series schemes and a held-out future.",
  props: z.object({
    participants: z
      .number()
      .int()
      .min(2)
      .max(8)
      .default(5)
      .describe('Participants wearing the sensor.'),
    days: z
      .number()
      .int()
      .min(6)
      .max(21)
      .default(12)
      .describe('Days recorded per participant, the held-out future included.'),
    futureDays: z
      .number()
      .int()
      .min(1)
      .max(4)
      .default(2)
      .describe('Last days of every participant kept as the truly held-out future.'),
    noiseAutocorrelation: z
      .number()
      .min(0)
      .max(0.99)
      .default(0.9)
      .describe('Correlation of the noise between consecutive hours.'),
    drift: z
      .number()
      .min(0)
      .max(4)
      .default(2)
      .describe('How far habits (level, bedtime) wander from day to day.'),
    kFolds: z.number().int().min(2).max(10).default(5).describe('Folds of the shuffled K-fold.'),
    others: z
      .enum(['all', 'past'])
      .default('all')
      .describe(
        "Population-informed schemes: train on all of the other participants' days (Cochrane) or only their past.",
      ),
    seed: z
      .number()
      .int()
      .min(0)
      .default(2)
      .describe('Seed of the data and of the K-fold shuffle.'),
  }),
  example: '<TimeSeriesCv participants={4} drift={1} />',
});
