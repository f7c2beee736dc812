import { linearParameters } from '../linearLayer';
import { checkReduction, l1Loss, mseLoss } from '../losses';
import { UNARY, unary } from '../ops/pointwise';
import { flatten } from '../ops/views';
import { runtimeError, typeError } from '../errors';
import { unflatten } from '../ops/unflatten';
import { inplaceBinary } from '../ops/inplace';
import type { BinarySpec } from '../ops/pointwise';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toInt } from './context';
import { checkDevice } from './devices';
import { linear, tensorArg } from './linearForward';
import { installModuleMethods } from './moduleMethods';
import { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { PyList, PyTuple, pyRepr, typeName } from './values';

/** A fresh module of class `className` (defined in torch/nn/modules/`file`.py) with Module's methods. */
export function newModule(
  ctx: Ctx,
  className: string,
  file: string,
  extraRepr?: () => string,
): PyModule {
  const m = new PyModule(className, file, extraRepr);
  installModuleMethods(ctx, m);
  return m;
}

/** `forward(self, input)`: the one tensor argument, bound as CPython binds it. */
export const inputOf = (m: PyModule, a: PyValue[], kw: Kwargs): PyValue =>
  bindArgs(`${m.typeName}.forward`, ['input'], {}, a, kw)[0];

const pyBool = (b: boolean) => (b ? 'True' : 'False');

/** `nn.Linear(in_features, out_features, bias=True)`: weight and bias drawn from the session's generator. */
export function linearModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [inArg, outArg, biasArg, deviceArg] = bindArgs(
    'Linear.__init__',
    ['in_features', 'out_features', 'bias', 'device', 'dtype'],
    { bias: true, device: null, dtype: null },
    a,
    kw,
  );
  checkDevice(deviceArg);
  const inF = toInt(inArg);
  const outF = toInt(outArg);
  if (inF < 0 || outF < 0)
    throw runtimeError(
      `Trying to create tensor with negative dimension ${outF < 0 ? outF : inF}: [${outF}, ${inF}]`,
    );
  const hasBias = toBool(biasArg);
  if (inF * outF === 0) ctx.rt.warn('UserWarning', 'Initializing zero-element tensors is a no-op');
  const p = linearParameters(ctx.rt, inF, outF, hasBias);
  const m = newModule(
    ctx,
    'Linear',
    'linear',
    () => `in_features=${inF}, out_features=${outF}, bias=${pyBool(m.getattr!('bias') !== null)}`,
  );
  m.attrs.set('in_features', BigInt(inF));
  m.attrs.set('out_features', BigInt(outF));
  m.registerParameter('weight', p.weight);
  m.registerParameter('bias', p.bias);
  m.forward = (x, k) =>
    linear(
      ctx.rt,
      tensorArg('linear', 'input', 1, inputOf(m, x, k)),
      m.getattr!('weight') as Tensor,
      m.getattr!('bias') as Tensor | null,
    );
  return m;
}

/** `torch.relu_(x)`: written into x, whose history becomes ReluBackward0 (gradient where the result is positive). */
const RELU_INPLACE: BinarySpec = {
  name: 'ReluBackward0',
  f: (a) => (a > 0 ? a : 0),
  da: (_a, _b, out) => (out > 0 ? 1 : 0),
  db: () => 0,
  saves: [false, false],
};

/** ReLU, Tanh, Sigmoid: the elementwise op with its grad_fn (ReluBackward0, TanhBackward0, SigmoidBackward0). */
export function activationModule(
  ctx: Ctx,
  className: 'ReLU' | 'Tanh' | 'Sigmoid',
  a: PyValue[],
  kw: Kwargs,
): PyModule {
  const inplace =
    className === 'ReLU' &&
    toBool(bindArgs('ReLU.__init__', ['inplace'], { inplace: false }, a, kw)[0]);
  if (className !== 'ReLU') bindArgs(`${className}.__init__`, [], {}, a, kw);
  const op = ({ ReLU: 'relu', Tanh: 'tanh', Sigmoid: 'sigmoid' } as const)[className];
  const m = newModule(ctx, className, 'activation', () => (inplace ? 'inplace=True' : ''));
  if (className === 'ReLU') m.attrs.set('inplace', inplace);
  m.forward = (x, k) => {
    const input = tensorArg(op, 'input', 1, inputOf(m, x, k));
    return inplace
      ? inplaceBinary(ctx.rt, input, RELU_INPLACE, 0)
      : unary(ctx.rt, UNARY[op], input);
  };
  return m;
}

