import { valueError } from '../errors';
import { writeValues } from '../ops/inplace';
import type { Tensor } from '../tensor';
import { adam } from './adamOptimizer';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toFloat } from './context';
import type { Defaults, ParamGroup } from './optimizerObject';
import { option, optimizerObject, optionNumber, REQUIRED, roundingOf } from './optimizerObject';
import type { Kwargs, PyValue } from './values';
import { pyStr, PyObject, truthy } from './values';

/**
 * `torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0,
 * nesterov=False, *, maximize=False)`, PyTorch 1.13's `_single_tensor_sgd`:
 *   d = grad (negated when maximize) [+ weight_decay · p]
 *   buf = d the first time, else momentum · buf + (1 − dampening) · d
 *   d = d + momentum · buf (nesterov) or buf
 *   p = p − lr · d
 * each an ATen op in float32 (scalars cast to float, `a + alpha·b` fused).
 * Parameters whose `.grad` is None are skipped.
 */
function sgd(ctx: Ctx, a: PyValue[], kw: Kwargs): PyObject {
  const v = bindArgs(
    'SGD.__init__',
    [
      'params',
      'lr',
      'momentum',
      'dampening',
      'weight_decay',
      'nesterov',
      'maximize',
      'foreach',
      'differentiable',
    ],
    {
      lr: null,
      momentum: 0n,
      dampening: 0n,
      weight_decay: 0n,
      nesterov: false,
      maximize: false,
      foreach: null,
      differentiable: false,
    },
    a,
    kw,
  );
  const s = (x: PyValue) => pyStr(x, ctx.addr);
  if (v[1] !== null && toFloat(v[1]) < 0) throw valueError(`Invalid learning rate: ${s(v[1])}`);
  if (toFloat(v[2]) < 0) throw valueError(`Invalid momentum value: ${s(v[2])}`);
  if (toFloat(v[4]) < 0) throw valueError(`Invalid weight_decay value: ${s(v[4])}`);
  if (truthy(v[5]) && (toFloat(v[2]) <= 0 || toFloat(v[3]) !== 0))
    throw valueError('Nesterov momentum requires a momentum and zero dampening');
  const defaults: Defaults = [
    ['lr', v[1] === null ? REQUIRED : v[1]],
    ['momentum', v[2]],
    ['dampening', v[3]],
    ['weight_decay', v[4]],
    ['nesterov', v[5]],
    ['maximize', v[6]],
    ['foreach', v[7]],
    ['differentiable', v[8]],
  ];
  const buffers = new Map<Tensor, Float64Array>();
  const step = (groups: ParamGroup[]) => {
    for (const g of groups) {
      const [lr, momentum, dampening, wd] = ['lr', 'momentum', 'dampening', 'weight_decay'].map(
        (n) => optionNumber(g, n),
      );
      const nesterov = truthy(option(g, 'nesterov'));
      const maximize = truthy(option(g, 'maximize'));
      for (const p of g.params) {
        if (!p.grad) continue;
        const f = roundingOf(p);
        const pv = p.values();
        let d: Float64Array = p.grad.values().map((x) => (maximize ? -x : x));
        if (wd !== 0) d = d.map((x, i) => f(x + f(wd) * pv[i]));
        if (momentum !== 0) {
          let buf = buffers.get(p);
          if (!buf) buf = Float64Array.from(d);
          else buf = buf.map((b, i) => f(f(b * f(momentum)) + f(1 - dampening) * d[i]));
          buffers.set(p, buf);
          const b = buf;
          d = nesterov ? d.map((x, i) => f(x + f(momentum) * b[i])) : b;
        }
        writeValues(
          p,
          pv.map((x, i) => f(x + f(-lr) * d[i])),
        );
      }
    }
  };
  return optimizerObject(ctx, 'SGD', 'sgd', v[0], defaults, step);
}

/** `torch.optim` with SGD (momentum, dampening, Nesterov, weight decay) and Adam. */
export function optimModule(ctx: Ctx): PyObject {
  const optim = new PyObject(
    'module',
    () => "<module 'torch.optim' from '/usr/lib/python3/dist-packages/torch/optim/__init__.py'>",
  );
  const cls = (name: string, file: string, make: (a: PyValue[], kw: Kwargs) => PyValue) => {
    const c = new PyObject('type', () => `<class 'torch.optim.${file}.${name}'>`);
    c.qualName = `torch.optim.${file}.${name}`;
    c.call = make;
    optim.attrs.set(name, c);
  };
  cls('SGD', 'sgd', (a, kw) => sgd(ctx, a, kw));
  cls('Adam', 'adam', (a, kw) => adam(ctx, a, kw));
  return optim;
}
