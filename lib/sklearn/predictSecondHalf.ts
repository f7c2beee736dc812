import {
  allParticipants,
  checkLayout,
  dayRange,
  inTimeOrder,
  samplesOn,
  type ParticipantDays,
  type TimeSeriesCvOptions,
  type TimeSeriesFold,
} from './participantDays';

/** First ⌊d/2⌋ days train (the last `validationDays` of them validate), the rest test. */
function halves(
  layout: ParticipantDays,
  { validationDays = 1, minTrainDays = 1 }: TimeSeriesCvOptions,
) {
  checkLayout(layout);
  const half = Math.floor(layout.days / 2);
  if (half - validationDays < minTrainDays) {
    throw new RangeError(
      `predict-second-half needs at least ${2 * (minTrainDays + validationDays)} days for ${minTrainDays} training and ${validationDays} validation day(s), got ${layout.days}`,
    );
  }
  return {
    train: dayRange(0, half - validationDays),
    validation: dayRange(half - validationDays, half),
    test: dayRange(half, layout.days),
  };
}

/**
 * Regular predict-second-half (Cochrane 2018): one split. Every participant's
 * first half of days trains, with its last day(s) as the validation set for the
 * inner loop; every participant's second half tests.
 */
export function predictSecondHalf(
  layout: ParticipantDays,
  options: TimeSeriesCvOptions = {},
): TimeSeriesFold[] {
  const days = halves(layout, options);
  const everyone = allParticipants(layout);
  return [
    {
      train: samplesOn(layout, everyone, days.train),
      validation: samplesOn(layout, everyone, days.validation),
      test: samplesOn(layout, everyone, days.test),
      testParticipant: null,
      testDays: days.test,
    },
  ];
}

/**
 * Population-informed predict-second-half: p splits, one per participant. Its
 * second half tests; its first half trains and validates as in the regular
 * scheme, and the other participants' data join the training set (all their
 * days, or with `others: 'past'` only those before the test half).
 */
export function populationInformedPredictSecondHalf(
  layout: ParticipantDays,
  options: TimeSeriesCvOptions = {},
): TimeSeriesFold[] {
  const days = halves(layout, options);
  const otherDays =
    options.others === 'past' ? dayRange(0, days.test[0]) : dayRange(0, layout.days);
  return allParticipants(layout).map((p) => ({
    train: inTimeOrder(
      layout,
      samplesOn(layout, [p], days.train),
      samplesOn(
        layout,
        allParticipants(layout).filter((q) => q !== p),
        otherDays,
      ),
    ),
    validation: samplesOn(layout, [p], days.validation),
    test: samplesOn(layout, [p], days.test),
    testParticipant: p,
    testDays: days.test,
  }));
}
