import { describe, expect, it } from 'vitest';
import { optionsShowing, rangeCovering } from './controlValue';

describe('optionsShowing', () => {
  const sizes: [string, string][] = [
    ['16', '16'],
    ['32', '32'],
    ['64', '64'],
    ['128', '128'],
  ];

  it('adds the state value when the options lack it, so a shared batch size 256 shows 256', () => {
    expect(optionsShowing(sizes, '256')).toEqual([...sizes, ['256', '256']]);
  });

  it('leaves the options alone when the value is one of them', () => {
    expect(optionsShowing(sizes, '32')).toEqual(sizes);
  });
});

describe('rangeCovering', () => {
  it('widens the range to a value outside it, on either side', () => {
    expect(rangeCovering(0.1, 10, 20)).toEqual([0.1, 20]);
    expect(rangeCovering(0.1, 10, 0.05)).toEqual([0.05, 10]);
  });

  it('keeps the range when the value is inside it or not a number', () => {
    expect(rangeCovering(1, 5, 3)).toEqual([1, 5]);
    expect(rangeCovering(1, 5, Number.NaN)).toEqual([1, 5]);
  });
});
