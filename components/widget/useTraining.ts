'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createTrainingClient,
  initialRunState,
  type RunState,
  type TrainingClient,
} from '@/lib/training/client';
import { siteBaseUrl } from '@/components/site/basePath';
import type { Experiment, MetricOf } from '@/lib/training/experiment';
import type { WidgetSpec } from '@/components/widgets/spec';

/** Shortest time between two redraws of a training widget, in ms (about 15 a second). */
const REDRAW_MS = 66;

/**
 * One training run of the widget's experiment in a worker, as React state
 * updated at most once a frame. The worker finds the experiment by the
 * widget's name in the list of specs. The worker is made on the first Train
 * or Step and terminated on unmount. The rows are named by the spec's experiment's metrics.
 */
export function useTraining<E extends Experiment>(
  spec: Pick<WidgetSpec<never, E>, 'name' | 'experiment'>,
) {
  const experiment = spec.name;
  const [state, setState] = useState<RunState<MetricOf<E>>>(initialRunState);
  const clientRef = useRef<TrainingClient<MetricOf<E>> | null>(null);
  const lastRedrawRef = useRef(-Infinity);

  const client = useCallback(() => {
    clientRef.current ??= createTrainingClient<MetricOf<E>>({
      createWorker: () =>
        new Worker(new URL('../widgets/training.worker.ts', import.meta.url), {
          type: 'module',
        }),
      experiment,
      baseUrl: siteBaseUrl(),
      schedule: (callback) => {
        // At most one redraw per animation frame, and while metrics stream in at most one per
        // REDRAW_MS: each redraw re-renders every chart, and fewer of them leave the page's
        // main thread free (no long tasks while a widget trains).
        const wait = lastRedrawRef.current + REDRAW_MS - performance.now();
        const redraw = () =>
          requestAnimationFrame(() => {
            lastRedrawRef.current = performance.now();
            callback();
          });
        if (wait > 0) setTimeout(redraw, wait);
        else redraw();
      },
      onUpdate: setState,
    });
    return clientRef.current;
  }, [experiment]);

  useEffect(() => {
    // The widget is mounted only near the viewport: warm the worker now so Train answers fast.
    client().prepare();
    return () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, [client]);

  return {
    state,
    train: useCallback((config: unknown, seed: number) => client().train(config, seed), [client]),
    pause: useCallback(() => client().pause(), [client]),
    step: useCallback((config: unknown, seed: number) => client().step(config, seed), [client]),
    reset: useCallback(() => client().reset(), [client]),
  };
}
