import { describe, expect, it } from 'vitest';
import { messages, type BuilderProblem } from './messages';
import { parseLayerList } from './spec';
import { sessionModel } from './sessionModel';

const hangul = /[\uac00-\ud7a3]/;

describe('SequentialBuilder says why a network cannot train, in both languages', () => {
  const problem = (layers: string): BuilderProblem | null => {
    const parsed = parseLayerList(layers);
    if (parsed.problems.length) return parsed.problems[0];
    if (!parsed.layers.length) return { kind: 'no-layers' };
    return sessionModel(parsed.layers, 0, 8).problem;
  };
  const cases = [
    'linear:64:0',
    'conv, relu',
    '',
    'linear:64:10, relu, linear:20:5',
    'linear:64:5',
    'flatten',
  ].map((layers) => [layers, problem(layers)] as const);

  it('finds a problem of every kind but the 3-D output, which these layers cannot make', () => {
    expect(cases.map(([, p]) => p?.kind)).toEqual([
      'linear-sizes',
      'unknown-layer',
      'no-layers',
      'layer-error',
      'too-few-scores',
      'too-many-scores',
    ]);
    expect(messages.en.problem({ kind: 'not-2d', shape: [8, 2, 5], classes: 10 })).toBe(
      'the output has shape [8, 2, 5]; cross_entropy wants [batch, 10]',
    );
  });

  it("keeps PyTorch's own error text and words the rest in Korean", () => {
    for (const [layers, p] of cases) {
      const ko = messages.ko.problem(p!);
      expect(ko, layers).toMatch(hangul);
      if (p!.kind === 'layer-error') expect(ko).toContain(p!.error);
      if (p!.kind === 'too-few-scores')
        expect(ko).toContain('IndexError: Target 9 is out of bounds.');
    }
  });
});
