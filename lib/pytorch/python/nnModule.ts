import { PyError, typeError } from '../errors';
import type { Reduction } from '../losses';
import { checkReduction, l1Loss, mseLoss } from '../losses';
import { UNARY, unary } from '../ops/pointwise';
import { Tensor } from '../tensor';
import { registerActivations } from './activationModules';
import { bilinearModule } from './bilinearModule';
import { initModule } from './initModule';
import { moduleDictModule, moduleListModule, sequentialModule } from './containerModules';
import { parameterDictModule, parameterListModule } from './parameterContainers';
import type { Ctx } from './context';
import { arg, notImplemented, toBool } from './context';
import {
  activationModule,
  flattenModule,
  identityModule,
  linearModule,
  lossModule,
  newModule,
  unflattenModule,
} from './layerModules';
import { linear, tensorArg } from './linearForward';
import { registerLessonLayers } from './lessonLayers';
import type { Kwargs, PyValue } from './values';
import { builtin, PyObject } from './values';

/** Real torch.nn names this session does not model: they answer with one clear line, not an AttributeError. */
const UNMODELLED = new Set([
  'Conv3d',
  'ConvTranspose1d',
  'RNN',
  'LSTM',
  'GRU',
  'Transformer',
  'MultiheadAttention',
  'GroupNorm',
  'InstanceNorm2d',
  'BatchNorm3d',
  'MaxPool1d',
  'AvgPool1d',
  'AdaptiveAvgPool1d',
  'AdaptiveMaxPool2d',
  'Upsample',
  'EmbeddingBag',
  'utils',
]);

function parameter(a: PyValue[], kw: Kwargs): Tensor {
  const src = arg(a, kw, 0, 'data');
  if (!(src instanceof Tensor)) throw typeError('Parameter data must be a Tensor');
  const p = new Tensor(
    src.storage,
    src.shape.slice(),
    src.strides.slice(),
    src.offset,
    src.version,
  );
  p.requiresGrad = toBool(arg(a, kw, 1, 'requires_grad', true));
  p.isParameter = true;
  return p;
}

/** A class object of torch.nn: `<class 'torch.nn.modules.linear.Linear'>`, called to construct. */
function classObject(qualName: string, make: (a: PyValue[], kw: Kwargs) => PyValue): PyObject {
  const c = new PyObject('type', () => `<class '${qualName}'>`);
  c.qualName = qualName;
  c.call = make;
  return c;
}

/** `torch.nn`: the layers, activations, losses and containers of the lessons, and `nn.functional`. */
export function nnModule(ctx: Ctx): PyObject {
  const nn = new PyObject(
    'module',
    () => "<module 'torch.nn' from '/usr/lib/python3/dist-packages/torch/nn/__init__.py'>",
  );
  const cls = (name: string, file: string, make: (a: PyValue[], kw: Kwargs) => PyValue) =>
    nn.attrs.set(name, classObject(`torch.nn.modules.${file}.${name}`, make));
  cls('Module', 'module', () => newModule(ctx, 'Module', 'module'));
  cls('Linear', 'linear', (a, kw) => linearModule(ctx, a, kw));
  cls('Identity', 'linear', () => identityModule(ctx));
  for (const name of ['ReLU', 'Tanh', 'Sigmoid'] as const)
    cls(name, 'activation', (a, kw) => activationModule(ctx, name, a, kw));
  cls('Flatten', 'flatten', (a, kw) => flattenModule(ctx, a, kw));
  cls('Unflatten', 'flatten', (a, kw) => unflattenModule(ctx, a, kw));
  cls('L1Loss', 'loss', (a, kw) => lossModule(ctx, 'L1Loss', a, kw));
  cls('MSELoss', 'loss', (a, kw) => lossModule(ctx, 'MSELoss', a, kw));
  cls('Sequential', 'container', (a, kw) => sequentialModule(ctx, a, kw));
  cls('ModuleList', 'container', (a, kw) => moduleListModule(ctx, a, kw));
  cls('ModuleDict', 'container', (a, kw) => moduleDictModule(ctx, a, kw));
  cls('ParameterList', 'container', (a, kw) => parameterListModule(ctx, a, kw));
  cls('ParameterDict', 'container', (a, kw) => parameterDictModule(ctx, a, kw));
  cls('Bilinear', 'linear', (a, kw) => bilinearModule(ctx, a, kw));
  nn.attrs.set('Parameter', classObject('torch.nn.parameter.Parameter', parameter));

  const F = new PyObject(
    'module',
    () =>
      "<module 'torch.nn.functional' from '/usr/lib/python3/dist-packages/torch/nn/functional.py'>",
  );
  const fn = (name: string, f: (a: PyValue[], kw: Kwargs) => PyValue) =>
    F.attrs.set(name, builtin(name, f));
  const red = (a: PyValue[], kw: Kwargs): Reduction =>
    checkReduction(String(arg(a, kw, 2, 'reduction', 'mean')));
  fn('l1_loss', (a, kw) =>
    l1Loss(ctx.rt, arg(a, kw, 0, 'input') as Tensor, arg(a, kw, 1, 'target') as Tensor, red(a, kw)),
  );
  fn('mse_loss', (a, kw) =>
    mseLoss(
      ctx.rt,
      arg(a, kw, 0, 'input') as Tensor,
      arg(a, kw, 1, 'target') as Tensor,
      red(a, kw),
    ),
  );
  for (const u of ['relu', 'sigmoid', 'tanh'] as const)
    fn(u, (a, kw) => unary(ctx.rt, UNARY[u], tensorArg(u, 'input', 1, arg(a, kw, 0, 'input'))));
  fn('linear', (a, kw) =>
    linear(
      ctx.rt,
      tensorArg('linear', 'input', 1, arg(a, kw, 0, 'input')),
      tensorArg('linear', 'weight', 2, arg(a, kw, 1, 'weight')),
      arg(a, kw, 2, 'bias', null) === null
        ? null
        : tensorArg('linear', 'bias', 3, arg(a, kw, 2, 'bias')),
    ),
  );
  registerLessonLayers(ctx, cls, fn);
  registerActivations(ctx, cls, fn);
  nn.attrs.set('functional', F);
  nn.attrs.set('init', initModule(ctx));
  nn.getattr = (name) => {
    if (nn.attrs.has(name)) return nn.attrs.get(name);
    if (UNMODELLED.has(name)) throw notImplemented(`nn.${name}`);
    throw new PyError('AttributeError', `module 'torch.nn' has no attribute '${name}'`);
  };
  return nn;
}
