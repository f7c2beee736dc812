import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/batchnorm.json';
import { createSession } from './session';

interface LinearInitCase {
  in_features: number;
  out_features: number;
  seed: number;
  weight_values_after_manual_seed?: number[][];
  bias_values_after_manual_seed?: number[];
}
const cases = (oracleJson as unknown as { default_init: { linear: LinearInitCase[] } }).default_init
  .linear;

/** The float32 values a session's named tensor holds, widened to double as PyTorch's `.tolist()` gives them. */
function valuesOf(session: ReturnType<typeof createSession>, name: string): number[] {
  const snap = session.snapshot();
  const t = snap.tensors.find((x) => x.name === name)!;
  return snap.storages.find((s) => s.id === t.storageId)!.values;
}

describe('nn.Linear in the session initialises as PyTorch 1.13 does after torch.manual_seed', () => {
  it.each(
    cases
      .filter((c) => c.weight_values_after_manual_seed)
      .map((c) => [`Linear(${c.in_features}, ${c.out_features}) seed ${c.seed}`, c] as const),
  )('%s', (_, c) => {
    const s = createSession();
    for (const line of [
      'import torch',
      'import torch.nn as nn',
      `torch.manual_seed(${c.seed})`,
      `layer = nn.Linear(${c.in_features}, ${c.out_features})`,
      'w = layer.weight',
      'b = layer.bias',
    ]) {
      expect(s.run(line).error).toBeNull();
    }
    expect(valuesOf(s, 'w')).toEqual(c.weight_values_after_manual_seed!.flat());
    if (c.bias_values_after_manual_seed)
      expect(valuesOf(s, 'b')).toEqual(c.bias_values_after_manual_seed);
  });
});

describe('Tensor.uniform_ draws as the CPU generator does', () => {
  it("torch.empty(n).uniform_(a, b) after manual_seed equals nn.Linear's weight draw over the same bound", () => {
    const s = createSession();
    for (const line of [
      'import torch',
      'import torch.nn as nn',
      'torch.manual_seed(0)',
      'layer = nn.Linear(2, 1)',
      'w = layer.weight',
      'torch.manual_seed(0)',
      'u = torch.empty(1, 2).uniform_(-0.7071067811865474, 0.7071067811865474)',
    ]) {
      expect(s.run(line).error).toBeNull();
    }
    expect(valuesOf(s, 'u')).toEqual(valuesOf(s, 'w'));
  });
});
