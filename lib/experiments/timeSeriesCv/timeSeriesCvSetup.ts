import type { Random } from '../../random/seeded';
import { forecastingSamples, type ForecastingSamples } from './forecastingSamples';
import { sensorData, type SensorData, type SensorDataOptions } from './sensorData';
import { timeSeriesCvJobs, type CvJob, type CvJobsOptions } from './timeSeriesCvFolds';

export type TimeSeriesCvSetupOptions = SensorDataOptions & Omit<CvJobsOptions, 'shuffleSeed'>;

export interface TimeSeriesCvSetup {
  data: SensorData;
  samples: ForecastingSamples;
  /** The seed the shuffled K-fold was given (drawn after the data). */
  shuffleSeed: number;
  jobs: CvJob[];
}

/**
 * The data and every fold of a run, drawn from one seeded generator in a fixed
 * order (data first, then the K-fold's seed), so the worker that trains and
 * the page that draws the splits build the same thing from the same seed.
 */
export function timeSeriesCvSetup(
  options: TimeSeriesCvSetupOptions,
  random: Random,
): TimeSeriesCvSetup {
  const data = sensorData(options, random);
  const shuffleSeed = random.fork();
  return {
    data,
    samples: forecastingSamples(data),
    shuffleSeed,
    jobs: timeSeriesCvJobs({ ...options, shuffleSeed }),
  };
}
