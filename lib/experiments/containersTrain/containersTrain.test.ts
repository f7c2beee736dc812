import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { containersTrain, type ContainersTrainConfig } from './containersTrain';

const base: ContainersTrainConfig = { hidden: 32, learningRate: 0.5, batchSize: 32, steps: 150 };

describe('containersTrain (the plain-list pitfall)', () => {
  it('the plain-list model registers only out.*, its hidden weights never move, and the ModuleList model learns', async () => {
    const run = await containersTrain.create(base, await nodeContext(4));
    const rows = Array.from({ length: 150 }, () => run.step().metrics);
    run.dispose();
    const last = rows.at(-1)!;
    // every Linear's weight and bias vs only the output layer's
    expect(last.paramsModuleList).toBe(64 * 32 + 32 + 32 * 32 + 32 + 32 * 10 + 10);
    expect(last.paramsPlainList).toBe(32 * 10 + 10);
    expect(last.changePlainList0).toBe(0);
    expect(last.changePlainList1).toBe(0);
    expect(last.changePlainList2).toBeGreaterThan(0);
    for (const i of [0, 1, 2]) expect(last[`changeModuleList${i}`]).toBeGreaterThan(0);
    const mean = (key: 'lossModuleList' | 'lossPlainList') =>
      rows.slice(-10).reduce((s, r) => s + r[key]!, 0) / 10;
    expect(mean('lossModuleList')).toBeLessThan(rows[0].lossModuleList! * 0.5);
    expect(mean('lossModuleList')).toBeLessThan(mean('lossPlainList'));
  });
});
