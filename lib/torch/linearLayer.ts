import { uniformFloat32 } from './random';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

/**
 * `reset_parameters` of nn.Linear and the conv layers: kaiming_uniform_(a=sqrt(5))
 * gives U(-b, b) with b = sqrt(3) * gain / sqrt(fan_in), gain = sqrt(2 / (1 + a^2));
 * the bias is U(-1/sqrt(fan_in), 1/sqrt(fan_in)). Weight first, then bias, both
 * drawn from the session's generator in row-major order.
 */
export function kaimingUniformParameters(
  rt: Runtime, weightShape: number[], fanIn: number, biasSize: number | null,
): { weight: Tensor; bias: Tensor | null } {
  const a = Math.sqrt(5);
  const gain = Math.sqrt(2.0 / (1 + a ** 2));
  const bound = Math.sqrt(3.0) * (gain / Math.sqrt(fanIn));
  const param = (values: number[], shape: number[]) => {
    const t = rt.fromValues(values, shape, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  const numel = weightShape.reduce((x, y) => x * y, 1);
  const weight = param(uniformFloat32(rt.generator, numel, -bound, bound), weightShape);
  if (biasSize === null) return { weight, bias: null };
  const bb = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
  return { weight, bias: param(uniformFloat32(rt.generator, biasSize, -bb, bb), [biasSize]) };
}

/** `nn.Linear(in, out)` parameters after `reset_parameters` (fan_in = in). */
export function linearParameters(rt: Runtime, inFeatures: number, outFeatures: number, bias: boolean): { weight: Tensor; bias: Tensor | null } {
  return kaimingUniformParameters(rt, [outFeatures, inFeatures], inFeatures, bias ? outFeatures : null);
}
