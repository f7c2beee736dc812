import { describe, expect, it } from 'vitest';
import { secondsLeft, stepsPerSecond } from './progress';

describe('training progress', () => {
  it('measures steps per second from the first to the last sample', () => {
    expect(
      stepsPerSecond([
        { time: 1000, step: 10 },
        { time: 1500, step: 30 },
        { time: 3000, step: 90 },
      ]),
    ).toBe(40);
  });

  it('gives no speed from one sample, under a quarter second, or with no steps taken', () => {
    expect(stepsPerSecond([{ time: 0, step: 0 }])).toBeNull();
    expect(
      stepsPerSecond([
        { time: 0, step: 0 },
        { time: 200, step: 5 },
      ]),
    ).toBeNull();
    expect(
      stepsPerSecond([
        { time: 0, step: 5 },
        { time: 2000, step: 5 },
      ]),
    ).toBeNull();
  });

  it('divides the steps left by the speed, and knows nothing without a speed or when done', () => {
    expect(secondsLeft(100, 600, 50)).toBe(10);
    expect(secondsLeft(100, 600, null)).toBeNull();
    expect(secondsLeft(600, 600, 50)).toBeNull();
  });
});
