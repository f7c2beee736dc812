import { describe, expect, it } from 'vitest';
import { convCost, type ConvType } from '../../pytorch/conv/costs';
import type { MetricOf, Metrics } from '../../training/experiment';
import { nodeContext } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { convTypeRace, type ConvTypeRaceConfig } from './convTypeRace';
import { createRaceModel } from './convTypeRaceModel';
import { raceNetCost, raceNets, type RaceNetId } from './convTypeRaceNets';

const config: ConvTypeRaceConfig = {
  width: 8,
  groups: 4,
  blocks: 2,
  learningRate: 0.02,
  batchSize: 16,
  steps: 60,
  evalEvery: 60,
  testFraction: 0.25,
};

/** Each network's layers in the lecture's cost vocabulary (costs.ts), written out by hand. */
function lectureCost(id: RaceNetId, width: number, groups: number, blocks: number) {
  const map = { C: width, M: width, K: 3, H: 8, W: 8, bias: true };
  const stage: Record<RaceNetId, [ConvType, Partial<typeof map> & { g?: number }][]> = {
    standard: [['standard', {}]],
    dilated: [['dilated', {}]],
    grouped: [['grouped', { g: groups }]],
    'depthwise-separable': [['depthwiseSeparable', {}]],
    bottleneck: [
      ['pointwise', { M: width / 4 }],
      ['standard', { C: width / 4 }],
    ],
  };
  const layers: [ConvType, object][] = [
    ['standard', { C: 1 }],
    ...Array.from({ length: blocks }, () => stage[id]).flat(),
  ];
  const costs = layers.map(([type, patch]) => convCost(type, { ...map, ...patch }));
  const head = width * 4 * 10;
  return {
    params: costs.reduce((s, c) => s + c.params, 0) + head + 10,
    macs: costs.reduce((s, c) => s + c.macs, 0) + head,
  };
}

describe('convTypeRace networks', () => {
  it('have as many tfjs weights as PyTorch would (conv2dShape), and as the lecture formulas in costs.ts', async () => {
    const { tf } = await nodeContext(1);
    for (const [width, groups, blocks] of [
      [8, 4, 2],
      [16, 2, 3],
      [12, 3, 1],
    ]) {
      for (const net of raceNets({ width, groups, blocks })) {
        const model = createRaceModel(tf, seededRandom(1), net);
        const tfjsParams = model.variables.reduce((s, v) => s + v.size, 0);
        const expected = lectureCost(net.id, width, groups, blocks);
        expect(tfjsParams, net.id).toBe(raceNetCost(net).params);
        expect(tfjsParams, net.id).toBe(expected.params);
        expect(raceNetCost(net).macs, net.id).toBe(expected.macs);
        tf.dispose(model.variables);
      }
    }
  });
});

describe('convTypeRace training', () => {
  it('every network beats chance (0.1) clearly after 60 steps', async () => {
    const ctx = await nodeContext(2);
    const run = await convTypeRace.create(config, ctx);
    run.step();
    let last: Metrics<MetricOf<typeof convTypeRace>> = {};
    const started = performance.now();
    for (let i = 1; i < config.steps; i++) last = run.step().metrics;
    const stepsPerSecond = (config.steps - 1) / ((performance.now() - started) / 1000);
    console.log(
      `convTypeRace (cpu, width ${config.width}, batch ${config.batchSize}): ${stepsPerSecond.toFixed(2)} steps/s for all five networks`,
    );
    for (const net of raceNets(config)) {
      expect(last[`accuracy-${net.id}`], net.id).toBeGreaterThan(0.25);
      expect(Number.isFinite(last[`loss-${net.id}`])).toBe(true);
    }
    run.dispose();
  }, 300_000);
});
