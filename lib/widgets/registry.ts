import type { ComponentSpec } from './spec';
import { proseSpecs } from './prose';
import { linearFitSpec } from './linearFit';
import { convTypeRaceSpec } from './convTypeRace';
import { deformableSamplingSpec } from './deformableSampling';
import { convArithmeticSpec } from './convArithmetic';
import { matmulShapesSpec } from './matmulShapes';
import { linearInsideSpec } from './linearInside';
import { sequentialBuilderSpec } from './sequentialBuilder';
import { containersComparedSpec } from './containersCompared';
import { torchSessionSpec } from './torchSession';
import { memoryViewSpec } from './memoryView';
import { autogradGraphSpec } from './autogradGraph';
import { trainingLoopStepperSpec } from './trainingLoopStepper';
import { copySemanticsSpec } from './copySemantics';
import { foldSplitsSpec } from './foldSplits';
import { randomSplitSpec } from './randomSplit';
import { knnTuningSpec } from './knnTuning';
import { nestedCvSpec } from './nestedCv';
import { biasVarianceSpec } from './biasVariance';
import { covariateShiftSpec } from './covariateShift';
import { batchSizeNoiseSpec } from './batchSizeNoise';
import { convCostSpec } from './convCost';
import { receptiveFieldSpec } from './receptiveField';
import { separableKernelSpec } from './separableKernel';
import { timeSeriesCvSpec } from './timeSeriesCv';
import { csvCrossValidationSpec } from './csvCrossValidation';
import { batchNormStepSpec } from './batchNormStep';
import { landscapeProbeSpec } from './landscapeProbe';
import { batchNormRaceSpec } from './batchNormRace';

/**
 * Every component an MDX lesson may use without an import. The view side
 * (`mdx-components.tsx`) maps the same names to React components; a test
 * keeps the two lists equal.
 */
export const componentSpecs: readonly ComponentSpec[] = [
  ...proseSpecs,
  // Widgets in course order, as the authoring guide lists them.
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
];

export const componentSpecByName: ReadonlyMap<string, ComponentSpec> = new Map(
  componentSpecs.map((s) => [s.name, s]),
);
