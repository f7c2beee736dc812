import { describe, expect, it } from 'vitest';
import batchnorm from '@/tests/oracles/batchnorm.json';
import recorded from '@/tests/oracles/session/containers_linear_inside.json';
import { linearRoute, sessionLinear } from './sessionLinear';

type Step = { input: string; output: string | null; error: string | null };
const steps = (recorded as { programs: { id: string; steps: Step[] }[] }).programs[0].steps;
const shown = (input: string) => steps.find((s) => s.input === input)!;
const gradFnName = (input: string) => /^<(\w+)/.exec(shown(input).output!)![1];

interface LinearInitCase {
  in_features: number;
  out_features: number;
  seed: number;
  weight_values_after_manual_seed?: number[][];
  bias_values_after_manual_seed?: number[];
}
const inits = (
  batchnorm as unknown as { default_init: { linear: LinearInitCase[] } }
).default_init.linear.filter((c) => c.weight_values_after_manual_seed);

describe('LinearInside reads its layer from the session', () => {
  it.each(
    inits.map((c) => [`Linear(${c.in_features}, ${c.out_features}) seed ${c.seed}`, c] as const),
  )('%s has the weights PyTorch 1.13 draws', (_, c) => {
    const layer = sessionLinear(c.in_features, c.out_features, true, c.seed, [c.in_features]);
    expect(layer.weight).toEqual(c.weight_values_after_manual_seed!.flat());
    if (c.bias_values_after_manual_seed)
      expect(layer.bias).toEqual(c.bias_values_after_manual_seed);
  });
  it('tells the kernel by the grad_fn PyTorch leaves for each input rank', () => {
    const shapes = [[8], [8, 8], [4, 8, 8], [2, 4, 8, 8]];
    for (const [i, shape] of shapes.entries()) {
      const layer = sessionLinear(8, 3, true, 0, shape);
      expect(layer.gradFn).toBe(gradFnName(`layer(torch.zeros(${shape.join(', ')})).grad_fn`));
      expect(linearRoute(layer.gradFn!).kernel).toBe(i === 1 || i === 2 ? 'addmm' : 'matmul');
    }
    expect(sessionLinear(8, 3, true, 0, [2, 4, 8, 8]).call.output).toBe(
      shown('layer(torch.zeros(2, 4, 8, 8)).shape').output,
    );
    expect(sessionLinear(8, 3, false, 0, [4, 8, 8]).gradFn).toBe(
      gradFnName('nobias(torch.zeros(4, 8, 8)).grad_fn'),
    );
  });
});
