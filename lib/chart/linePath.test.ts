import { describe, expect, it } from 'vitest';
import { linePath } from './linePath';
import { bandPath } from './bandPath';

const identity = (v: number) => v;
const double = (v: number) => 2 * v;

describe('linePath', () => {
  it('moves to the first point and draws lines to the rest (d3 line)', () => {
    expect(
      linePath(
        [
          { x: 0, y: 0 },
          { x: 1, y: 3 },
          { x: 2, y: 1 },
        ],
        identity,
        identity,
      ),
    ).toBe('M0,0L1,3L2,1');
  });
  it('applies the scales to x and y', () => {
    expect(
      linePath(
        [
          { x: 1, y: 2 },
          { x: 3, y: 4 },
        ],
        double,
        identity,
      ),
    ).toBe('M2,2L6,4');
  });
  it('leaves a gap at NaN and ±Infinity: each piece starts with a new M', () => {
    const d = linePath(
      [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: NaN },
        { x: 3, y: 4 },
        { x: 4, y: 5 },
        { x: 5, y: Infinity },
      ],
      identity,
      identity,
    );
    expect(d).toBe('M0,1L1,2M3,4L4,5');
  });
  it('on a log axis treats y <= 0 as a gap', () => {
    const d = linePath(
      [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: 0 },
        { x: 3, y: 10 },
        { x: 4, y: 20 },
        { x: 5, y: -1 },
      ],
      identity,
      identity,
      'log',
    );
    expect(d).toBe('M0,1L1,2M3,10L4,20');
  });
  it('closes an isolated point on itself, so a round line cap shows it as a dot', () => {
    // d3's linear curve writes "Mx,yZ" for a one-point segment.
    expect(
      linePath(
        [
          { x: 0, y: 1 },
          { x: 1, y: NaN },
          { x: 2, y: 3 },
        ],
        identity,
        identity,
      ),
    ).toBe('M0,1ZM2,3Z');
  });
  it('is empty when nothing can be drawn', () => {
    expect(linePath([], identity, identity)).toBe('');
    expect(linePath([{ x: 0, y: NaN }], identity, identity)).toBe('');
  });
});

describe('bandPath', () => {
  it('runs along hi left to right, back along lo, and closes (d3 area)', () => {
    const d = bandPath(
      [
        { x: 0, lo: 0, hi: 1 },
        { x: 1, lo: 0.5, hi: 2 },
      ],
      identity,
      identity,
    );
    expect(d).toBe('M0,1L1,2L1,0.5L0,0Z');
  });
  it('splits into closed pieces at a non-finite edge', () => {
    const d = bandPath(
      [
        { x: 0, lo: 0, hi: 1 },
        { x: 1, lo: 0, hi: 1 },
        { x: 2, lo: NaN, hi: 1 },
        { x: 3, lo: 1, hi: 2 },
        { x: 4, lo: 1, hi: 3 },
      ],
      identity,
      identity,
    );
    expect(d).toBe('M0,1L1,1L1,0L0,0ZM3,2L4,3L4,1L3,1Z');
  });
  it('is empty without finite points', () => {
    expect(bandPath([], identity, identity)).toBe('');
  });
});
