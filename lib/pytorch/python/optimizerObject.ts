import { PyError, typeError, valueError } from '../errors';
import { zeroGradInPlace } from '../ops/inplace';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toBool } from './context';
import { torchTypename } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { builtin, dictKey, PyDict, PyList, PyObject, pyStr } from './values';

/** Marks `lr=required` (SGD has no default learning rate). */
export const REQUIRED = Symbol('required');
export type Defaults = [string, PyValue | typeof REQUIRED][];

/** One `param_groups` entry: the live Python dict, and its parameters. */
export interface ParamGroup {
  dict: PyDict;
  params: Tensor[];
}

/** The dtype's rounding: ATen runs an optimiser's tensor ops in the parameter's dtype. */
export const roundingOf = (t: Tensor) => (t.dtype === 'float32' ? Math.fround : (v: number) => v);

/** A group's hyperparameter, read from its dict at step time (a schedule may have changed it). */
export function option(group: ParamGroup, name: string): PyValue {
  return group.dict.entries.get(dictKey(name))![1];
}

/** Python's `float(x)` of a hyperparameter. */
export function optionNumber(group: ParamGroup, name: string): number {
  const v = option(group, name);
  return typeof v === 'number' ? v : Number(v);
}

/**
 * `Optimizer.__init__` and `add_param_group` of PyTorch 1.13: a tensor is
 * refused, an empty list too; a list of tensors is one group, a list of dicts
 * is one group each; every parameter must be a leaf tensor; missing options
 * take the defaults (the required lr raises). `zero_grad`, `param_groups`,
 * `step` and the repr (`SGD (\nParameter Group 0\n    key: value ...)`, keys
 * sorted) are installed on the returned object.
 */
export function optimizerObject(
  ctx: Ctx,
  className: string,
  file: string,
  paramsArg: PyValue,
  defaults: Defaults,
  step: (groups: ParamGroup[]) => void,
): PyObject {
  if (paramsArg instanceof Tensor) {
    throw typeError(
      `params argument given to the optimizer should be an iterable of Tensors or dicts, but got ${torchTypename(paramsArg)}`,
    );
  }
  let raw = ctx.iterate(paramsArg);
  if (raw.length === 0) throw valueError('optimizer got an empty parameter list');
  if (!(raw[0] instanceof PyDict)) {
    const d = new PyDict();
    d.entries.set(dictKey('params'), ['params', new PyList(raw)]);
    raw = [d];
  }
  const groups: ParamGroup[] = [];
  for (const g of raw) {
    if (!(g instanceof PyDict))
      throw typeError(`'${torchTypename(g)}' object is not subscriptable`);
    const dict = new PyDict(new Map(g.entries));
    const entry = dict.entries.get(dictKey('params'));
    if (!entry) throw new PyError('KeyError', "'params'");
    const params = entry[1] instanceof Tensor ? [entry[1]] : ctx.iterate(entry[1]);
    for (const p of params) {
      if (!(p instanceof Tensor))
        throw typeError(
          `optimizer can only optimize Tensors, but one of the params is ${torchTypename(p)}`,
        );
      if (!(p.isLeaf || p.retainsGrad)) throw valueError("can't optimize a non-leaf Tensor");
    }
    dict.entries.set(dictKey('params'), ['params', new PyList(params)]);
    for (const [name, dflt] of defaults) {
      if (dict.entries.has(dictKey(name))) continue;
      if (dflt === REQUIRED)
        throw valueError(
          `parameter group didn't specify a value of required optimization parameter ${name}`,
        );
      dict.entries.set(dictKey(name), [name, dflt]);
    }
    const tensors = params as Tensor[];
    if (groups.some((other) => other.params.some((p) => tensors.includes(p))))
      throw valueError('some parameters appear in more than one parameter group');
    groups.push({ dict, params: tensors });
  }
  const repr = () => {
    const lines = [`${className} (`];
    groups.forEach((g, i) => {
      if (i > 0) lines.push('');
      lines.push(`Parameter Group ${i}`);
      const keys = [...g.dict.entries.values()]
        .map(([k]) => String(k))
        .filter((k) => k !== 'params')
        .sort();
      for (const k of keys) lines.push(`    ${k}: ${pyStr(option(g, k), ctx.addr)}`);
    });
    return [...lines, ')'].join('\n');
  };
  const opt = new PyObject(className, repr);
  opt.qualName = `torch.optim.${file}.${className}`;
  opt.attrs.set('param_groups', new PyList(groups.map((g) => g.dict)));
  const defaultsDict = new PyDict();
  for (const [name, v] of defaults)
    defaultsDict.entries.set(dictKey(name), [
      name,
      v === REQUIRED ? new PyObject('_RequiredParameter', () => '<required parameter>') : v,
    ]);
  opt.attrs.set('defaults', defaultsDict);
  opt.attrs.set(
    'zero_grad',
    builtin('zero_grad', (a, kw) => {
      const toNone = toBool(arg(a, kw, 0, 'set_to_none', false));
      for (const g of groups) {
        for (const p of g.params) {
          if (!p.grad) continue;
          if (toNone) p.grad = null;
          else zeroGradInPlace(p.grad);
        }
      }
      return null;
    }),
  );
  opt.attrs.set(
    'step',
    builtin('step', (a: PyValue[], kw: Kwargs) => {
      const closure = arg(a, kw, 0, 'closure', null);
      let loss: PyValue = null;
      if (closure !== null) {
        const prev = ctx.rt.gradEnabled;
        ctx.rt.gradEnabled = true;
        try {
          loss = ctx.call(closure, [], new Map());
        } finally {
          ctx.rt.gradEnabled = prev;
        }
      }
      const prev = ctx.rt.gradEnabled;
      ctx.rt.gradEnabled = false;
      try {
        step(groups);
      } finally {
        ctx.rt.gradEnabled = prev;
      }
      return loss;
    }),
  );
  return opt;
}
