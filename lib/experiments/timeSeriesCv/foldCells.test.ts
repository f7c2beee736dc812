import { describe, expect, it } from 'vitest';
import { dayForwardChaining } from '../../sklearn/dayForwardChaining';
import { sampleIndex } from '../../sklearn/participantDays';
import { foldCells } from './foldCells';

const layout = { participants: 2, days: 5, samplesPerDay: 24 };

describe('foldCells', () => {
  it("draws Cochrane's first forward-chaining split as train, validation, test, then unused and future days", () => {
    const [fold] = dayForwardChaining({ ...layout, days: 4 });
    // Map the 4 development days onto the 5-day recording.
    const toFull = (i: number) => i + Math.floor(i / (4 * 24)) * 24;
    const cells = foldCells(
      layout,
      {
        train: fold.train.map(toFull),
        validation: fold.validation.map(toFull),
        test: fold.test.map(toFull),
      },
      4,
    );
    expect(cells).toEqual([
      ['train', 'validation', 'test', 'unused', 'future'],
      ['train', 'validation', 'test', 'unused', 'future'],
    ]);
  });

  it("calls a day 'mixed' when some of its hours train and others test", () => {
    const train = [sampleIndex(layout, 1, 2, 0)];
    const test = [sampleIndex(layout, 1, 2, 5)];
    expect(foldCells(layout, { train, validation: [], test }, 5)[1][2]).toBe('mixed');
  });
});
