'use client';
import { useEffect, useState } from 'react';
import type { RunState } from '@/lib/training/client';
import { foldMeans } from '@/lib/experiments/knnTuning/knnTuningStats';
import { KNN_STAGE, type KnnTuningConfig } from '@/lib/experiments/knnTuning/knnTuning';

/** One finished run of the K-fold search, kept to compare shuffles and fold counts. */
export interface KnnRepeat {
  key: string;
  dataset: string;
  folds: number;
  splitSeed: number;
  shuffleSeed: number;
  mean: number[];
  chosenK: number;
  cvAccuracy: number;
  testAccuracy: number;
}

/** Collects every run that reached its test score; a repeated identical run is kept once. */
export function useKnnRepeats(state: RunState, config: KnnTuningConfig) {
  const [repeats, setRepeats] = useState<KnnRepeat[]>([]);
  const last = state.rows.at(-1);
  const finished =
    state.status === 'done' && last?.stage === KNN_STAGE.test && state.arrays !== null;
  useEffect(() => {
    if (!finished || !last || !state.arrays) return;
    const key = `${config.dataset}/${config.kMax}/${config.testSize}/${config.splitSeed}/${config.folds}/${config.shuffleSeed}`;
    const { mean } = foldMeans(state.arrays.folds, config.folds, config.kMax);
    const repeat: KnnRepeat = {
      key,
      dataset: config.dataset,
      folds: config.folds,
      splitSeed: config.splitSeed,
      shuffleSeed: config.shuffleSeed,
      mean,
      chosenK: last.chosenK,
      cvAccuracy: last.cvAccuracy,
      testAccuracy: last.testAccuracy,
    };
    // a finished run is an external event arriving from the worker
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRepeats((list) => (list.some((r) => r.key === key) ? list : [...list, repeat]));
  }, [finished]); // eslint-disable-line react-hooks/exhaustive-deps
  return repeats;
}

/** Population sd of a list (0 for fewer than two values). */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
}
