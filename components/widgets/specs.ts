import type { ComponentSpec } from '@/lib/content/componentSpec';
import { proseSpecs } from '@/components/prose/proseSpecs';
import type { WidgetSpec } from './spec';
import { linearFitSpec } from './LinearFit/spec';
import { batchNormStepSpec } from './BatchNormStep/spec';
import { batchNormRaceSpec } from './BatchNormRace/spec';
import { landscapeProbeSpec } from './LandscapeProbe/spec';
import { covariateShiftSpec } from './CovariateShift/spec';
import { batchSizeNoiseSpec } from './BatchSizeNoise/spec';
import { biasVarianceSpec } from './BiasVariance/spec';
import { torchSessionSpec } from './TorchSession/spec';
import { memoryViewSpec } from './MemoryView/spec';
import { autogradGraphSpec } from './AutogradGraph/spec';
import { trainingLoopStepperSpec } from './TrainingLoopStepper/spec';
import { copySemanticsSpec } from './CopySemantics/spec';
import { matmulShapesSpec } from './MatmulShapes/spec';
import { linearInsideSpec } from './LinearInside/spec';
import { sequentialBuilderSpec } from './SequentialBuilder/spec';
import { containersComparedSpec } from './ContainersCompared/spec';
import { convArithmeticSpec } from './ConvArithmetic/spec';
import { convCostSpec } from './ConvCost/spec';
import { receptiveFieldSpec } from './ReceptiveField/spec';
import { separableKernelSpec } from './SeparableKernel/spec';
import { convTypeRaceSpec } from './ConvTypeRace/spec';
import { deformableSamplingSpec } from './DeformableSampling/spec';
import { foldSplitsSpec } from './FoldSplits/spec';
import { randomSplitSpec } from './RandomSplit/spec';
import { knnTuningSpec } from './KnnTuning/spec';
import { nestedCvSpec } from './NestedCv/spec';
import { csvCrossValidationSpec } from './CsvCrossValidation/spec';
import { timeSeriesCvSpec } from './TimeSeriesCv/spec';

/**
 * Every widget, in course order (the authoring guide lists them so). This one
 * list feeds the MDX components, the placeholders, the content check, the
 * guide's props tables and the training worker's experiments: a new widget is
 * its folder, one line here, and the MDX that uses it.
 */
export const widgetSpecs: readonly WidgetSpec[] = [
  linearFitSpec,
  batchNormStepSpec,
  batchNormRaceSpec,
  landscapeProbeSpec,
  covariateShiftSpec,
  batchSizeNoiseSpec,
  biasVarianceSpec,
  torchSessionSpec,
  memoryViewSpec,
  autogradGraphSpec,
  trainingLoopStepperSpec,
  copySemanticsSpec,
  matmulShapesSpec,
  linearInsideSpec,
  sequentialBuilderSpec,
  containersComparedSpec,
  convArithmeticSpec,
  convCostSpec,
  receptiveFieldSpec,
  separableKernelSpec,
  convTypeRaceSpec,
  deformableSamplingSpec,
  foldSplitsSpec,
  randomSplitSpec,
  knnTuningSpec,
  nestedCvSpec,
  csvCrossValidationSpec,
  timeSeriesCvSpec,
] as readonly WidgetSpec[];

export const widgetSpecByName: ReadonlyMap<string, WidgetSpec> = new Map(
  widgetSpecs.map((s) => [s.name, s]),
);

/** Every component an MDX lesson may use without an import: prose components, then widgets. */
export const componentSpecs: readonly ComponentSpec[] = [...proseSpecs, ...widgetSpecs];

export const componentSpecByName: ReadonlyMap<string, ComponentSpec> = new Map(
  componentSpecs.map((s) => [s.name, s]),
);
