import type { Random } from '../../random/seeded';

export interface SensorDataOptions {
  participants: number;
  /** Recorded days per participant (the held-out future included). */
  days: number;
  /** Lag-1 autocorrelation of the hourly noise (AR(1) coefficient, 0 ≤ phi < 1). */
  noiseAutocorrelation: number;
  /** How far each participant's habits wander from day to day (0 = the same every day). */
  drift: number;
}

/** Hourly activity of several participants, with one extra day of history before day 0. */
export interface SensorData {
  participants: number;
  days: number;
  hoursPerDay: 24;
  /** participants × (days + 1) × 24 values, participant-major; day -1 (history) first. */
  activity: Float32Array;
  /** 1 where the participant was asleep, same layout as `activity`. */
  asleep: Uint8Array;
}

export const HOURS = 24;

/** Position of (participant, day, hour) in `activity`; day -1 is the history day. */
export function activityIndex(
  data: Pick<SensorData, 'days'>,
  participant: number,
  day: number,
  hour: number,
): number {
  return (participant * (data.days + 1) + day + 1) * HOURS + hour;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Hours from `from` forward to `to` on a 24-hour clock, in [0, 24). */
const clockGap = (from: number, to: number) => (((to - from) % HOURS) + HOURS) % HOURS;

/**
 * Synthetic wrist-sensor activity, in the spirit of the sleep data behind
 * Cochrane's article: each participant has a daily rhythm (an afternoon peak
 * while awake, near zero while asleep) with their own level, amplitude, bedtime
 * and sleep length. Bedtime and level drift as random walks from day to day
 * (slow, participant-specific change), and an AR(1) noise process with
 * correlation `noiseAutocorrelation` between consecutive hours carries on
 * across midnight, so neighbouring hours look alike: the temporal dependence
 * that makes shuffled K-fold optimistic.
 */
export function sensorData(options: SensorDataOptions, random: Random): SensorData {
  const { participants, days, noiseAutocorrelation: phi, drift } = options;
  const total = days + 1;
  const activity = new Float32Array(participants * total * HOURS);
  const asleep = new Uint8Array(activity.length);
  const innovation = 0.12 * Math.sqrt(1 - phi * phi);
  for (let p = 0; p < participants; p++) {
    let level = 0.8 + 0.4 * random.uniform();
    const amplitude = 0.3 + 0.3 * random.uniform();
    let bedtime = 22 + 3 * random.uniform();
    const sleepHours = 6.5 + 2.5 * random.uniform();
    const peak = 14 + 4 * random.uniform();
    let noise = 0.12 * random.normal();
    for (let day = 0; day < total; day++) {
      for (let hour = 0; hour < HOURS; hour++) {
        // Hours since bedtime of the night this hour belongs to (bedtime may be after midnight).
        const sinceBed = clockGap(bedtime, hour);
        const sleepWeight =
          sigmoid(4 * (sinceBed + 0.5)) * sigmoid(4 * (sleepHours - sinceBed - 0.5));
        const awake = level * (1 + amplitude * Math.cos((2 * Math.PI * (hour - peak)) / HOURS));
        noise = phi * noise + innovation * random.normal();
        const i = (p * total + day) * HOURS + hour;
        activity[i] = Math.max(
          0,
          (1 - sleepWeight) * awake + 0.05 + noise * (1 - 0.7 * sleepWeight),
        );
        asleep[i] = sleepWeight > 0.5 ? 1 : 0;
      }
      level = Math.max(0.3, level + drift * 0.15 * random.normal());
      bedtime += drift * 0.8 * random.normal();
    }
  }
  return { participants, days, hoursPerDay: HOURS, activity, asleep };
}
