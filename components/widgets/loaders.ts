import type { ComponentType } from 'react';

export interface WidgetLoader {
  /** The widget's code, loaded when it nears the viewport. */
  load(): Promise<{ default: ComponentType<Record<string, unknown>> }>;
  /** Placeholder height in px, about the widget's own, so the page does not jump. */
  height: number;
  title: string;
}

type Loadable = Promise<{ default: ComponentType<never> }>;
const widget = (load: () => Loadable, height: number, title: string): WidgetLoader => ({
  load: load as WidgetLoader['load'],
  height,
  title,
});

/** Every widget's code split point. Names match lib/widgets/registry.ts (a test keeps them equal). */
export const widgetLoaders: Record<string, WidgetLoader> = {
  CsvCrossValidation: widget(() => import('./CsvCrossValidation/CsvCrossValidation'), 620, 'K-fold cross-validation on your own data'),
  TimeSeriesCv: widget(() => import('./TimeSeriesCv/TimeSeriesCv'), 1500, 'Which cross-validation predicts the future?'),
  TorchSession: widget(() => import('./TorchSession/TorchSession'), 520, 'A PyTorch prompt'),
  MemoryView: widget(() => import('./MemoryView/MemoryView'), 480, 'Tensors and their storage'),
  AutogradGraph: widget(() => import('./AutogradGraph/AutogradGraph'), 520, 'The autograd graph'),
  TrainingLoopStepper: widget(() => import('./TrainingLoopStepper/TrainingLoopStepper'), 900, 'The training loop, line by line'),
  CopySemantics: widget(() => import('./CopySemantics/CopySemantics'), 560, 'Copy or share?'),
  FoldSplits: widget(() => import('./FoldSplits/FoldSplits'), 640, 'Which samples train and which test'),
  RandomSplit: widget(() => import('./RandomSplit/RandomSplit'), 560, 'random_split and train_test_split'),
  KnnTuning: widget(() => import('./KnnTuning/KnnTuning'), 900, 'Choosing K for a nearest-neighbour classifier'),
  NestedCv: widget(() => import('./NestedCv/NestedCv'), 900, 'Nested cross-validation'),
  LinearFit: widget(() => import('./LinearFit/LinearFit'), 820, 'Fitting y = xAᵀ + b'),
  MatmulShapes: widget(() => import('./MatmulShapes/MatmulShapes'), 560, 'torch.matmul and torch.addmm shapes'),
  LinearInside: widget(() => import('./LinearInside/LinearInside'), 760, 'Inside nn.Linear'),
  SequentialBuilder: widget(() => import('./SequentialBuilder/SequentialBuilder'), 1100, 'Build an nn.Sequential'),
  ContainersCompared: widget(() => import('./ContainersCompared/ContainersCompared'), 1100, 'Containers and the plain-list pitfall'),
  ConvCost: widget(() => import('./ConvCost/ConvCost'), 900, 'What each convolution costs'),
  BiasVariance: widget(() => import('./BiasVariance/BiasVariance'), 900, 'Bias, variance and noise'),
  CovariateShift: widget(() => import('./CovariateShift/CovariateShift'), 1300, 'Is it internal covariate shift?'),
  BatchSizeNoise: widget(() => import('./BatchSizeNoise/BatchSizeNoise'), 1100, 'The noise of the batch statistics'),
  ReceptiveField: widget(() => import('./ReceptiveField/ReceptiveField'), 1400, 'Theoretical and effective receptive field'),
  SeparableKernel: widget(() => import('./SeparableKernel/SeparableKernel'), 1000, 'Is this kernel spatially separable?'),
  ConvTypeRace: widget(() => import('./ConvTypeRace/ConvTypeRace'), 1100, 'Five convolution types, trained side by side'),
  BatchNormStep: widget(() => import('./BatchNormStep/BatchNormStep'), 900, 'One batch-norm step, by hand'),
  ConvArithmetic: widget(() => import('./ConvArithmetic/ConvArithmetic'), 1200, 'A kernel sliding over a digit'),
  DeformableSampling: widget(() => import('./DeformableSampling/DeformableSampling'), 1000, 'Where a deformable convolution looks'),
  LandscapeProbe: widget(() => import('./LandscapeProbe/LandscapeProbe'), 1100, 'How smooth is the loss along the gradient?'),
  BatchNormRace: widget(() => import('./BatchNormRace/BatchNormRace'), 1000, 'With and without batch norm'),
};
