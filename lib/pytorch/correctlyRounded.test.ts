import { describe, expect, it } from 'vitest';
import { crCos, crLog, crSin } from './correctlyRounded';

/**
 * Arguments where JavaScript's Math functions and glibc both miss the correctly rounded
 * result or sit close to a rounding boundary; the expected doubles are the nearest doubles
 * to values computed to 60 digits with Python's decimal module (ln, and the Taylor series).
 */
describe('correctly rounded log, sin and cos', () => {
  it.each([
    [0.48087751509149435, -0.7321426876836999],
    [0.8869096683474945, -0.1200121413765979],
    [1, 0],
    [2, 0.6931471805599453],
    [0.5, -0.6931471805599453],
  ])('log(%s) is the double nearest the exact logarithm', (x, want) => {
    expect(crLog(x)).toBe(want);
  });

  it.each([
    [6.082300281380851, -0.19953663708177197],
    [5.66406068626122, -0.5803224858320636],
    [0.2849643332930135, 0.2811232231454976],
    [0, 0],
  ])('sin(%s) is the double nearest the exact sine', (x, want) => {
    expect(crSin(x)).toBe(want);
  });

  it.each([
    [4.997249817040207, 0.2810238988480605],
    [5.199728685016902, 0.468276959574151],
    [0, 1],
  ])('cos(%s) is the double nearest the exact cosine', (x, want) => {
    expect(crCos(x)).toBe(want);
  });
});
