'use client';
import type { RefObject } from 'react';
import type { Experiment } from '@/lib/training/experiment';
import type { WidgetSpec } from '@/components/widgets/spec';
import { TrainingControls } from './TrainingControls';
import { useTraining } from './useTraining';
import { useViewportPause } from './useViewportPause';

/**
 * The wiring every training widget shares: a run of the spec's experiment in the worker with
 * the widget's current config and seed, paused while the widget is off screen, its
 * Train / Pause / Step / Reset buttons, and a settings change that resets the run first.
 */
export function useTrainingRun<S, E extends Experiment = Experiment>(
  spec: Pick<WidgetSpec<never, E>, 'name' | 'experiment'>,
  rootRef: RefObject<Element | null>,
  config: unknown,
  seed: number,
  setSettings: (patch: Partial<S>) => void,
) {
  const { state, train, pause, step, reset } = useTraining(spec);
  useViewportPause(rootRef, state.status, pause, () => train(config, seed));
  const change = (patch: Partial<S>) => {
    reset();
    setSettings(patch);
  };
  const controls = (
    <TrainingControls
      status={state.status}
      onTrain={() => train(config, seed)}
      onPause={pause}
      onStep={() => step(config, seed)}
      onReset={reset}
    />
  );
  return {
    state,
    change,
    /** Settings are locked while the run is loading or running. */
    busy: state.status === 'running' || state.status === 'loading',
    controls,
  };
}
