import { PyError, runtimeError } from '../errors';
import { uniformFloat32 } from '../random';
import { ADD, MUL, binary } from '../ops/pointwise';
import { sum } from '../ops/reduce';
import { permute, reshape, unsqueeze, view } from '../ops/views';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toInt } from './context';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import { binop } from './operators';
import type { Kwargs, PyValue } from './values';

const pyBool = (b: boolean) => (b ? 'True' : 'False');

/**
 * `F.bilinear(x1, x2, W, b)`: y[..., o] = Σᵢⱼ x1[..., i] W[o, i, j] x2[..., j] + b[o], after
 * ATen `bilinear`'s checks in its order. Computed as (x1 @ W') viewed as (..., out, in2),
 * times x2, summed over in2, then + b.
 */
export function bilinear(rt: Runtime, x1: Tensor, x2: Tensor, w: Tensor, b: Tensor | null): Tensor {
  const d = x1.shape.length;
  if (d !== x2.shape.length)
    throw runtimeError(
      `bilinear(): input dimensions do not match: got ${d} and ${x2.shape.length}`,
    );
  for (let i = 0; i < d - 1; i++) {
    if (x1.shape[i] !== x2.shape[i]) {
      throw runtimeError(
        `bilinear(): input batch dimensions do not match at dim ${i}: got ${x1.shape[i]} and ${x2.shape[i]}`,
      );
    }
  }
  const [out, in1, in2] = w.shape;
  if (x1.shape[d - 1] !== in1)
    throw runtimeError(
      `bilinear(): input1 size does not match weight size: got ${x1.shape[d - 1]} but expected ${in1}`,
    );
  if (x2.shape[d - 1] !== in2)
    throw runtimeError(
      `bilinear(): input2 size does not match weight size: got ${x2.shape[d - 1]} but expected ${in2}`,
    );
  if (b && b.shape[0] !== out)
    throw runtimeError(
      `bilinear(): bias size does not match weight size: got ${b.shape[0]} but expected ${out}`,
    );
  const lead = x1.shape.slice(0, -1);
  const wFlat = reshape(rt, permute(rt, w, [1, 0, 2]), [in1, out * in2]);
  const xw = view(rt, binop(rt, '@', x1, wFlat) as Tensor, [...lead, out, in2]);
  const y = sum(rt, binary(rt, MUL, xw, unsqueeze(rt, x2, d - 1)), [d]);
  return b ? binary(rt, ADD, y, b) : y;
}

/** `nn.Bilinear(in1_features, in2_features, out_features, bias=True)`: weight and bias ~ U(±1/√in1). */
export function bilinearModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [in1Arg, in2Arg, outArg, biasArg] = bindArgs(
    'Bilinear.__init__',
    ['in1_features', 'in2_features', 'out_features', 'bias', 'device', 'dtype'],
    { bias: true, device: null, dtype: null },
    a,
    kw,
  );
  const [in1, in2, out] = [in1Arg, in2Arg, outArg].map((v) => toInt(v));
  const shape = [out, in1, in2];
  const negative = shape.find((s) => s < 0);
  if (negative !== undefined)
    throw runtimeError(
      `Trying to create tensor with negative dimension ${negative}: [${shape.join(', ')}]`,
    );
  const hasBias = toBool(biasArg);
  if (in1 === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  const bound = 1 / Math.sqrt(in1);
  const param = (values: number[], s: number[]) => {
    const t = ctx.rt.fromValues(values, s, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  const weight = param(uniformFloat32(ctx.rt.generator, out * in1 * in2, -bound, bound), shape);
  const bias = hasBias ? param(uniformFloat32(ctx.rt.generator, out, -bound, bound), [out]) : null;
  const m = newModule(
    ctx,
    'Bilinear',
    'linear',
    () =>
      `in1_features=${in1}, in2_features=${in2}, out_features=${out}, bias=${pyBool(m.getattr!('bias') !== null)}`,
  );
  m.attrs.set('in1_features', BigInt(in1));
  m.attrs.set('in2_features', BigInt(in2));
  m.attrs.set('out_features', BigInt(out));
  m.registerParameter('weight', weight);
  m.registerParameter('bias', bias);
  m.forward = (x, k) => {
    const [x1, x2] = bindArgs('Bilinear.forward', ['input1', 'input2'], {}, x, k);
    return bilinear(
      ctx.rt,
      tensorArg('bilinear', 'input1', 1, x1),
      tensorArg('bilinear', 'input2', 2, x2),
      m.getattr!('weight') as Tensor,
      m.getattr!('bias') as Tensor | null,
    );
  };
  return m;
}
