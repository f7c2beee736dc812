import { describe, expect, it } from 'vitest';
import { sampleIndex } from '../../sklearn/participantDays';
import { seededRandom } from '../../random/seeded';
import { forecastingSamples, LAGS } from './forecastingSamples';
import { activityIndex, sensorData } from './sensorData';

const data = sensorData(
  { participants: 3, days: 4, noiseAutocorrelation: 0.5, drift: 1 },
  seededRandom(6),
);
const s = forecastingSamples(data);

describe('forecastingSamples', () => {
  it("puts sample (participant, day, hour) where lib/cv's layout expects it, with that hour's activity as target", () => {
    expect(s.n).toBe(3 * 4 * 24);
    for (const [p, day, hour] of [
      [0, 0, 0],
      [1, 2, 13],
      [2, 3, 23],
    ]) {
      expect(s.y[sampleIndex(s.layout, p, day, hour)]).toBe(
        data.activity[activityIndex(data, p, day, hour)],
      );
    }
  });

  it('feeds only the past: lag l is the activity l hours earlier, reaching into the previous day (or the history day)', () => {
    for (const [p, day, hour] of [
      [0, 0, 0],
      [1, 2, 1],
      [2, 3, 23],
    ]) {
      const row = sampleIndex(s.layout, p, day, hour);
      LAGS.forEach((lag, j) => {
        expect(s.x[row * s.features + j]).toBe(
          data.activity[activityIndex(data, p, day, hour) - lag],
        );
      });
    }
  });

  it("gives each participant their own intercept column and nobody else's", () => {
    const first = s.featureNames.indexOf('participant 1');
    for (let row = 0; row < s.n; row++) {
      const oneHot = Array.from(s.x.subarray(row * s.features + first, (row + 1) * s.features));
      expect(oneHot).toEqual([0, 1, 2].map((p) => (p === Math.floor(row / (4 * 24)) ? 1 : 0)));
    }
  });
});
