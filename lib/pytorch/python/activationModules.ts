import { checkFloatingInput, elu, gelu, leakyRelu, softplus } from '../activations';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from '../binaryCrossEntropy';
import { runtimeError } from '../errors';
import { checkReduction, type Reduction } from '../losses';
import { inplaceBinary } from '../ops/inplace';
import type { BinarySpec, UnarySpec } from '../ops/pointwise';
import { unary } from '../ops/pointwise';
import { floatRepr } from '../pyFloat';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toFloat } from './context';
import { inputOf, newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';

/** A number as Python prints a constructor argument: `0.01`, `1.0`, `20`. */
const numberRepr = (v: PyValue) => (typeof v === 'bigint' ? v.toString() : floatRepr(Number(v)));

/** An in-place activation (`inplace=True`, `F.leaky_relu_`): its Backward1 grad_fn reads the result. */
function inplaceOf(spec: UnarySpec, name: string, dFromOut: (out: number) => number): BinarySpec {
  return {
    name,
    f: (a) => spec.f(a),
    da: (_a, _b, out) => dFromOut(out),
    db: () => 0,
    saves: [false, false],
  };
}

interface Activation {
  kernel: string;
  spec(args: PyValue[]): UnarySpec;
  /** For the ones with `inplace`: the Backward1 grad_fn's name and derivative from the result. */
  inplace?: { name: string; d(args: PyValue[], out: number): number };
}

const ACTIVATIONS = {
  leaky_relu: {
    kernel: 'leaky_relu_cpu',
    spec: ([slope]) => leakyRelu(toFloat(slope)),
    inplace: {
      name: 'LeakyReluBackward1',
      d: ([slope], out) => (out > 0 ? 1 : toFloat(slope)),
    },
  },
  elu: {
    kernel: 'elu_cpu',
    spec: ([alpha]) => elu(toFloat(alpha)),
    inplace: { name: 'EluBackward1', d: ([alpha], out) => (out > 0 ? 1 : out + toFloat(alpha)) },
  },
  softplus: {
    kernel: 'softplus_cpu',
    spec: ([beta, threshold]) => softplus(toFloat(beta), toFloat(threshold)),
  },
  gelu: {
    kernel: 'GeluKernelImpl',
    spec: ([approximate]) => {
      if (approximate !== 'none' && approximate !== 'tanh')
        throw runtimeError('approximate argument must be either none or tanh.');
      return gelu(approximate);
    },
  },
} satisfies Record<string, Activation>;

type ActivationName = keyof typeof ACTIVATIONS;

function applyActivation(
  ctx: Ctx,
  name: ActivationName,
  input: Tensor,
  args: PyValue[],
  inplace: boolean,
): Tensor {
  const act: Activation = ACTIVATIONS[name];
  checkFloatingInput(input, act.kernel);
  const spec = act.spec(args);
  if (inplace && act.inplace) {
    const { name: node, d } = act.inplace;
    return inplaceBinary(
      ctx.rt,
      input,
      inplaceOf(spec, node, (out) => d(args, out)),
      0,
    );
  }
  return unary(ctx.rt, spec, input);
}

/** Each activation's constructor / functional signature after `input`, with defaults, and its class. */
const SIGNATURES: Record<
  ActivationName,
  { cls: string; names: string[]; defaults: Record<string, PyValue>; inplace: boolean }
> = {
  leaky_relu: {
    cls: 'LeakyReLU',
    names: ['negative_slope'],
    defaults: { negative_slope: 0.01 },
    inplace: true,
  },
  elu: { cls: 'ELU', names: ['alpha'], defaults: { alpha: 1.0 }, inplace: true },
  softplus: {
    cls: 'Softplus',
    names: ['beta', 'threshold'],
    defaults: { beta: 1n, threshold: 20n },
    inplace: false,
  },
  gelu: { cls: 'GELU', names: ['approximate'], defaults: { approximate: 'none' }, inplace: false },
};

/** `nn.LeakyReLU(negative_slope=0.01, inplace=False)`, `nn.ELU`, `nn.Softplus`, `nn.GELU`. */
function activationClass(ctx: Ctx, name: ActivationName, a: PyValue[], kw: Kwargs): PyModule {
  const sig = SIGNATURES[name];
  const names = sig.inplace ? [...sig.names, 'inplace'] : sig.names;
  const defaults = sig.inplace ? { ...sig.defaults, inplace: false } : sig.defaults;
  const bound = bindArgs(`${sig.cls}.__init__`, names, defaults, a, kw);
  const args = bound.slice(0, sig.names.length);
  const inplace = sig.inplace && toBool(bound[sig.names.length]);
  const m = newModule(ctx, sig.cls, 'activation', () =>
    [
      ...sig.names.map((n, i) =>
        typeof args[i] === 'string' ? `${n}='${args[i]}'` : `${n}=${numberRepr(args[i])}`,
      ),
      ...(inplace ? ['inplace=True'] : []),
    ].join(', '),
  );
  sig.names.forEach((n, i) => m.attrs.set(n, args[i]));
  if (sig.inplace) m.attrs.set('inplace', inplace);
  m.forward = (x, k) =>
    applyActivation(ctx, name, tensorArg(name, 'input', 1, inputOf(m, x, k)), args, inplace);
  return m;
}

/** `F.leaky_relu(input, negative_slope=0.01, inplace=False)` and the others, plus `F.leaky_relu_` / `F.elu_`. */
function activationFunction(ctx: Ctx, name: ActivationName, inplaceName = false) {
  const sig = SIGNATURES[name];
  return (a: PyValue[], kw: Kwargs): PyValue => {
    const withInplace = sig.inplace && !inplaceName;
    const names = ['input', ...sig.names, ...(withInplace ? ['inplace'] : [])];
    const defaults = withInplace ? { ...sig.defaults, inplace: false } : sig.defaults;
    const bound = bindArgs(inplaceName ? `${name}_` : name, names, defaults, a, kw);
    const input = tensorArg(name, 'input', 1, bound[0]);
    const inplace = inplaceName || (withInplace && toBool(bound[names.length - 1]));
    return applyActivation(ctx, name, input, bound.slice(1, 1 + sig.names.length), inplace);
  };
}

const optionalTensor = (v: PyValue, fn: string, name: string, pos: number): Tensor | null =>
  v === null ? null : tensorArg(fn, name, pos, v);

/** `F.binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean')`. */
function bceFunction(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const [input, target, weight, , , reduction] = bindArgs(
    'binary_cross_entropy',
    ['input', 'target', 'weight', 'size_average', 'reduce', 'reduction'],
    { weight: null, size_average: null, reduce: null, reduction: 'mean' },
    a,
    kw,
  );
  return binaryCrossEntropy(
    ctx.rt,
    tensorArg('binary_cross_entropy', 'input', 1, input),
    tensorArg('binary_cross_entropy', 'target', 2, target),
    optionalTensor(weight, 'binary_cross_entropy', 'weight', 3),
    checkReduction(String(reduction)),
  );
}

/** `F.binary_cross_entropy_with_logits(input, target, weight=None, ..., reduction='mean', pos_weight=None)`. */
function bceLogitsFunction(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const fn = 'binary_cross_entropy_with_logits';
  const [input, target, weight, , , reduction, posWeight] = bindArgs(
    fn,
    ['input', 'target', 'weight', 'size_average', 'reduce', 'reduction', 'pos_weight'],
    { weight: null, size_average: null, reduce: null, reduction: 'mean', pos_weight: null },
    a,
    kw,
  );
  return binaryCrossEntropyWithLogits(
    ctx.rt,
    tensorArg(fn, 'input', 1, input),
    tensorArg(fn, 'target', 2, target),
    optionalTensor(weight, fn, 'weight', 3),
    optionalTensor(posWeight, fn, 'pos_weight', 7),
    checkReduction(String(reduction)),
  );
}

/** `nn.BCELoss(weight=None, size_average=None, reduce=None, reduction='mean')` and `nn.BCEWithLogitsLoss(..., pos_weight=None)`. */
function bceClass(ctx: Ctx, logits: boolean, a: PyValue[], kw: Kwargs): PyModule {
  const cls = logits ? 'BCEWithLogitsLoss' : 'BCELoss';
  const names = [
    'weight',
    'size_average',
    'reduce',
    'reduction',
    ...(logits ? ['pos_weight'] : []),
  ];
  const [weight, , , reductionArg, posWeight = null] = bindArgs(
    `${cls}.__init__`,
    names,
    { weight: null, size_average: null, reduce: null, reduction: 'mean', pos_weight: null },
    a,
    kw,
  );
  const reduction: Reduction = checkReduction(String(reductionArg));
  const m = newModule(ctx, cls, 'loss');
  m.attrs.set('reduction', reduction);
  m.attrs.set('weight', weight);
  if (logits) m.attrs.set('pos_weight', posWeight);
  m.forward = (x, k) => {
    const [input, target] = bindArgs(`${cls}.forward`, ['input', 'target'], {}, x, k);
    const i = tensorArg(cls, 'input', 1, input);
    const t = tensorArg(cls, 'target', 2, target);
    const w = optionalTensor(weight, cls, 'weight', 3);
    return logits
      ? binaryCrossEntropyWithLogits(
          ctx.rt,
          i,
          t,
          w,
          optionalTensor(posWeight, cls, 'pos_weight', 7),
          reduction,
        )
      : binaryCrossEntropy(ctx.rt, i, t, w, reduction);
  };
  return m;
}

/** Registers the activations and binary cross-entropy losses on `torch.nn` and `torch.nn.functional`. */
export function registerActivations(
  ctx: Ctx,
  cls: (name: string, file: string, make: (a: PyValue[], kw: Kwargs) => PyValue) => void,
  fn: (name: string, f: (a: PyValue[], kw: Kwargs) => PyValue) => void,
): void {
  for (const name of Object.keys(SIGNATURES) as ActivationName[]) {
    cls(SIGNATURES[name].cls, 'activation', (a, kw) => activationClass(ctx, name, a, kw));
    fn(name, activationFunction(ctx, name));
    if (SIGNATURES[name].inplace) fn(`${name}_`, activationFunction(ctx, name, true));
  }
  cls('BCELoss', 'loss', (a, kw) => bceClass(ctx, false, a, kw));
  cls('BCEWithLogitsLoss', 'loss', (a, kw) => bceClass(ctx, true, a, kw));
  fn('binary_cross_entropy', (a, kw) => bceFunction(ctx, a, kw));
  fn('binary_cross_entropy_with_logits', (a, kw) => bceLogitsFunction(ctx, a, kw));
}
