import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { activityIndex, HOURS, sensorData } from './sensorData';

const options = { participants: 3, days: 8, noiseAutocorrelation: 0.9, drift: 1 };

/** Pearson correlation of consecutive values. */
function lagOneCorrelation(xs: number[]): number {
  const a = xs.slice(0, -1),
    b = xs.slice(1);
  const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
  const ma = mean(a),
    mb = mean(b);
  let sab = 0,
    saa = 0,
    sbb = 0;
  a.forEach((_, i) => {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('sensorData', () => {
  it('is the same for the same seed and different for another', () => {
    expect(sensorData(options, seededRandom(4)).activity).toEqual(
      sensorData(options, seededRandom(4)).activity,
    );
    expect(sensorData(options, seededRandom(5)).activity).not.toEqual(
      sensorData(options, seededRandom(4)).activity,
    );
  });

  it('has one extra history day before day 0 and never negative activity', () => {
    const data = sensorData(options, seededRandom(1));
    expect(data.activity).toHaveLength(3 * 9 * HOURS);
    expect(activityIndex(data, 0, -1, 0)).toBe(0);
    expect(activityIndex(data, 1, 0, 0)).toBe(10 * HOURS);
    expect(Math.min(...data.activity)).toBeGreaterThanOrEqual(0);
  });

  it('has a sleep period every day, during which activity is far lower than awake', () => {
    const data = sensorData(options, seededRandom(2));
    for (let p = 0; p < 3; p++) {
      for (let day = 0; day < 8; day++) {
        const hours = Array.from({ length: HOURS }, (_, h) => activityIndex(data, p, day, h));
        const asleep = hours.filter((i) => data.asleep[i]).length;
        expect(asleep).toBeGreaterThanOrEqual(4);
        expect(asleep).toBeLessThanOrEqual(12);
      }
      const range = Array.from({ length: 9 * HOURS }, (_, i) => p * 9 * HOURS + i);
      const meanOf = (flag: number) => {
        const v = range.filter((i) => data.asleep[i] === flag).map((i) => data.activity[i]);
        return v.reduce((s, t) => s + t, 0) / v.length;
      };
      expect(meanOf(1)).toBeLessThan(meanOf(0) / 3);
    }
  });

  it('has noise whose hour-to-hour correlation follows the AR(1) coefficient', () => {
    // With no rhythm to confound it, sleeping hours are level plus noise: compare two settings on the same seed.
    const corr = (phi: number) => {
      const data = sensorData(
        { participants: 1, days: 200, noiseAutocorrelation: phi, drift: 0 },
        seededRandom(3),
      );
      const residual = Array.from(data.activity, (v, i) =>
        i >= HOURS ? v - data.activity[i - HOURS] : 0,
      ).slice(HOURS);
      return lagOneCorrelation(residual);
    };
    // Day-over-day differences of an AR(1) keep its lag-1 correlation (both terms share it).
    expect(corr(0.9)).toBeGreaterThan(0.7);
    expect(Math.abs(corr(0))).toBeLessThan(0.1);
  });
});
