'use client';
import type { RefObject } from 'react';
import type { Experiment } from '@/lib/training/experiment';
import type { WidgetSpec } from '@/components/widgets/spec';
import { TrainingControls } from './TrainingControls';
import { useTraining } from './useTraining';
import { useViewportPause } from './useViewportPause';

export interface TrainingRunOptions {
  /** Cleared with the run (by Reset and by a settings change): state the widget keeps beside it. */
  onReset?(): void;
  /**
   * Called whenever Train or Step (or the widget's return into view) starts or continues the
   * run: a widget whose figure must only show a run of the settings it started with notes
   * them here.
   */
  onStart?(): void;
  /**
   * A stepper of the widget's own that Step drives instead of one step of the run (a line of
   * the training loop run on the page). Step then leads the buttons, and Reset is offered once
   * the stepper has `stepped`.
   */
  stepper?: { step(): void; stepped: boolean };
}

/**
 * The wiring every training widget shares: a run of the spec's experiment in the worker with
 * the widget's current config and seed, paused while the widget is off screen, its
 * Train / Pause / Step / Reset buttons, and a settings change that resets the run first.
 * A config of `null` means there is nothing to train yet (no file loaded, a network that
 * cannot run): Train and Step then do nothing.
 */
export function useTrainingRun<S, E extends Experiment = Experiment>(
  spec: Pick<WidgetSpec<never, E>, 'name' | 'experiment'>,
  rootRef: RefObject<Element | null>,
  config: unknown,
  seed: number,
  setSettings: (patch: Partial<S>) => void,
  options: TrainingRunOptions = {},
) {
  const { state, train, pause, step, reset } = useTraining(spec);
  /** Train with the current config, or with the one a setting changed this instant gives. */
  const start = (next: unknown = config) => {
    if (next === null) return;
    options.onStart?.();
    train(next, seed);
  };
  const stepRun = () => {
    if (config === null) return;
    options.onStart?.();
    step(config, seed);
  };
  useViewportPause(rootRef, state.status, pause, () => start());
  const resetAll = () => {
    reset();
    options.onReset?.();
  };
  const change = (patch: Partial<S>) => {
    resetAll();
    setSettings(patch);
  };
  const { stepper } = options;
  const controls = (
    <TrainingControls
      status={state.status}
      onTrain={() => start()}
      onPause={pause}
      onStep={stepper ? stepper.step : stepRun}
      onReset={resetAll}
      stepLeads={stepper !== undefined}
      resettable={stepper?.stepped}
    />
  );
  return {
    state,
    change,
    /** Settings are locked while the run is loading or running. */
    busy: state.status === 'running' || state.status === 'loading',
    controls,
    train: start,
    pause,
    reset: resetAll,
  };
}
