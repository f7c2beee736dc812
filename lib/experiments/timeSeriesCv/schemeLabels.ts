import type { SchemeName } from './timeSeriesCvFolds';

/** How the lesson names each scheme, and the comparison table's split count as a formula. */
export const SCHEME_INFO: Record<
  SchemeName,
  { label: string; short: string; outputName: string; splits: string }
> = {
  kFoldShuffled: {
    label: 'Shuffled K-fold',
    short: 'K-fold (shuffled)',
    outputName: 'error-kfold-shuffled',
    splits: 'K',
  },
  predictSecondHalf: {
    label: 'Regular predict second half',
    short: 'Predict 2nd half',
    outputName: 'error-predict-second-half',
    splits: '1',
  },
  populationInformedPredictSecondHalf: {
    label: 'Population-informed predict second half',
    short: 'Pop. 2nd half',
    outputName: 'error-population-informed-predict-second-half',
    splits: 'p',
  },
  dayForwardChaining: {
    label: 'Regular day forward-chaining',
    short: 'Forward-chaining',
    outputName: 'error-day-forward-chaining',
    splits: 'd − 2',
  },
  populationInformedDayForwardChaining: {
    label: 'Population-informed day forward-chaining',
    short: 'Pop. forward-chaining',
    outputName: 'error-population-informed-day-forward-chaining',
    splits: 'p(d − 2)',
  },
  future: {
    label: 'Held-out future (the truth)',
    short: 'Held-out future',
    outputName: 'error-future',
    splits: '1',
  },
};
