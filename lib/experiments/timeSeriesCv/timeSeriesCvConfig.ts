import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const timeSeriesCvSettings = z.object({
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
});

/** The settings, with at least 4 development days before the held-out future. */
export const timeSeriesCvConfig = timeSeriesCvSettings.refine((c) => c.days - c.futureDays >= 4, {
  message: 'need at least 4 development days before the held-out future',
});
export type TimeSeriesCvConfig = z.infer<typeof timeSeriesCvConfig>;

/** The widget's run: its settings, the held-out future cut so that 4 development days remain. */
export function timeSeriesCvConfigFrom(settings: TimeSeriesCvConfig): TimeSeriesCvConfig {
  return {
    participants: settings.participants,
    days: settings.days,
    futureDays: Math.min(settings.futureDays, settings.days - 4),
    noiseAutocorrelation: settings.noiseAutocorrelation,
    drift: settings.drift,
    kFolds: settings.kFolds,
    others: settings.others,
  };
}
