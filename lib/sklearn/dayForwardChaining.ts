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

/** Test days t = minTrain + v .. d-1, each with training days [0, t-v) and validation days [t-v, t). */
function chain(
  layout: ParticipantDays,
  { validationDays = 1, minTrainDays = 1 }: TimeSeriesCvOptions,
) {
  checkLayout(layout);
  const first = minTrainDays + validationDays;
  if (first >= layout.days) {
    throw new RangeError(
      `day forward-chaining needs more than ${first} days for ${minTrainDays} training and ${validationDays} validation day(s), got ${layout.days}`,
    );
  }
  return dayRange(first, layout.days).map((t) => ({
    train: dayRange(0, t - validationDays),
    validation: dayRange(t - validationDays, t),
    test: t,
  }));
}

/**
 * Regular day forward-chaining (Cochrane 2018): each day in turn is the test
 * set for all participants, all earlier days train (the latest of them
 * validate). With d days, one training and one validation day at least, that is
 * d - 2 splits: of order d, the table's "d".
 */
export function dayForwardChaining(
  layout: ParticipantDays,
  options: TimeSeriesCvOptions = {},
): TimeSeriesFold[] {
  const everyone = allParticipants(layout);
  return chain(layout, options).map((s) => ({
    train: samplesOn(layout, everyone, s.train),
    validation: samplesOn(layout, everyone, s.validation),
    test: samplesOn(layout, everyone, [s.test]),
    testParticipant: null,
    testDays: [s.test],
  }));
}

/**
 * Population-informed day forward-chaining: for every participant and every
 * test day, that participant's earlier days train and validate and the other
 * participants' data join the training set (all their days, or with
 * `others: 'past'` only days before the test day): p times as many splits, the
 * table's "dp".
 */
export function populationInformedDayForwardChaining(
  layout: ParticipantDays,
  options: TimeSeriesCvOptions = {},
): TimeSeriesFold[] {
  const steps = chain(layout, options);
  return allParticipants(layout).flatMap((p) => {
    const others = allParticipants(layout).filter((q) => q !== p);
    return steps.map((s) => ({
      train: inTimeOrder(
        layout,
        samplesOn(layout, [p], s.train),
        samplesOn(
          layout,
          others,
          options.others === 'past' ? dayRange(0, s.test) : dayRange(0, layout.days),
        ),
      ),
      validation: samplesOn(layout, [p], s.validation),
      test: samplesOn(layout, [p], [s.test]),
      testParticipant: p,
      testDays: [s.test],
    }));
  });
}
