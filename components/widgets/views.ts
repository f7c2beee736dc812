import type { ComponentType } from 'react';

/**
 * Every widget's view, by widget name, each loaded when its widget nears the viewport.
 * Only the page's LazyWidget imports this list. The specs do not point at their views:
 * the server reads the specs (MDX components, content check, guide), and a server module
 * that mentioned a view's import would put that view, with zod and tfjs, into the
 * JavaScript every lesson loads first. A test keeps these names and the specs' equal.
 */
export const widgetViews: Record<string, () => Promise<{ default: ComponentType<never> }>> = {
  AutogradGraph: () => import('./AutogradGraph/AutogradGraph'),
  BatchNormRace: () => import('./BatchNormRace/BatchNormRace'),
  BatchNormStep: () => import('./BatchNormStep/BatchNormStep'),
  BatchSizeNoise: () => import('./BatchSizeNoise/BatchSizeNoise'),
  BiasVariance: () => import('./BiasVariance/BiasVariance'),
  ContainersCompared: () => import('./ContainersCompared/ContainersCompared'),
  ConvArithmetic: () => import('./ConvArithmetic/ConvArithmetic'),
  ConvCost: () => import('./ConvCost/ConvCost'),
  ConvTypeRace: () => import('./ConvTypeRace/ConvTypeRace'),
  CopySemantics: () => import('./CopySemantics/CopySemantics'),
  CovariateShift: () => import('./CovariateShift/CovariateShift'),
  CsvCrossValidation: () => import('./CsvCrossValidation/CsvCrossValidation'),
  DeformableSampling: () => import('./DeformableSampling/DeformableSampling'),
  FoldSplits: () => import('./FoldSplits/FoldSplits'),
  KnnTuning: () => import('./KnnTuning/KnnTuning'),
  LandscapeProbe: () => import('./LandscapeProbe/LandscapeProbe'),
  LinearFit: () => import('./LinearFit/LinearFit'),
  LinearInside: () => import('./LinearInside/LinearInside'),
  MatmulShapes: () => import('./MatmulShapes/MatmulShapes'),
  MemoryView: () => import('./MemoryView/MemoryView'),
  NestedCv: () => import('./NestedCv/NestedCv'),
  RandomSplit: () => import('./RandomSplit/RandomSplit'),
  ReceptiveField: () => import('./ReceptiveField/ReceptiveField'),
  SeparableKernel: () => import('./SeparableKernel/SeparableKernel'),
  SequentialBuilder: () => import('./SequentialBuilder/SequentialBuilder'),
  TimeSeriesCv: () => import('./TimeSeriesCv/TimeSeriesCv'),
  TorchSession: () => import('./TorchSession/TorchSession'),
  TrainingLoopStepper: () => import('./TrainingLoopStepper/TrainingLoopStepper'),
};
