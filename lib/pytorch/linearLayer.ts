import { defaultInit } from '@/lib/pytorch/kernels/linearInit';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

/**
 * `reset_parameters` of nn.Linear and the conv layers (kaiming_uniform_(a=sqrt(5)) on the
 * weight, then the bias), drawn from the session's generator by the one default-init model.
 * fan_in is the weight's `_calculate_fan_in_and_fan_out`, as PyTorch computes it.
 */
export function kaimingUniformParameters(
  rt: Runtime,
  weightShape: number[],
  biasSize: number | null,
): { weight: Tensor; bias: Tensor | null } {
  const init = defaultInit(weightShape, biasSize, rt.generator, weightShape.length > 2);
  const param = (values: number[], shape: number[]) => {
    const t = rt.fromValues(values, shape, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  const weight = param(init.weight, weightShape);
  if (biasSize === null) return { weight, bias: null };
  return { weight, bias: param(init.bias ?? new Array<number>(biasSize).fill(0), [biasSize]) };
}

/** `nn.Linear(in, out)` parameters after `reset_parameters` (fan_in = in). */
export function linearParameters(
  rt: Runtime,
  inFeatures: number,
  outFeatures: number,
  bias: boolean,
): { weight: Tensor; bias: Tensor | null } {
  return kaimingUniformParameters(rt, [outFeatures, inFeatures], bias ? outFeatures : null);
}
