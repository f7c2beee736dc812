import type { PrintOptions } from '../format';
import { valueError } from '../errors';
import type { Ctx } from './context';
import { arg, toBool, toFloat } from './context';
import type { Kwargs, PyValue } from './values';

type Def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => void;

const PROFILES: Record<string, Partial<PrintOptions>> = {
  default: { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 },
  short: { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 },
  full: { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 },
};

/**
 * `torch.set_printoptions(precision, threshold, edgeitems, linewidth, profile, sci_mode)`
 * as torch/_tensor_str.py applies it: the profile first, then each given option;
 * `sci_mode` is always assigned (omitting it resets it to None).
 */
export function definePrintOptions(ctx: Ctx, def: Def): void {
  const opts = ctx.rt.printOptions;
  def('set_printoptions', (a, kw) => {
    const profile = arg(a, kw, 4, 'profile', null);
    if (profile !== null) {
      const p = PROFILES[String(profile)];
      if (!p) throw valueError(`unknown profile '${String(profile)}'`);
      Object.assign(opts, p);
    }
    const names = ['precision', 'threshold', 'edgeitems', 'linewidth'] as const;
    names.forEach((name, i) => {
      const v = arg(a, kw, i, name, null);
      if (v !== null) opts[name] = toFloat(v);
    });
    const sci = arg(a, kw, 5, 'sci_mode', null);
    opts.sciMode = sci === null ? null : toBool(sci);
    return null;
  });
}
