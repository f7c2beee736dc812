'use client';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type { StackLayer } from '@/lib/pytorch/conv/receptiveField';
import type { StackWeights } from '@/lib/pytorch/conv/tfStackGradient';
import { stackTrainingConfig } from '@/lib/experiments/receptiveFieldTraining/stackTrainingRun';
import {
  initialStackKernels,
  kernelRows,
  splitKernels,
  stackTrainingProblem,
} from '@/lib/experiments/receptiveFieldTraining/stackClassifier';
import { seededRandom } from '@/lib/random/seeded';
import { receptiveFieldSpec } from './spec';

/**
 * The stack trained on the digits in the worker, and the kernels the heatmap should use:
 * the latest ones reported (with the step and test accuracy they came with), or before any
 * step the seeded initial kernels the run starts from. A run belongs to the stack, input size
 * and seed it started with; changing any of them resets it.
 */
export function useTrainedKernels(
  rootRef: RefObject<Element | null>,
  layers: readonly StackLayer[],
  inputSize: number,
  seed: number,
  steps: number,
) {
  const config = useMemo(
    () => stackTrainingConfig(layers, inputSize, steps),
    [layers, inputSize, steps],
  );
  const key = JSON.stringify([config, seed]);
  // The settings the current run started with: its kernels mean nothing for another stack.
  const [runKey, setRunKey] = useState<string | null>(null);
  const current = runKey === key;
  const problem = stackTrainingProblem(layers, inputSize);
  // The stack's settings are the widget's own, changed without the hook: it is told only when
  // a run starts, and a run of other settings is reset below.
  const { state, controls, reset } = useTrainingRun(
    receptiveFieldSpec,
    rootRef,
    problem ? null : config,
    seed,
    () => {},
    { onStart: () => setRunKey(key) },
  );
  useEffect(() => {
    if (runKey !== null && runKey !== key) reset();
  }, [key, runKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const lastEval = useMemo(
    () => state.rows.findLast((r) => r.accuracy !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const flat = current ? state.arrays?.kernels : undefined;
  const weights: StackWeights | undefined = useMemo(() => {
    if (problem) return undefined;
    const kernels = flat
      ? splitKernels(layers, flat)
      : initialStackKernels(layers, seededRandom(seed));
    return kernelRows(layers, kernels);
  }, [flat, layers, seed, problem]);

  return {
    state: current
      ? state
      : { ...state, status: 'idle' as const, step: 0, rows: [], message: null },
    problem,
    weights,
    /** The step and test accuracy of the kernels shown, or null for the initial ones. */
    shown: flat && lastEval ? { step: lastEval.step, accuracy: lastEval.accuracy } : null,
    lastLoss: state.rows.at(-1)?.loss,
    /** Train / Pause / Step / Reset of the run. */
    controls,
  };
}
