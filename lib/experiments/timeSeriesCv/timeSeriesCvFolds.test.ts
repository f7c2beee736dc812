import { describe, expect, it } from 'vitest';
import { locateSample } from '../../sklearn/participantDays';
import {
  developmentLayout,
  SCHEMES,
  timeSeriesCvJobs,
  type CvJobsOptions,
} from './timeSeriesCvFolds';

const options: CvJobsOptions = {
  participants: 4,
  days: 11,
  futureDays: 2,
  kFolds: 5,
  shuffleSeed: 7,
  others: 'all',
};
const full = { participants: 4, days: 11, samplesPerDay: 24 };
const dayOf = (i: number) => locateSample(full, i).day;
const who = (i: number) => locateSample(full, i).participant;
const jobs = timeSeriesCvJobs(options);
const d = developmentLayout(options).days;

describe('timeSeriesCvJobs', () => {
  it('makes K, 1, p, d - 2 and p(d - 2) folds for the development days, then one future fold', () => {
    const count = (s: string) => jobs.filter((j) => j.scheme === s).length;
    expect(SCHEMES.map(count)).toEqual([5, 1, 4, d - 2, 4 * (d - 2), 1]);
  });

  it('never trains, validates or tests a scheme on the held-out future', () => {
    for (const job of jobs.filter((j) => j.scheme !== 'future')) {
      for (const i of [...job.train, ...job.validation, ...job.test])
        expect(dayOf(i)).toBeLessThan(d);
    }
  });

  it('tests the future fold on exactly the last days of everyone, trained on every development day', () => {
    const future = jobs.at(-1)!;
    expect(future.scheme).toBe('future');
    expect(new Set(future.test.map(dayOf))).toEqual(new Set([9, 10]));
    expect(future.test).toHaveLength(4 * 2 * 24);
    expect(future.train.length + future.validation.length).toBe(4 * d * 24);
    expect(Math.max(...future.train.map(dayOf))).toBeLessThan(
      Math.min(...future.validation.map(dayOf)),
    );
  });

  it("Cochrane's schemes never train on the tested participant's future: their own training days precede the test days", () => {
    for (const job of jobs.filter((j) => j.scheme !== 'kFoldShuffled')) {
      const own = (xs: number[]) =>
        job.testParticipant === null ? xs : xs.filter((i) => who(i) === job.testParticipant);
      const firstTest = Math.min(...job.test.map(dayOf));
      expect(Math.max(...own([...job.train, ...job.validation]).map(dayOf))).toBeLessThan(
        firstTest,
      );
    }
  });

  it("with others: 'past' no training sample of anyone comes from a test day or later", () => {
    for (const job of timeSeriesCvJobs({ ...options, others: 'past' }).filter(
      (j) => j.scheme !== 'kFoldShuffled',
    )) {
      const firstTest = Math.min(...job.test.map(dayOf));
      expect(Math.max(...job.train.map(dayOf))).toBeLessThan(firstTest);
    }
  });

  it('shuffled K-fold, by contrast, tests hours of days it also trains on (the leak)', () => {
    const [first] = jobs;
    const trainDays = new Set(first.train.map((i) => `${who(i)}/${dayOf(i)}`));
    expect(first.test.some((i) => trainDays.has(`${who(i)}/${dayOf(i)}`))).toBe(true);
    expect(new Set([...first.train, ...first.test]).size).toBe(4 * d * 24);
  });
});
