import { typeError } from '../errors';
import { linearParameters } from '../linearLayer';
import type { Reduction } from '../losses';
import { checkReduction, l1Loss, mseLoss } from '../losses';
import { zeroGradInPlace } from '../ops/inplace';
import { mm } from '../ops/linalg';
import { ADD, binary, UNARY, unary } from '../ops/pointwise';
import { t2 } from '../ops/views';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toBool, toInt } from './context';
import { binop } from './operators';
import type { Kwargs, PyValue } from './values';
import { builtin, PyObject, PyTuple } from './values';

/** An nn.Module instance: parameters by name, a forward, a repr. */
function moduleObject(name: string, extraRepr: () => string, params: [string, Tensor | null][], forward: (a: PyValue[], kw: Kwargs) => PyValue): PyObject {
  const m = new PyObject(`torch.nn.modules.${name}`, () => `${name}(${extraRepr()})`);
  const live = () => params.map(([n]) => [n, m.attrs.get(n)] as [string, PyValue]).filter(([, p]) => p instanceof Tensor);
  for (const [n, p] of params) m.attrs.set(n, p);
  m.call = forward;
  m.attrs.set('forward', builtin('forward', forward));
  const generator = (items: PyValue[]) => {
    const g = new PyObject('generator', () => '<generator object Module.parameters at 0x7f0000000000>');
    g.iterate = () => items;
    return g;
  };
  m.attrs.set('parameters', builtin('parameters', () => generator(live().map(([, p]) => p))));
  m.attrs.set('named_parameters', builtin('named_parameters', () => generator(live().map(([n, p]) => new PyTuple([n, p])))));
  // PyTorch 1.13's default is set_to_none=False: each .grad is detached and zeroed in place.
  m.attrs.set('zero_grad', builtin('zero_grad', (za, zkw) => {
    const toNone = toBool(arg(za, zkw, 0, 'set_to_none', false));
    for (const [, p] of live()) {
      const g = (p as Tensor).grad;
      if (!g) continue;
      if (toNone) (p as Tensor).grad = null;
      else zeroGradInPlace(g);
    }
    return null;
  }));
  m.attrs.set('training', true);
  return m;
}

function loss(ctx: Ctx, name: string, f: typeof l1Loss): (a: PyValue[], kw: Kwargs) => PyObject {
  return (a, kw) => {
    const reduction = checkReduction(String(arg(a, kw, 2, 'reduction', 'mean')));
    const m = moduleObject(name, () => '', [], (x, k) => f(ctx.rt, arg(x, k, 0, 'input') as Tensor, arg(x, k, 1, 'target') as Tensor, reduction));
    m.attrs.set('reduction', reduction);
    return m;
  };
}

/** `F.linear(x, W, b)`: addmm for 2-D input with bias (AddmmBackward0 in PyTorch), else matmul then add. */
function linear(ctx: Ctx, x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  if (x.shape.length === 2 && b) {
    const prod = mm(ctx.rt, x, t2(ctx.rt, w));
    const out = binary(ctx.rt, ADD, prod, b);
    if (out.gradFn) Object.defineProperty(out.gradFn, 'name', { value: 'AddmmBackward0' });
    return out;
  }
  const y = binop(ctx.rt, '@', x, t2(ctx.rt, w)) as Tensor;
  return b ? binary(ctx.rt, ADD, y, b) : y;
}

function parameter(a: PyValue[], kw: Kwargs): Tensor {
  const src = arg(a, kw, 0, 'data');
  if (!(src instanceof Tensor)) throw typeError('Parameter data must be a Tensor');
  const p = new Tensor(src.storage, src.shape.slice(), src.strides.slice(), src.offset, src.version);
  p.requiresGrad = toBool(arg(a, kw, 1, 'requires_grad', true));
  p.isParameter = true;
  return p;
}

/** `torch.nn` with the modules the lessons on autograd use. */
export function nnModule(ctx: Ctx): PyObject {
  const nn = new PyObject('module', () => "<module 'torch.nn' from '/usr/lib/python3/dist-packages/torch/nn/__init__.py'>");
  const cls = (name: string, make: (a: PyValue[], kw: Kwargs) => PyValue) => {
    const c = new PyObject('type', () => `<class 'torch.nn.modules.${name}'>`);
    c.call = make;
    nn.attrs.set(name, c);
  };
  cls('L1Loss', loss(ctx, 'L1Loss', l1Loss));
  cls('MSELoss', loss(ctx, 'MSELoss', mseLoss));
  cls('Linear', (a, kw) => {
    const inF = toInt(arg(a, kw, 0, 'in_features'));
    const outF = toInt(arg(a, kw, 1, 'out_features'));
    const hasBias = toBool(arg(a, kw, 2, 'bias', true));
    const p = linearParameters(ctx.rt, inF, outF, hasBias);
    const m = moduleObject('Linear', () => `in_features=${inF}, out_features=${outF}, bias=${m.attrs.get('bias') ? 'True' : 'False'}`,
      [['weight', p.weight], ['bias', p.bias]], (x, k) => linear(ctx, arg(x, k, 0, 'input') as Tensor, m.attrs.get('weight') as Tensor, m.attrs.get('bias') as Tensor | null));
    m.attrs.set('in_features', BigInt(inF));
    m.attrs.set('out_features', BigInt(outF));
    return m;
  });
  cls('Identity', () => moduleObject('Identity', () => '', [], (x) => x[0]));
  const param = new PyObject('type', () => "<class 'torch.nn.parameter.Parameter'>");
  param.call = parameter;
  nn.attrs.set('Parameter', param);
  const F = new PyObject('module', () => "<module 'torch.nn.functional'>");
  const fn = (name: string, f: (a: PyValue[], kw: Kwargs) => PyValue) => F.attrs.set(name, builtin(name, f));
  const red = (a: PyValue[], kw: Kwargs): Reduction => checkReduction(String(arg(a, kw, 2, 'reduction', 'mean')));
  fn('l1_loss', (a, kw) => l1Loss(ctx.rt, arg(a, kw, 0, 'input') as Tensor, arg(a, kw, 1, 'target') as Tensor, red(a, kw)));
  fn('mse_loss', (a, kw) => mseLoss(ctx.rt, arg(a, kw, 0, 'input') as Tensor, arg(a, kw, 1, 'target') as Tensor, red(a, kw)));
  for (const u of ['relu', 'sigmoid', 'tanh'] as const) fn(u, (a, kw) => unary(ctx.rt, UNARY[u], arg(a, kw, 0, 'input') as Tensor));
  fn('linear', (a, kw) => linear(ctx, arg(a, kw, 0, 'input') as Tensor, arg(a, kw, 1, 'weight') as Tensor, arg(a, kw, 2, 'bias', null) as Tensor | null));
  nn.attrs.set('functional', F);
  return nn;
}
