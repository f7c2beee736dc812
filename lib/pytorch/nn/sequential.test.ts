import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import { seededNn } from './factory';
import { moduleRepr, odictKeys } from './moduleRepr';
import { namedParameters, parameterCount } from './parameters';
import { Sequential } from './sequential';
import { shapeFlow } from './shapeFlow';

const nn = seededNn(0);
const model = () => new Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10));
const errorText = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

describe('nn.Sequential', () => {
  it('nn.Sequential(1) raises the TypeError the lecture shows', () => {
    expect(errorText(() => new Sequential(1))).toBe('TypeError: int is not a Module subclass');
    expect(errorText(() => new Sequential(nn.ReLU(), 'relu'))).toBe(
      'TypeError: str is not a Module subclass',
    );
  });

  it('indexes like a list: model[0], model[-1], out of range', () => {
    const m = model();
    expect(moduleRepr(m.at(0)!)).toBe('Linear(in_features=64, out_features=32, bias=True)');
    expect(moduleRepr(m.at(-1)!)).toBe('Linear(in_features=32, out_features=10, bias=True)');
    expect(m.at(-3)).toBe(m.at(0));
    expect(errorText(() => m.at(5))).toBe('IndexError: index 5 is out of range');
    expect(errorText(() => m.at(-4))).toBe('IndexError: index -4 is out of range');
    expect(m.length).toBe(3);
  });

  it('a slice is a new Sequential built from an OrderedDict, so the children keep their names', () => {
    const m = model();
    const tail = m.slice({ start: 1, stop: null, step: null });
    expect(tail).not.toBe(m);
    expect(tail.at(0)).toBe(m.at(1));
    expect(moduleRepr(tail)).toBe(
      'Sequential(\n  (1): ReLU()\n  (2): Linear(in_features=32, out_features=10, bias=True)\n)',
    );
    expect(odictKeys(m.slice({ start: null, stop: null, step: -1 })._modules.keys())).toBe(
      "odict_keys(['2', '1', '0'])",
    );
  });

  it('registers children in _modules and nothing in its own _parameters', () => {
    const m = model();
    expect(odictKeys(m._modules.keys())).toBe("odict_keys(['0', '1', '2'])");
    expect(m._parameters.size).toBe(0);
    expect(namedParameters(m).map(([n]) => n)).toEqual([
      '0.weight',
      '0.bias',
      '2.weight',
      '2.bias',
    ]);
    expect(parameterCount(m)).toBe(64 * 32 + 32 + 32 * 10 + 10);
  });

  it('forward as a loop: shapes flow layer by layer, a mismatch stops with the addmm message', () => {
    const rows = shapeFlow(model(), [64, 64]);
    expect(rows.map((r) => r.output)).toEqual([
      [64, 32],
      [64, 32],
      [64, 10],
    ]);
    const bad = new Sequential(nn.Linear(64, 10), nn.ReLU(), nn.Linear(20, 5));
    const flow = shapeFlow(bad, [64, 64]);
    expect(flow).toHaveLength(3);
    expect(flow[2].error && failureLine(flow[2].error)).toBe(
      'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)',
    );
  });

  it('a 3-D input goes through matmul and keeps its leading dims; Flatten joins dims 1..-1', () => {
    expect(model().call([2, 7, 64])).toEqual([2, 7, 10]);
    expect(new Sequential(nn.Flatten(), nn.Linear(64, 10)).call([5, 8, 8])).toEqual([5, 10]);
    expect(errorText(() => nn.Flatten().call([4]))).toBe(
      'IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)',
    );
  });
});
