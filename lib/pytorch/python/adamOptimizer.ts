import { valueError } from '../errors';
import { writeValues } from '../ops/inplace';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toFloat } from './context';
import type { Defaults, ParamGroup } from './optimizerObject';
import { option, optimizerObject, optionNumber, roundingOf } from './optimizerObject';
import type { Kwargs, PyValue } from './values';
import { PyObject, pyStr, PyTuple, truthy } from './values';

interface AdamState {
  step: number;
  expAvg: Float64Array;
  expAvgSq: Float64Array;
  maxExpAvgSq: Float64Array;
}

/**
 * `torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08,
 * weight_decay=0, amsgrad=False, *, maximize=False)`, PyTorch 1.13's
 * `_single_tensor_adam`: m = β1·m + (1 − β1)·g, v = β2·v + (1 − β2)·g²,
 * denom = sqrt(v) / sqrt(1 − β2^t) + eps, p −= lr / (1 − β1^t) · m / denom,
 * each tensor op rounded in the parameter's dtype.
 */
export function adam(ctx: Ctx, a: PyValue[], kw: Kwargs): PyObject {
  const v = bindArgs(
    'Adam.__init__',
    [
      'params',
      'lr',
      'betas',
      'eps',
      'weight_decay',
      'amsgrad',
      'foreach',
      'maximize',
      'capturable',
      'differentiable',
      'fused',
    ],
    {
      lr: 0.001,
      betas: new PyTuple([0.9, 0.999]),
      eps: 1e-8,
      weight_decay: 0n,
      amsgrad: false,
      foreach: null,
      maximize: false,
      capturable: false,
      differentiable: false,
      fused: false,
    },
    a,
    kw,
  );
  const s = (x: PyValue) => pyStr(x, ctx.addr);
  const betas = ctx.iterate(v[2]);
  if (toFloat(v[1]) < 0) throw valueError(`Invalid learning rate: ${s(v[1])}`);
  if (toFloat(v[3]) < 0) throw valueError(`Invalid epsilon value: ${s(v[3])}`);
  betas.slice(0, 2).forEach((b, i) => {
    const x = toFloat(b);
    if (!(x >= 0 && x < 1)) throw valueError(`Invalid beta parameter at index ${i}: ${s(b)}`);
  });
  if (toFloat(v[4]) < 0) throw valueError(`Invalid weight_decay value: ${s(v[4])}`);
  const defaults: Defaults = [
    ['lr', v[1]],
    ['betas', v[2]],
    ['eps', v[3]],
    ['weight_decay', v[4]],
    ['amsgrad', v[5]],
    ['maximize', v[7]],
    ['foreach', v[6]],
    ['capturable', v[8]],
    ['differentiable', v[9]],
    ['fused', v[10]],
  ];
  const states = new Map<Tensor, AdamState>();
  const step = (groups: ParamGroup[]) => {
    for (const g of groups) {
      const [lr, eps, wd] = ['lr', 'eps', 'weight_decay'].map((n) => optionNumber(g, n));
      const [b1, b2] = ctx.iterate(option(g, 'betas')).map((x) => toFloat(x));
      const amsgrad = truthy(option(g, 'amsgrad'));
      const maximize = truthy(option(g, 'maximize'));
      for (const p of g.params) {
        if (!p.grad) continue;
        const f = roundingOf(p);
        const pv = p.values();
        const n = pv.length;
        const st = states.get(p) ?? {
          step: 0,
          expAvg: new Float64Array(n),
          expAvgSq: new Float64Array(n),
          maxExpAvgSq: new Float64Array(n),
        };
        states.set(p, st);
        st.step += 1;
        let grad = p.grad.values().map((x) => (maximize ? -x : x));
        if (wd !== 0) grad = grad.map((x, i) => f(x + f(wd) * pv[i]));
        st.expAvg = st.expAvg.map((m, i) => f(f(m * f(b1)) + f(1 - b1) * grad[i]));
        st.expAvgSq = st.expAvgSq.map((q, i) => f(f(q * f(b2)) + f(f(1 - b2) * grad[i]) * grad[i]));
        const stepSize = lr / (1 - b1 ** st.step);
        const bc2Sqrt = Math.sqrt(1 - b2 ** st.step);
        if (amsgrad) st.maxExpAvgSq = st.maxExpAvgSq.map((m, i) => Math.max(m, st.expAvgSq[i]));
        const second = amsgrad ? st.maxExpAvgSq : st.expAvgSq;
        const denom = second.map((q) => f(f(f(Math.sqrt(q)) / f(bc2Sqrt)) + f(eps)));
        // addcdiv_ evaluates value * t1 / t2 left to right, each rounded.
        writeValues(
          p,
          pv.map((x, i) => f(x + f(f(f(-stepSize) * st.expAvg[i]) / denom[i]))),
        );
      }
    }
  };
  return optimizerObject(ctx, 'Adam', 'adam', v[0], defaults, step);
}
