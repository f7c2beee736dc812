import { describe, expect, it } from 'vitest';
import { parameterValues } from '../../pytorch/widgets/sessionModule';
import { buildSequential } from './sequentialTrainModel';

describe("the builder's starting weights are PyTorch 1.13.1's seeded initialisation", () => {
  it('builder: torch.manual_seed(3); nn.Sequential(nn.Linear(64, 16, bias=False), nn.Tanh(), nn.Linear(16, 10)) (recorded)', () => {
    const { module } = buildSequential(
      [
        { kind: 'linear', inFeatures: 64, outFeatures: 16, bias: false },
        { kind: 'tanh' },
        { kind: 'linear', inFeatures: 16, outFeatures: 10, bias: true },
      ],
      3,
    );
    const byName = new Map(parameterValues(module).map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual(['0.weight', '2.weight', '2.bias']);
    expect(byName.get('0.weight')!.values.slice(-2)).toEqual([
      0.03231118619441986, -0.05889703333377838,
    ]);
    expect(byName.get('2.weight')!.values.slice(0, 2)).toEqual([
      -0.044108808040618896, 0.1566065549850464,
    ]);
    expect(byName.get('2.bias')!.values).toHaveLength(10);
    expect(byName.get('2.bias')!.values.slice(-1)).toEqual([0.16736987233161926]);
  });
});
