import { valueError } from '../errors';
import { checkReduction } from '../losses';
import { dropout } from '../ops/dropout';
import { nllLoss } from '../ops/nllLoss';
import { implicitSoftmaxDim, softmax } from '../ops/softmax';
import { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { notImplemented, toBool, toFloat, toInt } from './context';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { pyRepr } from './values';

/** `F.softmax` / `F.log_softmax(input, dim=None)`: no dim warns and takes `_get_softmax_dim`'s. */
export function softmaxCall(ctx: Ctx, log: boolean, input: PyValue, dim: PyValue): Tensor {
  const name = log ? 'log_softmax' : 'softmax';
  const x = tensorArg(name, 'input', 1, input);
  if (dim !== null) return softmax(ctx.rt, x, toInt(dim), log);
  ctx.rt.warn(
    'UserWarning',
    `Implicit dimension choice for ${name} has been deprecated. Change the call to include dim=X as an argument.`,
  );
  return softmax(ctx.rt, x, implicitSoftmaxDim(x.shape.length), log);
}

/** `nn.Softmax(dim=None)` / `nn.LogSoftmax(dim=None)`. */
export function softmaxModule(
  ctx: Ctx,
  className: 'Softmax' | 'LogSoftmax',
  a: PyValue[],
  kw: Kwargs,
): PyModule {
  const [dim] = bindArgs(`${className}.__init__`, ['dim'], { dim: null }, a, kw);
  const m = newModule(ctx, className, 'activation', () => `dim=${pyRepr(dim, ctx.addr)}`);
  m.attrs.set('dim', dim);
  m.forward = (x, k) =>
    softmaxCall(
      ctx,
      className === 'LogSoftmax',
      bindArgs(`${className}.forward`, ['input'], {}, x, k)[0],
      dim,
    );
  return m;
}

interface LossArgs {
  weight: PyValue;
  ignoreIndex: PyValue;
  reduction: PyValue;
  labelSmoothing: PyValue;
}

/** `nll_loss(log_softmax(input, 1), target)`, or `nll_loss(input, target)`: NllLossBackward0. */
function classLoss(
  ctx: Ctx,
  crossEntropy: boolean,
  input: PyValue,
  target: PyValue,
  o: LossArgs,
): Tensor {
  const name = crossEntropy ? 'cross_entropy' : 'nll_loss';
  const reduction = checkReduction(String(o.reduction));
  const x = tensorArg(name, 'input', 1, input);
  const t = tensorArg(name, 'target', 2, target);
  if (o.labelSmoothing !== null && toFloat(o.labelSmoothing) !== 0)
    throw notImplemented('cross_entropy with label_smoothing');
  const weight = o.weight === null ? null : tensorArg(name, 'weight', 3, o.weight);
  const probabilities =
    crossEntropy &&
    t.dtype !== 'int64' &&
    t.shape.length === x.shape.length &&
    t.shape.every((n, i) => n === x.shape[i]);
  if (probabilities) throw notImplemented('cross_entropy with class-probability targets');
  const logp = crossEntropy ? softmax(ctx.rt, x, x.shape.length === 1 ? 0 : 1, true) : x;
  return nllLoss(ctx.rt, logp, t, { weight, ignoreIndex: toInt(o.ignoreIndex), reduction });
}

/** `F.cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)` and `F.nll_loss`. */
export function functionalClassLoss(
  ctx: Ctx,
  crossEntropy: boolean,
  a: PyValue[],
  kw: Kwargs,
): Tensor {
  const names = [
    'input',
    'target',
    'weight',
    'size_average',
    'ignore_index',
    'reduce',
    'reduction',
    ...(crossEntropy ? ['label_smoothing'] : []),
  ];
  const v = bindArgs(
    crossEntropy ? 'cross_entropy' : 'nll_loss',
    names,
    {
      weight: null,
      size_average: null,
      ignore_index: -100n,
      reduce: null,
      reduction: 'mean',
      label_smoothing: 0,
    },
    a,
    kw,
  );
  return classLoss(ctx, crossEntropy, v[0], v[1], {
    weight: v[2],
    ignoreIndex: v[4],
    reduction: v[6],
    labelSmoothing: crossEntropy ? v[7] : null,
  });
}

/** `nn.CrossEntropyLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)` / `nn.NLLLoss`. */
export function classLossModule(
  ctx: Ctx,
  className: 'CrossEntropyLoss' | 'NLLLoss',
  a: PyValue[],
  kw: Kwargs,
): PyModule {
  const ce = className === 'CrossEntropyLoss';
  const names = [
    'weight',
    'size_average',
    'ignore_index',
    'reduce',
    'reduction',
    ...(ce ? ['label_smoothing'] : []),
  ];
  const v = bindArgs(
    `${className}.__init__`,
    names,
    {
      weight: null,
      size_average: null,
      ignore_index: -100n,
      reduce: null,
      reduction: 'mean',
      label_smoothing: 0,
    },
    a,
    kw,
  );
  if (v[1] !== null || v[3] !== null)
    throw notImplemented(`${className} with the deprecated size_average / reduce arguments`);
  if (v[0] !== null && !(v[0] instanceof Tensor)) tensorArg(className, 'weight', 1, v[0]);
  const m = newModule(ctx, className, 'loss');
  m.attrs.set('reduction', v[4]);
  m.attrs.set('ignore_index', v[2]);
  if (ce) m.attrs.set('label_smoothing', v[5]);
  m.forward = (x, k) => {
    const [input, target] = bindArgs(`${className}.forward`, ['input', 'target'], {}, x, k);
    return classLoss(ctx, ce, input, target, {
      weight: v[0],
      ignoreIndex: v[2],
      reduction: v[4],
      labelSmoothing: ce ? v[5] : null,
    });
  };
  return m;
}

function checkP(ctx: Ctx, p: PyValue): number {
  const value = toFloat(p);
  if (value < 0 || value > 1)
    throw valueError(
      `dropout probability has to be between 0 and 1, but got ${pyRepr(p, ctx.addr)}`,
    );
  return value;
}

/** `F.dropout(input, p=0.5, training=True, inplace=False)`. */
export function functionalDropout(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs(
    'dropout',
    ['input', 'p', 'training', 'inplace'],
    { p: 0.5, training: true, inplace: false },
    a,
    kw,
  );
  const p = checkP(ctx, v[1]);
  if (toBool(v[3])) throw notImplemented('dropout(inplace=True)');
  return dropout(ctx.rt, tensorArg('dropout', 'input', 1, v[0]), p, toBool(v[2]));
}

/** `nn.Dropout(p=0.5, inplace=False)`: identity in eval mode, the random mask in training. */
export function dropoutModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [pArg, inplace] = bindArgs(
    'Dropout.__init__',
    ['p', 'inplace'],
    { p: 0.5, inplace: false },
    a,
    kw,
  );
  const p = checkP(ctx, pArg);
  const m = newModule(
    ctx,
    'Dropout',
    'dropout',
    () => `p=${pyRepr(m.attrs.get('p') ?? null, ctx.addr)}, inplace=${pyRepr(inplace, ctx.addr)}`,
  );
  m.attrs.set('p', pArg);
  m.attrs.set('inplace', inplace);
  m.forward = (x, k) => {
    if (toBool(inplace)) throw notImplemented('Dropout(inplace=True)');
    const input = tensorArg(
      'dropout',
      'input',
      1,
      bindArgs('Dropout.forward', ['input'], {}, x, k)[0],
    );
    return dropout(
      ctx.rt,
      input,
      m.attrs.get('p') === pArg ? p : checkP(ctx, m.attrs.get('p') ?? pArg),
      m.attrs.get('training') === true,
    );
  };
  return m;
}
