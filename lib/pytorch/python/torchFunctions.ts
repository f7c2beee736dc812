import { binary } from '../ops/pointwise';
import { MAXIMUM, MINIMUM } from '../ops/elementwiseExtremes';
import { typeError } from '../errors';
import { allclose, equal, isclose, nonzeroTuple, where } from '../ops/compare';
import { cat, stack } from '../ops/join';
import { resultType } from '../ops/pointwise';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toBool, toFloat, toInt } from './context';
import { tensorOf, tensorOperand } from './tensorMethodsMore';
import type { Kwargs, PyValue } from './values';
import { DTypeValue, PyTuple, typeName } from './values';

type Def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => void;

function tensorList(ctx: Ctx, v: PyValue, fn: string): Tensor[] {
  return ctx.iterate(v).map((x, i) => {
    if (!(x instanceof Tensor))
      throw typeError(`expected Tensor as element ${i} in argument 0, but got ${typeName(x)}`);
    return x;
  });
  void fn;
}

const tolerance = (a: PyValue[], kw: Kwargs) => ({
  rtol: toFloat(arg(a, kw, 2, 'rtol', 1e-5)),
  atol: toFloat(arg(a, kw, 3, 'atol', 1e-8)),
  equalNan: toBool(arg(a, kw, 4, 'equal_nan', false)),
});

/** torch.cat / concat / stack / where / equal / allclose / isclose / result_type. */
export function defineJoinCompare(ctx: Ctx, def: Def): void {
  const rt = ctx.rt;
  const join = (a: PyValue[], kw: Kwargs) =>
    cat(rt, tensorList(ctx, arg(a, kw, 0, 'tensors'), 'cat'), toInt(arg(a, kw, 1, 'dim', 0n)));
  def('cat', join);
  def('concat', join);
  def('stack', (a, kw) =>
    stack(rt, tensorList(ctx, arg(a, kw, 0, 'tensors'), 'stack'), toInt(arg(a, kw, 1, 'dim', 0n))),
  );
  def('where', (a, kw) => {
    const cond = tensorOf(arg(a, kw, 0, 'condition'), 'where', 'condition');
    if (a.length === 1 && !kw.has('input')) return new PyTuple(nonzeroTuple(rt, cond));
    return where(
      rt,
      cond,
      tensorOperand(arg(a, kw, 1, 'input'), 'input'),
      tensorOperand(arg(a, kw, 2, 'other'), 'other'),
    );
  });
  const two = (fn: string, a: PyValue[], kw: Kwargs): [Tensor, Tensor] => [
    tensorOf(arg(a, kw, 0, 'input'), fn, 'input'),
    tensorOf(arg(a, kw, 1, 'other'), fn, 'other'),
  ];
  def('equal', (a, kw) => equal(...two('equal', a, kw)));
  def('maximum', (a, kw) => binary(rt, MAXIMUM, ...two('maximum', a, kw)));
  def('minimum', (a, kw) => binary(rt, MINIMUM, ...two('minimum', a, kw)));
  def('allclose', (a, kw) => allclose(rt, ...two('allclose', a, kw), tolerance(a, kw)));
  def('isclose', (a, kw) => isclose(rt, ...two('isclose', a, kw), tolerance(a, kw)));
  def(
    'result_type',
    (a, kw) =>
      new DTypeValue(
        resultType([
          tensorOperand(arg(a, kw, 0, 'tensor'), 'tensor'),
          tensorOperand(arg(a, kw, 1, 'other'), 'other'),
        ]),
        false,
      ),
  );
}
