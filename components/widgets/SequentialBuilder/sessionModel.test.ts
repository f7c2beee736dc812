import { describe, expect, it } from 'vitest';
import recorded from '@/tests/oracles/session/containers_sequential_builder.json';
import { sessionModel } from './sessionModel';

type Step = { input: string; output: string | null; error: string | null };
const programs = (recorded as { programs: { id: string; steps: Step[] }[] }).programs;
const shown = (id: string, input: string) => {
  const step = programs.find((p) => p.id === id)!.steps.find((s) => s.input === input)!;
  return step.error ?? step.output ?? '';
};

const mlp = [
  { kind: 'linear', inFeatures: 64, outFeatures: 32, bias: true },
  { kind: 'relu' },
  { kind: 'linear', inFeatures: 32, outFeatures: 10, bias: true },
] as const;

describe('the Sequential builder shows what PyTorch 1.13 prints for the network', () => {
  it('answers the REPL questions about the model as the recorded session does', () => {
    const m = sessionModel([...mlp], 0, 64);
    expect(m.statement).toBe(
      'model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))',
    );
    for (const line of m.facts)
      expect(line.output, line.input).toBe(shown('builder_mlp', line.input));
    expect(m.params).toBe(
      Number(shown('builder_mlp', 'sum(p.numel() for p in model.parameters())')),
    );
    expect(m.flow.map((r) => r.output)).toEqual(['[64, 32]', '[64, 32]', '[64, 10]']);
    expect(m.flow[0].output).toBe(shown('builder_mlp', 'list(x.shape)'));
    expect(m.problem).toBeNull();
  });
  it('stops the forward pass at the child that raises, with its error, and names it', () => {
    const layers = [
      { kind: 'linear', inFeatures: 64, outFeatures: 10, bias: true },
      { kind: 'relu' },
      { kind: 'linear', inFeatures: 12, outFeatures: 5, bias: false },
    ] as const;
    const m = sessionModel([...layers], 3, 16, ['fc1', 'relu1', 'fc2']);
    expect(m.statement).toBe(
      "model = nn.Sequential(OrderedDict([('fc1', nn.Linear(64, 10)), ('relu1', nn.ReLU()), ('fc2', nn.Linear(12, 5, bias=False))]))",
    );
    expect(m.facts[0].output).toBe(shown('builder_named_mismatch', 'model'));
    const error = shown('builder_named_mismatch', 'x = model[2](x)');
    expect(m.flow.at(-1)).toMatchObject({ name: 'fc2', output: null, error });
    expect(m.problem).toEqual({ kind: 'layer-error', layer: 'fc2', error });
    expect(m.params).toBe(
      Number(shown('builder_named_mismatch', 'sum(p.numel() for p in model.parameters())')),
    );
  });
  it('says why a network whose shapes run cannot fit the ten digit classes', () => {
    const linear = (outFeatures: number) =>
      ({ kind: 'linear', inFeatures: 64, outFeatures, bias: true }) as const;
    expect(sessionModel([linear(5)], 0, 8).problem).toEqual({
      kind: 'too-few-scores',
      scores: 5,
      classes: 10,
    });
    expect(sessionModel([{ kind: 'flatten' }], 0, 8).problem).toEqual({
      kind: 'too-many-scores',
      scores: 64,
      classes: 10,
    });
    expect(sessionModel([linear(10), { kind: 'relu' }], 0, 8).problem).toBeNull();
  });
});
