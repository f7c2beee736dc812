import { uniformFloat32 } from './random';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

/**
 * `nn.Linear(in, out)` parameters after `reset_parameters`:
 * kaiming_uniform_(a=sqrt(5)) gives U(-b, b) with b = sqrt(3) * gain / sqrt(fan_in),
 * gain = sqrt(2 / (1 + a^2)); the bias is U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
 */
export function linearParameters(rt: Runtime, inFeatures: number, outFeatures: number, bias: boolean): { weight: Tensor; bias: Tensor | null } {
  const a = Math.sqrt(5);
  const gain = Math.sqrt(2.0 / (1 + a ** 2));
  const bound = Math.sqrt(3.0) * (gain / Math.sqrt(inFeatures));
  const param = (values: number[], shape: number[]) => {
    const t = rt.fromValues(values, shape, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  const weight = param(uniformFloat32(rt.generator, inFeatures * outFeatures, -bound, bound), [outFeatures, inFeatures]);
  if (!bias) return { weight, bias: null };
  const bb = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
  return { weight, bias: param(uniformFloat32(rt.generator, outFeatures, -bb, bb), [outFeatures]) };
}
