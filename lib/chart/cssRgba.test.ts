import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { cssRgba } from './cssRgba';

describe('cssRgba', () => {
  it('reads hex, rgb(), rgba() and transparent as bytes', () => {
    expect(cssRgba('#fde725')).toEqual([253, 231, 37, 255]);
    expect(cssRgba('#fff')).toEqual([255, 255, 255, 255]);
    expect(cssRgba('rgb(68, 1, 84)')).toEqual([68, 1, 84, 255]);
    expect(cssRgba('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30, 128]);
    expect(cssRgba('transparent')).toEqual([0, 0, 0, 0]);
  });

  it('reads what a d3 colour scale writes, and rejects a named colour with a clear message', () => {
    expect(
      cssRgba(scaleLinear<string>().domain([0, 1]).range(['#000000', '#ffffff'])(0.5)),
    ).toEqual([128, 128, 128, 255]);
    expect(() => cssRgba('red')).toThrow('Cannot read colour "red"');
  });
});
