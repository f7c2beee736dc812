/**
 * The program each widget's code panel shows for a lesson's props, before the reader changes
 * anything: the props parsed by the widget's schema, turned into settings by its spec's `config`
 * (the function its view runs with, so this table cannot drift from the widget) where the
 * generator takes that config, and given to the widget's generator in lib/. ReceptiveField and
 * CsvCrossValidation build their code from more than their run's config (a chosen pixel, a
 * file's columns), so they convert their props here. State the reader makes by hand (an edited
 * kernel or stack, a loaded CSV file, a chosen pixel) starts as the widget starts it.
 * Read by the test that checks every lesson shows this code, and by the script that runs it.
 * Pure: no React, no view.
 */
import { batchNormRaceCode } from '@/lib/experiments/batchNormRace/batchNormRaceCode';
import { batchSizeNoiseCode } from '@/lib/experiments/batchSizeNoise/batchSizeNoiseCode';
import {
  BIAS_VARIANCE_TEST_POINTS,
  biasVarianceCode,
} from '@/lib/experiments/biasVariance/biasVarianceCode';
import { containersComparedCode } from '@/lib/experiments/containersTrain/containersComparedCode';
import { convTypeRaceCode } from '@/lib/experiments/convTypeRace/convTypeRaceCode';
import { covariateShiftCode } from '@/lib/experiments/covariateShift/covariateShiftCode';
import {
  csvCrossValidationCode,
  EXAMPLE_CSV,
} from '@/lib/experiments/csvCrossValidation/csvCrossValidationCode';
import { deformableSamplingCode } from '@/lib/experiments/deformableSampling/deformableSamplingCode';
import { knnTuningCode } from '@/lib/experiments/knnTuning/knnTuningCode';
import { landscapeProbeCode } from '@/lib/experiments/landscapeProbe/landscapeProbeCode';
import { linearFitCode } from '@/lib/experiments/linearFit/linearFitCode';
import { nestedCvCode } from '@/lib/experiments/nestedCv/nestedCvCode';
import { receptiveFieldCode } from '@/lib/experiments/receptiveFieldTraining/receptiveFieldCode';
import { sequentialBuilderCode } from '@/lib/experiments/sequentialTrain/sequentialBuilderCode';
import { timeSeriesCvCode } from '@/lib/experiments/timeSeriesCv/timeSeriesCvCode';
import { trainingLoopCode } from '@/lib/experiments/trainingLoop/trainingLoopCode';
import { presetKernel } from '@/lib/pytorch/conv/kernelPresets';
import { receptiveField } from '@/lib/pytorch/conv/receptiveField';
import { presetStack } from '@/lib/pytorch/conv/receptiveFieldPresets';
import { batchNormStepCode } from '@/lib/pytorch/widgets/batchNormStepCode';
import { convArithmeticCode } from '@/lib/pytorch/widgets/convArithmeticCode';
import { copySemanticsCode } from '@/lib/pytorch/widgets/copySemanticsCode';
import { convCostCode } from '@/lib/pytorch/widgets/convCostCode';
import { linearInsideCode } from '@/lib/pytorch/widgets/linearInsideCode';
import { matmulShapesCode } from '@/lib/pytorch/widgets/matmulShapesCode';
import { separableKernelCode } from '@/lib/pytorch/widgets/separableKernelCode';
import { seededRandom } from '@/lib/random/seeded';
import { randomSplitCode } from '@/lib/sklearn/randomSplitCode';
import { batchNormRaceSpec } from './BatchNormRace/spec';
import { batchNormStepSpec } from './BatchNormStep/spec';
import { batchSizeNoiseSpec } from './BatchSizeNoise/spec';
import { biasVarianceSpec } from './BiasVariance/spec';
import { containersComparedSpec } from './ContainersCompared/spec';
import { convArithmeticSpec } from './ConvArithmetic/spec';
import { convCostSpec } from './ConvCost/spec';
import { convTypeRaceSpec } from './ConvTypeRace/spec';
import { covariateShiftSpec } from './CovariateShift/spec';
import { csvCrossValidationSpec } from './CsvCrossValidation/spec';
import { deformableSamplingSpec } from './DeformableSampling/spec';
import { foldData } from './FoldSplits/foldData';
import { splitterCode } from './FoldSplits/makeSplitter';
import { foldSplitsSpec } from './FoldSplits/spec';
import { knnTuningSpec } from './KnnTuning/spec';
import { landscapeProbeSpec } from './LandscapeProbe/spec';
import { linearFitSpec } from './LinearFit/spec';
import { linearInsideSpec } from './LinearInside/spec';
import { matmulShapesSpec } from './MatmulShapes/spec';
import { nestedCvSpec } from './NestedCv/spec';
import { randomSplitSpec } from './RandomSplit/spec';
import { receptiveFieldSpec } from './ReceptiveField/spec';
import { separableKernelSpec } from './SeparableKernel/spec';
import { orderedDictNames, sequentialBuilderSpec } from './SequentialBuilder/spec';
import { timeSeriesCvSpec } from './TimeSeriesCv/spec';
import { trainingLoopStepperSpec } from './TrainingLoopStepper/spec';
import { widgetConfig } from './spec';

