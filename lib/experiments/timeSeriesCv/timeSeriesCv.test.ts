import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { solveRidge } from './ridgeSolve';
import { SCHEMES } from './timeSeriesCvFolds';
import { timeSeriesCvSetup } from './timeSeriesCvSetup';
import { timeSeriesCvSpec } from '@/components/widgets/TimeSeriesCv/spec';
import { timeSeriesCv, timeSeriesCvConfig, type TimeSeriesCvConfig } from './timeSeriesCv';

const { seed, ...defaults } = timeSeriesCvSpec.props.parse({});
const config: TimeSeriesCvConfig = timeSeriesCvConfig.parse(defaults);

async function runAll(c: TimeSeriesCvConfig, s: number) {
  const run = await timeSeriesCv.create(c, await nodeContext(s));
  const rows = Array.from({ length: timeSeriesCv.totalSteps(c) }, () => run.step().metrics);
  run.dispose();
  return rows;
}

const meanBy = (rows: Record<string, number>[], scheme: string) => {
  const mine = rows.filter((r) => r.scheme === SCHEMES.indexOf(scheme as (typeof SCHEMES)[number]));
  return mine.reduce((s, r) => s + r.mse, 0) / mine.length;
};

/** Float64 ridge and MSE written out in plain loops, independent of tfjs. */
function plainRidgeMse(
  c: TimeSeriesCvConfig,
  s: number,
  lambda: number,
  train: number[],
  test: number[],
) {
  const { samples } = timeSeriesCvSetup(c, seededRandom(s));
  const f = samples.features;
  const gram = new Float64Array(f * f),
    xty = new Float64Array(f);
  for (const r of train)
    for (let i = 0; i < f; i++) {
      xty[i] += samples.x[r * f + i] * samples.y[r];
      for (let j = 0; j < f; j++) gram[i * f + j] += samples.x[r * f + i] * samples.x[r * f + j];
    }
  const w = solveRidge(
    gram,
    xty,
    lambda,
    samples.featureNames.map((n) => !n.startsWith('participant')),
  );
  return (
    test.reduce(
      (acc, r) =>
        acc + (w.reduce((p, wi, i) => p + wi * samples.x[r * f + i], 0) - samples.y[r]) ** 2,
      0,
    ) / test.length
  );
}

describe('timeSeriesCv', () => {
  it('on the widget defaults, shuffled K-fold estimates an error below the held-out future error (its optimism)', async () => {
    const rows = await runAll(config, seed);
    const kFold = meanBy(rows, 'kFoldShuffled');
    const future = meanBy(rows, 'future');
    expect(kFold).toBeLessThan(future);
    // And below every scheme that only tests on days after its training days.
    for (const scheme of SCHEMES.slice(1, 5)) expect(kFold).toBeLessThan(meanBy(rows, scheme));
  });

  it('reports for the future fold the MSE an independent float64 ridge fit gives with the chosen λ', async () => {
    const rows = await runAll(config, seed);
    const last = rows.at(-1)!;
    const job = timeSeriesCvSetup(config, seededRandom(seed)).jobs.at(-1)!;
    const expected = plainRidgeMse(
      config,
      seed,
      last.lambda!,
      [...job.train, ...job.validation],
      job.test,
    );
    expect(last.mse).toBeCloseTo(expected, 4);
    expect(last.testSize).toBe(config.participants * config.futureDays * 24);
  });

  it('makes one step per outer fold: K + 1 + p + (d - 2) + p(d - 2) + 1', () => {
    const p = config.participants,
      d = config.days - config.futureDays;
    expect(timeSeriesCv.totalSteps(config)).toBe(config.kFolds + 1 + p + (d - 2) + p * (d - 2) + 1);
  });
});
