import type { BatchNormKind } from '../kernels/batchNormChecks';
import {
  classLossModule,
  dropoutModule,
  functionalClassLoss,
  functionalDropout,
  softmaxCall,
  softmaxModule,
} from './classifierModules';
import type { Ctx } from './context';
import { arg } from './context';
import { conv2dModule, convTranspose2dModule } from './convModules';
import { functionalConv } from './functionalConv';
import { batchNormModule } from './normModules';
import { conv1dModule, functionalConv1d } from './conv1dModule';
import { embeddingModule, functionalEmbedding } from './embeddingModule';
import { functionalLayerNorm, layerNormModule } from './layerNormModule';
import {
  adaptiveAvgPoolModule,
  avgPoolModule,
  functionalAdaptiveAvgPool,
  functionalAvgPool,
  functionalMaxPool,
  maxPoolModule,
} from './poolModules';
import type { Kwargs, PyValue } from './values';

type Register = (name: string, file: string, make: (a: PyValue[], kw: Kwargs) => PyValue) => void;
type RegisterFn = (name: string, f: (a: PyValue[], kw: Kwargs) => PyValue) => void;

/**
 * The layers of the convolution and classification lessons, as `torch.nn`
 * classes (`cls(name, file, make)`) and `torch.nn.functional` functions (`fn`).
 */
export function registerLessonLayers(ctx: Ctx, cls: Register, fn: RegisterFn): void {
  cls('Conv2d', 'conv', (a, kw) => conv2dModule(ctx, a, kw));
  cls('ConvTranspose2d', 'conv', (a, kw) => convTranspose2dModule(ctx, a, kw));
  for (const kind of ['BatchNorm1d', 'BatchNorm2d'] as BatchNormKind[])
    cls(kind, 'batchnorm', (a, kw) => batchNormModule(ctx, kind, a, kw));
  cls('MaxPool2d', 'pooling', (a, kw) => maxPoolModule(ctx, a, kw));
  cls('AvgPool2d', 'pooling', (a, kw) => avgPoolModule(ctx, a, kw));
  for (const name of ['Softmax', 'LogSoftmax'] as const)
    cls(name, 'activation', (a, kw) => softmaxModule(ctx, name, a, kw));
  for (const name of ['CrossEntropyLoss', 'NLLLoss'] as const)
    cls(name, 'loss', (a, kw) => classLossModule(ctx, name, a, kw));
  cls('Dropout', 'dropout', (a, kw) => dropoutModule(ctx, a, kw));
  cls('Conv1d', 'conv', (a, kw) => conv1dModule(ctx, a, kw));
  cls('LayerNorm', 'normalization', (a, kw) => layerNormModule(ctx, a, kw));
  cls('AdaptiveAvgPool2d', 'pooling', (a, kw) => adaptiveAvgPoolModule(ctx, a, kw));
  cls('Embedding', 'sparse', (a, kw) => embeddingModule(ctx, a, kw));
  fn('conv1d', (a, kw) => functionalConv1d(ctx, a, kw));
  fn('layer_norm', (a, kw) => functionalLayerNorm(ctx, a, kw));
  fn('adaptive_avg_pool2d', (a, kw) => functionalAdaptiveAvgPool(ctx, a, kw));
  fn('embedding', (a, kw) => functionalEmbedding(ctx, a, kw));
  fn('conv2d', (a, kw) => functionalConv(ctx, false, a, kw));
  fn('conv_transpose2d', (a, kw) => functionalConv(ctx, true, a, kw));
  fn('max_pool2d', (a, kw) => functionalMaxPool(ctx, a, kw));
  fn('avg_pool2d', (a, kw) => functionalAvgPool(ctx, a, kw));
  fn('softmax', (a, kw) =>
    softmaxCall(ctx, false, arg(a, kw, 0, 'input'), arg(a, kw, 1, 'dim', null)),
  );
  fn('log_softmax', (a, kw) =>
    softmaxCall(ctx, true, arg(a, kw, 0, 'input'), arg(a, kw, 1, 'dim', null)),
  );
  fn('cross_entropy', (a, kw) => functionalClassLoss(ctx, true, a, kw));
  fn('nll_loss', (a, kw) => functionalClassLoss(ctx, false, a, kw));
  fn('dropout', (a, kw) => functionalDropout(ctx, a, kw));
}
