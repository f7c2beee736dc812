/**
 * Samples of several participants recorded over the same number of days, as in
 * Cochrane's "Time Series Nested Cross-Validation" (2018). Sample indices are
 * participant-major: index = (participant * days + day) * samplesPerDay + k.
 */
export interface ParticipantDays {
  participants: number;
  days: number;
  samplesPerDay?: number;
}

/** How the time-series schemes cut a participant's days. */
export interface TimeSeriesCvOptions {
  /** Days just before the test days kept for the inner (validation) loop. Default 1. */
  validationDays?: number;
  /** Fewest days a training set may have (day forward-chaining). Default 1. */
  minTrainDays?: number;
  /**
   * Population-informed schemes: 'all' (Cochrane) trains on every day of the
   * other participants; 'past' only on their days before the test days.
   */
  others?: 'all' | 'past';
}

/** One outer split: train, validation (inner loop) and test sample indices, each in time order. */
export interface TimeSeriesFold {
  train: number[];
  validation: number[];
  test: number[];
  /** The participant whose days are tested, or null when all participants are. */
  testParticipant: number | null;
  testDays: number[];
}

/** The index of sample k of a participant's day. */
export function sampleIndex(
  { days, samplesPerDay = 1 }: ParticipantDays,
  participant: number,
  day: number,
  k = 0,
): number {
  return (participant * days + day) * samplesPerDay + k;
}

/** Participant, day and within-day position of a sample index. */
export function locateSample({ days, samplesPerDay = 1 }: ParticipantDays, index: number) {
  const cell = Math.floor(index / samplesPerDay);
  return { participant: Math.floor(cell / days), day: cell % days, k: index % samplesPerDay };
}

/** Days from..to-1 (Python's range). */
export const dayRange = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The samples of these participants on these days, ordered by day, then participant, then k. */
export function samplesOn(
  layout: ParticipantDays,
  participants: readonly number[],
  days: readonly number[],
): number[] {
  const out: number[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    for (const p of [...participants].sort((a, b) => a - b)) {
      for (let k = 0; k < (layout.samplesPerDay ?? 1); k++)
        out.push(sampleIndex(layout, p, day, k));
    }
  }
  return out;
}

/** Merge index lists into one list in time order (day, participant, k). */
export function inTimeOrder(layout: ParticipantDays, ...lists: number[][]): number[] {
  const key = (i: number) => {
    const { participant, day, k } = locateSample(layout, i);
    return (day * layout.participants + participant) * (layout.samplesPerDay ?? 1) + k;
  };
  return lists.flat().sort((a, b) => key(a) - key(b));
}

/** Participants 0..p-1. */
export function allParticipants(layout: ParticipantDays): number[] {
  return dayRange(0, layout.participants);
}

/** Participants, days and samples per day must be positive integers. */
export function checkLayout({ participants, days, samplesPerDay = 1 }: ParticipantDays): void {
  for (const [name, v] of [
    ['participants', participants],
    ['days', days],
    ['samplesPerDay', samplesPerDay],
  ] as const) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`${name} must be a positive integer, got ${v}`);
  }
}
