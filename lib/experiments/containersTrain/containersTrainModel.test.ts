import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../pytorch/tensor';
import { parameterCount, parameterValues } from '../../pytorch/widgets/sessionModule';
import { pitfallModel } from './containersTrainModel';

const weights = (t: unknown) => Array.from((t as Tensor).values());

describe("the pitfall model's starting weights are PyTorch 1.13.1's seeded initialisation", () => {
  it('pitfall model: torch.manual_seed(7), then the three nn.Linear layers in order (recorded)', () => {
    for (const holder of ['moduleList', 'plainList'] as const) {
      const { layers } = pitfallModel(holder, 32, 7);
      const [w0, b1, w2, b2] = [
        weights(layers[0].getattr!('weight')),
        weights(layers[1].getattr!('bias')),
        weights(layers[2].getattr!('weight')),
        weights(layers[2].getattr!('bias')),
      ];
      expect(w0.slice(0, 3)).toEqual([
        0.008730635046958923, -0.0752992033958435, 0.039802923798561096,
      ]);
      expect(b1.slice(-2)).toEqual([0.08870210498571396, -0.061327118426561356]);
      expect(w2.slice(-2)).toEqual([-0.030081406235694885, 0.06011679023504257]);
      expect(b2.slice(0, 2)).toEqual([0.015994369983673096, 0.12548385560512543]);
    }
  });

  it('only the ModuleList model registers its hidden layers', () => {
    expect(parameterCount(pitfallModel('moduleList', 32, 0).module)).toBe(
      64 * 32 + 32 + 32 * 32 + 32 + 32 * 10 + 10,
    );
    const plain = parameterValues(pitfallModel('plainList', 32, 0).module);
    expect(plain.map((p) => p.name)).toEqual(['out.weight', 'out.bias']);
  });
});
