import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/matmul_shapes.json';
import { matmulShape } from './matmulShape';
import { ruleResultShape } from './matmulRules';
import { addmmShape } from './addmmShape';

interface Outcome {
  ok: boolean;
  shape?: number[];
  error_type?: string;
  error?: string;
}
const oracle = oracleJson as unknown as {
  matmul: (Outcome & { a: number[]; b: number[] })[];
  addmm: (Outcome & { bias: number[]; m1: number[]; m2: number[] })[];
};

function expectOutcome(
  actual: { ok: boolean; shape?: number[]; errorType?: string; error?: string },
  want: Outcome,
): void {
  if (want.ok) {
    expect(actual.ok ? actual.shape : `${actual.errorType}: ${actual.error}`).toEqual(want.shape);
  } else {
    expect({ ok: actual.ok, errorType: actual.errorType, error: actual.error }).toEqual({
      ok: false,
      errorType: want.error_type,
      error: want.error,
    });
  }
}

describe('torch.matmul shapes and errors match PyTorch 1.13', () => {
  it.each(
    oracle.matmul.map((c) => [`${JSON.stringify(c.a)} @ ${JSON.stringify(c.b)}`, c] as const),
  )('%s', (_, c) => {
    const result = matmulShape(c.a, c.b);
    expectOutcome(result, c);
    // The textbook rule must agree with PyTorch's route on every shape that works.
    if (c.ok) expect(ruleResultShape(result.steps)).toEqual(c.shape);
    else expect(result.steps[result.steps.length - 1].ok).toBe(false);
  });
});

describe('torch.addmm shapes and errors match PyTorch 1.13', () => {
  it.each(
    oracle.addmm.map(
      (c) =>
        [
          `addmm(${JSON.stringify(c.bias)}, ${JSON.stringify(c.m1)}, ${JSON.stringify(c.m2)})`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    expectOutcome(addmmShape(c.bias, c.m1, c.m2), c);
  });
});
