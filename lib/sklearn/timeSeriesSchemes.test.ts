import { describe, expect, it } from 'vitest';
import { dayForwardChaining, populationInformedDayForwardChaining } from './dayForwardChaining';
import { locateSample, type ParticipantDays, type TimeSeriesFold } from './participantDays';
import { populationInformedPredictSecondHalf, predictSecondHalf } from './predictSecondHalf';

const layout: ParticipantDays = { participants: 3, days: 6, samplesPerDay: 4 };
const p = layout.participants,
  d = layout.days;
const schemes = {
  predictSecondHalf,
  populationInformedPredictSecondHalf,
  dayForwardChaining,
  populationInformedDayForwardChaining,
};
const dayOf = (i: number) => locateSample(layout, i).day;
const who = (i: number) => locateSample(layout, i).participant;

/** Samples that count as "past" for a fold: all of them, or only the tested participant's. */
const own = (fold: TimeSeriesFold, xs: number[]) =>
  fold.testParticipant === null ? xs : xs.filter((i) => who(i) === fold.testParticipant);

describe("Cochrane's time-series schemes", () => {
  it("make 1, p, d - 2 and (d - 2)p splits: the table's 1, p, d, dp (one training and one validation day at least)", () => {
    expect(predictSecondHalf(layout)).toHaveLength(1);
    expect(populationInformedPredictSecondHalf(layout)).toHaveLength(p);
    expect(dayForwardChaining(layout)).toHaveLength(d - 2);
    expect(populationInformedDayForwardChaining(layout)).toHaveLength((d - 2) * p);
  });

  it("follow Cochrane's five-day example: three forward-chaining splits testing days 3, 4, 5", () => {
    const folds = dayForwardChaining({ participants: 1, days: 5 });
    expect(folds.map((f) => [f.train, f.validation, f.test])).toEqual([
      [[0], [1], [2]],
      [[0, 1], [2], [3]],
      [[0, 1, 2], [3], [4]],
    ]);
  });

  it.each(Object.entries(schemes))(
    '%s: every test day comes after every training and validation day of the tested data',
    (_, scheme) => {
      for (const fold of scheme(layout)) {
        const firstTest = Math.min(...fold.test.map(dayOf));
        const lastTrain = Math.max(...own(fold, fold.train).map(dayOf));
        const lastValidation = Math.max(...fold.validation.map(dayOf));
        const firstValidation = Math.min(...fold.validation.map(dayOf));
        expect(lastTrain).toBeLessThan(firstValidation);
        expect(lastValidation).toBeLessThan(firstTest);
        expect(fold.testDays).toEqual([...new Set(fold.test.map(dayOf))]);
      }
    },
  );

  it.each(Object.entries(schemes))(
    '%s: train, validation and test are disjoint and each in time order',
    (_, scheme) => {
      for (const fold of scheme(layout)) {
        const all = [...fold.train, ...fold.validation, ...fold.test];
        expect(new Set(all).size).toBe(all.length);
        for (const set of [fold.train, fold.validation, fold.test]) {
          const days = set.map(dayOf);
          expect(days).toEqual([...days].sort((a, b) => a - b));
        }
      }
    },
  );

  it('population-informed schemes add the other participants, all days or (others: past) only earlier ones', () => {
    const [fold] = populationInformedDayForwardChaining(layout);
    expect(fold.testParticipant).toBe(0);
    expect(new Set(fold.test.map(who))).toEqual(new Set([0]));
    expect(fold.train.filter((i) => who(i) !== 0)).toHaveLength((p - 1) * d * 4);
    for (const past of populationInformedDayForwardChaining(layout, { others: 'past' })) {
      expect(Math.max(...past.train.map(dayOf))).toBeLessThan(past.testDays[0]);
    }
    const psh = populationInformedPredictSecondHalf(layout, { others: 'past' });
    for (const f of psh) expect(Math.max(...f.train.map(dayOf))).toBeLessThan(f.testDays[0]);
  });

  it('regular schemes cover every participant in one test set; predict-second-half tests the second half', () => {
    const [fold] = predictSecondHalf(layout);
    expect(fold.testDays).toEqual([3, 4, 5]);
    expect(fold.test).toHaveLength(p * 3 * 4);
    expect(fold.validation.map(dayOf).every((day) => day === 2)).toBe(true);
  });

  it('refuse too few days', () => {
    expect(() => dayForwardChaining({ participants: 2, days: 2 })).toThrow(
      'needs more than 2 days',
    );
    expect(() => predictSecondHalf({ participants: 2, days: 3 })).toThrow('needs at least 4 days');
  });
});