/** `nn.Identity(*args, **kwargs)`: ignores its arguments; forward returns the input object itself. */
export function identityModule(ctx: Ctx): PyModule {
  const m = newModule(ctx, 'Identity', 'linear');
  m.forward = (x, k) => inputOf(m, x, k);
  return m;
}

/** `nn.Flatten(start_dim=1, end_dim=-1)`: `input.flatten(start_dim, end_dim)`, a reshape (the input itself when start == end). */
export function flattenModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [s, e] = bindArgs(
    'Flatten.__init__',
    ['start_dim', 'end_dim'],
    { start_dim: 1n, end_dim: -1n },
    a,
    kw,
  ).map((v) => toInt(v));
  const m = newModule(ctx, 'Flatten', 'flatten', () => `start_dim=${s}, end_dim=${e}`);
  m.attrs.set('start_dim', BigInt(s));
  m.attrs.set('end_dim', BigInt(e));
  m.forward = (x, k) => {
    return flatten(ctx.rt, tensorArg('flatten', 'input', 1, inputOf(m, x, k)), s, e);
  };
  return m;
}

/** `nn.Unflatten(dim, unflattened_size)`: `input.unflatten(dim, unflattened_size)`, a view. */
export function unflattenModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const [dimArg, sizeArg] = bindArgs('Unflatten.__init__', ['dim', 'unflattened_size'], {}, a, kw);
  if (!(sizeArg instanceof PyTuple || sizeArg instanceof PyList))
    throw typeError(
      `unflattened_size must be a tuple of ints, but found type ${typeName(sizeArg)}`,
    );
  sizeArg.items.forEach((x, i) => {
    if (typeof x !== 'bigint' && typeof x !== 'boolean')
      throw typeError(
        `unflattened_size must be tuple of ints, but found element of type ${typeName(x)} at pos ${i}`,
      );
  });
  const dim = toInt(dimArg);
  const sizes = sizeArg.items.map((x) => toInt(x));
  const m = newModule(
    ctx,
    'Unflatten',
    'flatten',
    () => `dim=${dim}, unflattened_size=${pyRepr(sizeArg, ctx.addr)}`,
  );
  m.attrs.set('dim', BigInt(dim));
  m.attrs.set('unflattened_size', sizeArg);
  m.forward = (x, k) =>
    unflatten(ctx.rt, tensorArg('unflatten', 'input', 1, inputOf(m, x, k)), dim, sizes);
  return m;
}

/** `nn.L1Loss(reduction='mean')` / `nn.MSELoss`: forward(input, target). */
export function lossModule(
  ctx: Ctx,
  className: 'L1Loss' | 'MSELoss',
  a: PyValue[],
  kw: Kwargs,
): PyModule {
  // _Loss stores the reduction as given; F.mse_loss / F.l1_loss check it at each call.
  const reduction = String(
    bindArgs(
      `${className}.__init__`,
      ['size_average', 'reduce', 'reduction'],
      { size_average: null, reduce: null, reduction: 'mean' },
      a,
      kw,
    )[2],
  );
  const f = className === 'L1Loss' ? l1Loss : mseLoss;
  const m = newModule(ctx, className, 'loss');
  m.attrs.set('reduction', reduction);
  m.forward = (x, k) => {
    const [input, target] = bindArgs(`${className}.forward`, ['input', 'target'], {}, x, k);
    return f(ctx.rt, input as Tensor, target as Tensor, checkReduction(reduction));
  };
  return m;
}
