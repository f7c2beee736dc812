import { linearDefaultInit } from '@/lib/nn/linearInit';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

/**
 * `nn.Linear(in, out)` parameters after `reset_parameters` (kaiming_uniform_(a=sqrt(5)),
 * then the bias), drawn from the session's generator by the one default-init model.
 */
export function linearParameters(rt: Runtime, inFeatures: number, outFeatures: number, bias: boolean): { weight: Tensor; bias: Tensor | null } {
  const init = linearDefaultInit(inFeatures, outFeatures, { bias, rng: rt.generator });
  const param = (values: number[], shape: number[]) => {
    const t = rt.fromValues(values, shape, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  const weight = param(init.weight, [outFeatures, inFeatures]);
  return { weight, bias: init.bias ? param(init.bias, [outFeatures]) : null };
}
