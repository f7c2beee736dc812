import { describe, expect, it } from 'vitest';
import recorded from '@/tests/oracles/session/containers_parameters.json';
import { containerRows, pitfallParameterCount } from './containerRows';

type Step = { input: string; output: string | null; error: string | null };
const programs = (recorded as { programs: { id: string; steps: Step[] }[] }).programs;
const printed = (id: string, input: string) =>
  programs.find((p) => p.id === id)!.steps.find((s) => s.input === input)!;

describe('the containers widget reads what PyTorch 1.13 prints from the session', () => {
  const rows = containerRows();
  it('prints each container as PyTorch does', () => {
    expect(rows[0].repr).toBe(printed('containers_compared', 's').output);
    expect(rows[2].repr).toBe(printed('containers_compared', 'md').output);
    expect(rows[3].repr).toBe(printed('parameter_list_basics', 'pl').output);
  });
  it('shows the error a call raises, and the output shape when it works', () => {
    expect(rows[0]).toMatchObject({
      call: printed('containers_compared', 's(torch.zeros(4, 2)).shape').output,
      callFailed: false,
    });
    expect(rows[1]).toMatchObject({
      call: printed('containers_compared', 'ml(torch.zeros(4, 2))').error,
      callFailed: true,
    });
    expect(rows[3]).toMatchObject({
      call: printed('parameter_list_basics', 'pl(torch.zeros(4, 2))').error,
      callFailed: true,
    });
    expect(rows[4]).toMatchObject({
      call: printed('parameter_dict_basics', 'pd(torch.zeros(4, 2))').error,
      callFailed: true,
    });
  });
  it('lists the registered parameters with their shapes', () => {
    expect(rows[2].parameters).toBe(
      printed('containers_compared', '[(n, tuple(p.shape)) for n, p in md.named_parameters()]')
        .output,
    );
  });
  it('counts parameters as PyTorch does: a plain list of layers registers none of them', () => {
    // PyTorch 1.13 for hidden=16: 1482 with nn.ModuleList, 170 (out only) with a plain list
    expect(pitfallParameterCount('moduleList', 16)).toBe(1482);
    expect(pitfallParameterCount('plainList', 16)).toBe(170);
  });
});
