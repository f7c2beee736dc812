import { typeError, valueError } from '../errors';
import { writeValues, zeroGradInPlace } from '../ops/inplace';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toBool, toFloat } from './context';
import type { Kwargs, PyValue } from './values';
import { builtin, PyObject } from './values';

/** PyTorch 1.13's `Optimizer.__repr__` for one parameter group of plain SGD. */
function sgdRepr(lr: number): string {
  return ['SGD (', 'Parameter Group 0', '    dampening: 0', '    differentiable: False', '    foreach: None', `    lr: ${lr}`,
    '    maximize: False', '    momentum: 0', '    nesterov: False', '    weight_decay: 0', ')'].join('\n');
}

/**
 * `torch.optim.SGD(params, lr)` without momentum, as PyTorch 1.13 runs it:
 * `zero_grad(set_to_none=False)` zeroes each `.grad` in place (detached), and
 * `step()` does `p.add_(p.grad, alpha=-lr)` under no_grad, skipping parameters
 * whose `.grad` is None; the in-place update bumps each parameter's version.
 */
function sgd(ctx: Ctx, a: PyValue[], kw: Kwargs): PyObject {
  const params = ctx.iterate(arg(a, kw, 0, 'params')).map((p) => {
    if (!(p instanceof Tensor)) throw typeError(`optimizer can only optimize Tensors, but one of the params is ${p === null ? 'NoneType' : typeof p}`);
    return p;
  });
  if (params.length === 0) throw valueError('optimizer got an empty parameter list');
  const lr = toFloat(arg(a, kw, 1, 'lr'));
  if (lr < 0) throw valueError(`Invalid learning rate: ${lr}`);
  for (const name of ['momentum', 'weight_decay', 'dampening']) {
    if (kw.has(name) && toFloat(kw.get(name)!) !== 0) throw typeError(`SGD with ${name} is not supported in this session`);
  }
  const opt = new PyObject('torch.optim.sgd.SGD', () => sgdRepr(lr));
  opt.attrs.set('zero_grad', builtin('zero_grad', (za, zkw) => {
    const toNone = toBool(arg(za, zkw, 0, 'set_to_none', false));
    for (const p of params) {
      if (!p.grad) continue;
      if (toNone) p.grad = null;
      else zeroGradInPlace(p.grad);
    }
    return null;
  }));
  opt.attrs.set('step', builtin('step', () => {
    for (const p of params) {
      if (!p.grad) continue;
      const g = p.grad.values();
      writeValues(p, p.values().map((v, i) => v - lr * g[i]));
    }
    return null;
  }));
  return opt;
}

/** `torch.optim` with plain SGD, the optimiser of the lecture's training loop. */
export function optimModule(ctx: Ctx): PyObject {
  const optim = new PyObject('module', () => "<module 'torch.optim' from '/usr/lib/python3/dist-packages/torch/optim/__init__.py'>");
  const cls = new PyObject('type', () => "<class 'torch.optim.sgd.SGD'>");
  cls.call = (a, kw) => sgd(ctx, a, kw);
  optim.attrs.set('SGD', cls);
  return optim;
}
