import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { batchStatisticSpread } from './batchSizeNoiseSpread';

describe('batchStatisticSpread', () => {
  const random = seededRandom(3);
  const values = Array.from({ length: 1000 }, () => 2 + 3 * random.normal());

  it('the batch mean scatters as σ/√m · √((N − m)/(N − 1)), the finite-population formula', () => {
    const s = batchStatisticSpread(values, [2, 8, 32, 128, 512], 4000, seededRandom(9));
    s.batchSizes.forEach((m, i) => {
      const expected =
        (s.populationStd / Math.sqrt(m)) * Math.sqrt((values.length - m) / (values.length - 1));
      // the std of 4000 draws is within about 1.1% (1/√(2·4000)); allow 5%.
      expect(s.meanSpread[i] / expected).toBeGreaterThan(0.95);
      expect(s.meanSpread[i] / expected).toBeLessThan(1.05);
    });
  });

  it('the batch variance scatters less as m grows, roughly halving when m quadruples', () => {
    const s = batchStatisticSpread(values, [8, 32, 128], 3000, seededRandom(2));
    expect(s.varianceSpread[1] / s.varianceSpread[0]).toBeGreaterThan(0.4);
    expect(s.varianceSpread[1] / s.varianceSpread[0]).toBeLessThan(0.6);
    expect(s.varianceSpread[2]).toBeLessThan(s.varianceSpread[1]);
  });

  it('a batch of the whole population has no spread at all', () => {
    const s = batchStatisticSpread([1, 2, 3, 4], [4], 50, seededRandom(1));
    expect(s.meanSpread[0]).toBeCloseTo(0, 12);
    expect(s.varianceSpread[0]).toBeCloseTo(0, 12);
    expect(s.populationStd).toBeCloseTo(Math.sqrt(1.25), 12);
  });
});
