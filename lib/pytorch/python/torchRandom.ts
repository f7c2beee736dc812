import { typeError } from '../errors';
import { random } from '../ops/create';
import { normalScalar, normalTensor, randperm } from '../ops/randomOps';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, shapeArgs, toBool, toFloat, toInt } from './context';
import { dtypeKw, tensorOf } from './tensorMethodsMore';
import type { Kwargs, PyValue } from './values';
import { typeName } from './values';

type Def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => void;

const requiresGrad = (kw: Kwargs) => toBool(kw.get('requires_grad') ?? false);

/** torch.randperm / normal / rand_like / randn_like, drawn from the session's CPU generator. */
export function defineRandom(ctx: Ctx, def: Def): void {
  const rt = ctx.rt;
  def('randperm', (a, kw) =>
    randperm(rt, toInt(arg(a, kw, 0, 'n')), dtypeKw(kw) ?? 'int64', requiresGrad(kw)),
  );
  def('normal', (a, kw) => {
    const mean = arg(a, kw, 0, 'mean');
    const std = arg(a, kw, 1, 'std', 1);
    if (mean instanceof Tensor || std instanceof Tensor) {
      const m = mean instanceof Tensor ? mean : toFloat(mean);
      const s = std instanceof Tensor ? std : toFloat(std);
      return normalTensor(rt, m, s);
    }
    const size = arg(a, kw, 2, 'size', null);
    if (size === null)
      throw typeError(
        `normal() received an invalid combination of arguments - got (${typeName(mean)}, ${typeName(std)})`,
      );
    const t = normalScalar(
      rt,
      toFloat(mean),
      toFloat(std),
      shapeArgs([size], new Map()),
      dtypeKw(kw) ?? 'float32',
    );
    t.requiresGrad = requiresGrad(kw);
    return t;
  });
  for (const kind of ['rand', 'randn'] as const) {
    def(`${kind}_like`, (a, kw) => {
      const src = tensorOf(arg(a, kw, 0, 'input'), `${kind}_like`, 'input');
      return random(rt, kind, src.shape.slice(), dtypeKw(kw) ?? src.dtype, requiresGrad(kw));
    });
  }
}
