import type { ParticipantDays } from '../../sklearn/participantDays';
import { activityIndex, HOURS, type SensorData } from './sensorData';

/** Hours back whose activity is a feature: the last three hours and the same hour yesterday. */
export const LAGS = [1, 2, 3, 24] as const;

/** One forecasting sample per participant, day and hour, in lib/cv's participant-major layout. */
export interface ForecastingSamples {
  layout: Required<ParticipantDays>;
  /** n × features, row-major; the participant one-hot columns (last) act as intercepts. */
  x: Float32Array;
  /** Activity of the hour being forecast. */
  y: Float32Array;
  n: number;
  features: number;
  featureNames: string[];
}

/**
 * Next-hour forecasting: the target is a participant's activity in hour h of a
 * day, the inputs are what is known an hour before: activity 1, 2, 3 and 24
 * hours earlier, the hour of day as two Fourier pairs (sin, cos of 2πh/24 and
 * 4πh/24), and a one-hot of the participant (each their own intercept).
 * Targets never leave their own day, so a day's samples only reach back in time.
 */
export function forecastingSamples(data: SensorData): ForecastingSamples {
  const { participants, days } = data;
  const layout = { participants, days, samplesPerDay: HOURS };
  const featureNames = [
    ...LAGS.map((l) => `activity ${l} h before`),
    'sin hour',
    'cos hour',
    'sin 2·hour',
    'cos 2·hour',
    ...Array.from({ length: participants }, (_, p) => `participant ${p + 1}`),
  ];
  const f = featureNames.length;
  const n = participants * days * HOURS;
  const x = new Float32Array(n * f);
  const y = new Float32Array(n);
  for (let p = 0; p < participants; p++) {
    for (let day = 0; day < days; day++) {
      for (let hour = 0; hour < HOURS; hour++) {
        const row = (p * days + day) * HOURS + hour;
        const at = activityIndex(data, p, day, hour);
        const angle = (2 * Math.PI * hour) / HOURS;
        const values = [
          ...LAGS.map((l) => data.activity[at - l]),
          Math.sin(angle),
          Math.cos(angle),
          Math.sin(2 * angle),
          Math.cos(2 * angle),
        ];
        x.set(values, row * f);
        x[row * f + values.length + p] = 1;
        y[row] = data.activity[at];
      }
    }
  }
  return { layout, x, y, n, features: f, featureNames };
}
