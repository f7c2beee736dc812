import type { SchemeName } from './timeSeriesCvFolds';

/**
 * Each scheme's headline output name and the comparison table's split count as a formula. The
 * names a page shows for the schemes are worded in the widget's messages, in the page's language.
 */
export const SCHEME_INFO: Record<SchemeName, { outputName: string; splits: string }> = {
  kFoldShuffled: { outputName: 'error-kfold-shuffled', splits: 'K' },
  predictSecondHalf: { outputName: 'error-predict-second-half', splits: '1' },
  populationInformedPredictSecondHalf: {
    outputName: 'error-population-informed-predict-second-half',
    splits: 'p',
  },
  dayForwardChaining: { outputName: 'error-day-forward-chaining', splits: 'd − 2' },
  populationInformedDayForwardChaining: {
    outputName: 'error-population-informed-day-forward-chaining',
    splits: 'p(d − 2)',
  },
  future: { outputName: 'error-future', splits: '1' },
};