type Props = Record<string, unknown>;

/** Widget name → the code its panel shows for these props. */
export const widgetCodes: Record<string, (props: Props) => string> = {
  BatchNormRace(props) {
    const s = batchNormRaceSpec.props.parse(props);
    return batchNormRaceCode(widgetConfig(batchNormRaceSpec, s), s.seed);
  },
  BatchNormStep: (props) => batchNormStepCode(batchNormStepSpec.props.parse(props)),
  BatchSizeNoise(props) {
    const s = batchSizeNoiseSpec.props.parse(props);
    return batchSizeNoiseCode(widgetConfig(batchSizeNoiseSpec, s), s.seed);
  },
  BiasVariance: (props) =>
    biasVarianceCode(biasVarianceSpec.props.parse(props), BIAS_VARIANCE_TEST_POINTS),
  ContainersCompared(props) {
    const s = containersComparedSpec.props.parse(props);
    return containersComparedCode(widgetConfig(containersComparedSpec, s), s.seed);
  },
  ConvArithmetic: (props) => convArithmeticCode(convArithmeticSpec.props.parse(props)),
  ConvCost: (props) => convCostCode(convCostSpec.props.parse(props)),
  ConvTypeRace(props) {
    const s = convTypeRaceSpec.props.parse(props);
    return convTypeRaceCode(widgetConfig(convTypeRaceSpec, s), s.seed);
  },
  CopySemantics: () => copySemanticsCode(),
  CovariateShift(props) {
    const s = covariateShiftSpec.props.parse(props);
    return covariateShiftCode(widgetConfig(covariateShiftSpec, s), s.seed);
  },
  CsvCrossValidation: (props) =>
    csvCrossValidationCode(csvCrossValidationSpec.props.parse(props), EXAMPLE_CSV),
  DeformableSampling(props) {
    const s = deformableSamplingSpec.props.parse(props);
    return deformableSamplingCode(widgetConfig(deformableSamplingSpec, s), s.seed);
  },
  FoldSplits(props) {
    const s = foldSplitsSpec.props.parse(props);
    const { y, groups } = foldData(s.samples);
    return splitterCode(s, y, groups);
  },
  KnnTuning: (props) =>
    knnTuningCode(widgetConfig(knnTuningSpec, knnTuningSpec.props.parse(props))),
  LandscapeProbe(props) {
    const s = landscapeProbeSpec.props.parse(props);
    return landscapeProbeCode(widgetConfig(landscapeProbeSpec, s), s.seed);
  },
  LinearFit(props) {
    const s = linearFitSpec.props.parse(props);
    return linearFitCode(widgetConfig(linearFitSpec, s), s.seed);
  },
  LinearInside: (props) => linearInsideCode(linearInsideSpec.props.parse(props)),
  MatmulShapes: (props) => matmulShapesCode(matmulShapesSpec.props.parse(props)),
  NestedCv: (props) => nestedCvCode(widgetConfig(nestedCvSpec, nestedCvSpec.props.parse(props))),
  RandomSplit: (props) => randomSplitCode(randomSplitSpec.props.parse(props)),
  ReceptiveField(props) {
    const s = receptiveFieldSpec.props.parse(props);
    const layers = presetStack(s.preset);
    const [h, w] = receptiveField(layers, [s.inputSize, s.inputSize]).outputHW;
    const pixel: [number, number] = [Math.floor(h / 2), Math.floor(w / 2)];
    return receptiveFieldCode(
      { layers, inputSize: s.inputSize, weights: s.weights, pixel, steps: s.trainSteps },
      s.seed,
    );
  },
  SeparableKernel(props) {
    const s = separableKernelSpec.props.parse(props);
    return separableKernelCode(presetKernel(s.preset, seededRandom(s.seed)), s.digit);
  },
  SequentialBuilder(props) {
    const s = sequentialBuilderSpec.props.parse(props);
    const config = widgetConfig(sequentialBuilderSpec, s);
    if (!config) throw new Error(`SequentialBuilder: layers "${s.layers}" do not parse`);
    const names = s.named ? orderedDictNames(config.layers) : undefined;
    return sequentialBuilderCode(config, s.seed, names);
  },
  TimeSeriesCv(props) {
    const s = timeSeriesCvSpec.props.parse(props);
    return timeSeriesCvCode(widgetConfig(timeSeriesCvSpec, s), s.seed);
  },
  TrainingLoopStepper(props) {
    const s = trainingLoopStepperSpec.props.parse(props);
    return trainingLoopCode(widgetConfig(trainingLoopStepperSpec, s));
  },
};
