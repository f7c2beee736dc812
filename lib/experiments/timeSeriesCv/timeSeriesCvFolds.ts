import {
  dayForwardChaining,
  populationInformedDayForwardChaining,
} from '../../sklearn/dayForwardChaining';
import { kFold } from '../../sklearn/kFold';
import {
  allParticipants,
  dayRange,
  locateSample,
  samplesOn,
  type ParticipantDays,
  type TimeSeriesCvOptions,
} from '../../sklearn/participantDays';
import {
  populationInformedPredictSecondHalf,
  predictSecondHalf,
} from '../../sklearn/predictSecondHalf';

export const SCHEMES = [
  'kFoldShuffled',
  'predictSecondHalf',
  'populationInformedPredictSecondHalf',
  'dayForwardChaining',
  'populationInformedDayForwardChaining',
  'future',
] as const;
export type SchemeName = (typeof SCHEMES)[number];

/** One outer fold to fit and score, with sample indices into the full recording (future included). */
export interface CvJob {
  scheme: SchemeName;
  /** Position of this fold within its scheme. */
  fold: number;
  train: number[];
  /** Cochrane's inner loop: the validation days that pick the penalty. Empty for shuffled K-fold. */
  validation: number[];
  test: number[];
  testParticipant: number | null;
}

export interface CvJobsOptions {
  participants: number;
  /** Days recorded per participant, the held-out future included. */
  days: number;
  /** The last days of every participant, never used by any scheme. */
  futureDays: number;
  kFolds: number;
  /** Seed of the shuffled K-fold (numpy's RandomState, as scikit-learn's `random_state`). */
  shuffleSeed: number;
  others: TimeSeriesCvOptions['others'];
}

/** Layout of the development part: the days before the held-out future. */
export const developmentLayout = (o: CvJobsOptions): Required<ParticipantDays> => ({
  participants: o.participants,
  days: o.days - o.futureDays,
  samplesPerDay: 24,
});

/**
 * Every outer fold the widget fits, in the order it fits them: scikit-learn's
 * `KFold(k, shuffle=True, random_state)` over the development hours, then
 * Cochrane's four schemes on the development days, then one last fold whose
 * test set is the held-out future (trained on all development days, the last
 * one validating). Schemes see development indices, mapped here onto the
 * full recording, so no scheme can reach a future day.
 */
export function timeSeriesCvJobs(o: CvJobsOptions): CvJob[] {
  const dev = developmentLayout(o);
  const full = { ...dev, days: o.days };
  const toFull = (i: number) => {
    const { participant, day, k } = locateSample(dev, i);
    return (participant * full.days + day) * 24 + k;
  };
  const jobs: CvJob[] = [];
  const n = dev.participants * dev.days * 24;
  kFold({ nSplits: o.kFolds, shuffle: true, randomState: o.shuffleSeed })
    .split(n)
    .splits.forEach((s, fold) =>
      jobs.push({
        scheme: 'kFoldShuffled',
        fold,
        train: s.train.map(toFull),
        validation: [],
        test: s.test.map(toFull),
        testParticipant: null,
      }),
    );
  const options: TimeSeriesCvOptions = { others: o.others };
  const cochrane = [
    ['predictSecondHalf', predictSecondHalf(dev, options)],
    ['populationInformedPredictSecondHalf', populationInformedPredictSecondHalf(dev, options)],
    ['dayForwardChaining', dayForwardChaining(dev, options)],
    ['populationInformedDayForwardChaining', populationInformedDayForwardChaining(dev, options)],
  ] as const;
  for (const [scheme, folds] of cochrane) {
    folds.forEach((f, fold) =>
      jobs.push({
        scheme,
        fold,
        train: f.train.map(toFull),
        validation: f.validation.map(toFull),
        test: f.test.map(toFull),
        testParticipant: f.testParticipant,
      }),
    );
  }
  const everyone = allParticipants(full);
  jobs.push({
    scheme: 'future',
    fold: 0,
    train: samplesOn(full, everyone, dayRange(0, dev.days - 1)),
    validation: samplesOn(full, everyone, [dev.days - 1]),
    test: samplesOn(full, everyone, dayRange(dev.days, full.days)),
    testParticipant: null,
  });
  return jobs;
}
