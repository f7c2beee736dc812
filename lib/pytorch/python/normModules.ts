import type { BatchNormKind } from '../kernels/batchNormChecks';
import { batchNorm } from '../ops/batchNorm';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toFloat, toInt } from './context';
import { checkFactoryKwargs } from './convForward';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { pyRepr } from './values';

const pyBool = (b: boolean) => (b ? 'True' : 'False');

/**
 * `nn.BatchNorm1d` / `nn.BatchNorm2d(num_features, eps=1e-05, momentum=0.1,
 * affine=True, track_running_stats=True)`: weight = 1 and bias = 0 as
 * parameters (affine), running_mean = 0, running_var = 1 and
 * num_batches_tracked = 0 (int64) as buffers (track_running_stats, else None).
 * Training uses the batch's statistics and updates the buffers; eval uses the
 * running statistics when it has them.
 */
export function batchNormModule(ctx: Ctx, kind: BatchNormKind, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs(
    `${kind}.__init__`,
    ['num_features', 'eps', 'momentum', 'affine', 'track_running_stats', 'device', 'dtype'],
    {
      eps: 1e-5,
      momentum: 0.1,
      affine: true,
      track_running_stats: true,
      device: null,
      dtype: null,
    },
    a,
    kw,
  );
  checkFactoryKwargs(kind, v[6]);
  const c = toInt(v[0]);
  if (c < 0) throw runtimeError(`Trying to create tensor with negative dimension ${c}: [${c}]`);
  const eps = toFloat(v[1]);
  if (v[2] !== null) toFloat(v[2]);
  const affine = toBool(v[3]);
  const track = toBool(v[4]);
  const m = newModule(
    ctx,
    kind,
    'batchnorm',
    () =>
      `${c}, eps=${pyRepr(m.attrs.get('eps') ?? null, ctx.addr)}, momentum=${pyRepr(m.attrs.get('momentum') ?? null, ctx.addr)}, affine=${pyBool(affine)}, track_running_stats=${pyBool(track)}`,
  );
  for (const [k, x] of [
    ['num_features', BigInt(c)],
    ['eps', v[1]],
    ['momentum', v[2]],
    ['affine', affine],
    ['track_running_stats', track],
  ] as const)
    m.attrs.set(k, x);
  const param = (value: number) => {
    const t = ctx.rt.full([c], value, 'float32');
    t.requiresGrad = true;
    t.isParameter = true;
    return t;
  };
  m.registerParameter('weight', affine ? param(1) : null);
  m.registerParameter('bias', affine ? param(0) : null);
  m.registerBuffer('running_mean', track ? ctx.rt.full([c], 0, 'float32') : null);
  m.registerBuffer('running_var', track ? ctx.rt.full([c], 1, 'float32') : null);
  m.registerBuffer('num_batches_tracked', track ? ctx.rt.full([], 0, 'int64') : null);
  m.forward = (args, kwargs) => {
    const x = tensorArg(
      'batch_norm',
      'input',
      1,
      bindArgs(`${kind}.forward`, ['input'], {}, args, kwargs)[0],
    );
    const get = (name: string) => m.getattr!(name) as Tensor | null;
    const mean = get('running_mean');
    const variance = get('running_var');
    const tracked = get('num_batches_tracked');
    const running =
      mean && variance && tracked ? { mean, variance, numBatchesTracked: tracked } : null;
    // forward reads self.eps and self.momentum, so a changed attribute takes effect
    const mom = m.attrs.get('momentum') ?? null;
    const opts = {
      kind,
      eps: toFloat(m.attrs.get('eps') ?? eps),
      momentum: mom === null ? null : toFloat(mom),
      training: m.attrs.get('training') === true,
    };
    return batchNorm(ctx.rt, x, get('weight'), get('bias'), running, opts);
  };
  return m;
}
