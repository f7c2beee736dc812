import type { ComponentSpec } from './spec';
import { proseSpecs } from './prose';
import { linearFitSpec } from './linearFit';
import { convArithmeticSpec } from './convArithmetic';
import { convTypeRaceSpec } from './convTypeRace';
import { deformableSamplingSpec } from './deformableSampling';
import { separableKernelSpec } from './separableKernel';
import { receptiveFieldSpec } from './receptiveField';
import { batchSizeNoiseSpec } from './batchSizeNoise';
import { covariateShiftSpec } from './covariateShift';
import { matmulShapesSpec } from './matmulShapes';
import { linearInsideSpec } from './linearInside';
import { sequentialBuilderSpec } from './sequentialBuilder';
import { containersComparedSpec } from './containersCompared';
import { nestedCvSpec } from './nestedCv';
import { knnTuningSpec } from './knnTuning';
import { randomSplitSpec } from './randomSplit';
import { foldSplitsSpec } from './foldSplits';
import { torchSessionSpec } from './torchSession';
import { memoryViewSpec } from './memoryView';
import { autogradGraphSpec } from './autogradGraph';
import { trainingLoopStepperSpec } from './trainingLoopStepper';
import { copySemanticsSpec } from './copySemantics';
import { biasVarianceSpec } from './biasVariance';
import { convCostSpec } from './convCost';
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
export const componentSpecs: readonly ComponentSpec[] = [...proseSpecs, linearFitSpec, matmulShapesSpec, linearInsideSpec, sequentialBuilderSpec, containersComparedSpec, torchSessionSpec, memoryViewSpec, autogradGraphSpec, trainingLoopStepperSpec, copySemanticsSpec, convCostSpec, biasVarianceSpec, foldSplitsSpec, randomSplitSpec, knnTuningSpec, nestedCvSpec, timeSeriesCvSpec, csvCrossValidationSpec, covariateShiftSpec, batchSizeNoiseSpec, receptiveFieldSpec, separableKernelSpec, convTypeRaceSpec, batchNormStepSpec, convArithmeticSpec, landscapeProbeSpec, batchNormRaceSpec, deformableSamplingSpec];

export const componentSpecByName: ReadonlyMap<string, ComponentSpec> = new Map(
  componentSpecs.map((s) => [s.name, s]),
);
