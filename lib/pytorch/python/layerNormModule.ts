import { layerNorm } from '../ops/layerNorm';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toFloat, toInt } from './context';
import { checkFactoryKwargs } from './convForward';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { PyTuple, pyRepr } from './values';

/** `normalized_shape`: an int is one trailing dim, a list or tuple several. */
const shapeOf = (ctx: Ctx, v: PyValue): number[] =>
  typeof v === 'bigint' || typeof v === 'boolean'
    ? [toInt(v)]
    : ctx.iterate(v).map((x) => toInt(x));

/** A float32 Parameter of `shape` filled with `value` (LayerNorm's reset_parameters: ones, zeros). */
function filledParameter(ctx: Ctx, shape: number[], value: number): Tensor {
  const p = ctx.rt.full(shape, value, 'float32');
  p.requiresGrad = true;
  p.isParameter = true;
  return p;
}

/** `nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True)`: weight ones, bias zeros. */
export function layerNormModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs(
    'LayerNorm.__init__',
    ['normalized_shape', 'eps', 'elementwise_affine', 'device', 'dtype'],
    { eps: 1e-5, elementwise_affine: true, device: null, dtype: null },
    a,
    kw,
  );
  checkFactoryKwargs('LayerNorm', v[4]);
  const shape = shapeOf(ctx, v[0]);
  const eps = v[1];
  const affine = toBool(v[2]);
  const shapeTuple = new PyTuple(shape.map((n) => BigInt(n)));
  const m = newModule(
    ctx,
    'LayerNorm',
    'normalization',
    () =>
      `${pyRepr(shapeTuple, ctx.addr)}, eps=${pyRepr(m.attrs.get('eps')!, ctx.addr)}, elementwise_affine=${affine ? 'True' : 'False'}`,
  );
  m.attrs.set('normalized_shape', shapeTuple);
  m.attrs.set('eps', eps);
  m.attrs.set('elementwise_affine', affine);
  m.registerParameter('weight', affine ? filledParameter(ctx, shape, 1) : null);
  m.registerParameter('bias', affine ? filledParameter(ctx, shape, 0) : null);
  m.forward = (x, k) =>
    layerNorm(
      ctx.rt,
      tensorArg('layer_norm', 'input', 1, bindArgs('LayerNorm.forward', ['input'], {}, x, k)[0]),
      shape,
      m.getattr!('weight') as Tensor | null,
      m.getattr!('bias') as Tensor | null,
      toFloat(m.attrs.get('eps')!),
    );
  return m;
}

/** `F.layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05)`. */
export function functionalLayerNorm(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs(
    'layer_norm',
    ['input', 'normalized_shape', 'weight', 'bias', 'eps'],
    { weight: null, bias: null, eps: 1e-5 },
    a,
    kw,
  );
  return layerNorm(
    ctx.rt,
    tensorArg('layer_norm', 'input', 1, v[0]),
    shapeOf(ctx, v[1]),
    v[2] === null ? null : tensorArg('layer_norm', 'weight', 3, v[2]),
    v[3] === null ? null : tensorArg('layer_norm', 'bias', 4, v[3]),
    toFloat(v[4]),
  );
}
