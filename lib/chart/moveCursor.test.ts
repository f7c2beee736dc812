import { describe, expect, it } from 'vitest';
import { moveCursor, PAGE_STEP } from './moveCursor';
import { spreadLabels } from './spreadLabels';

describe('moveCursor', () => {
  const line = { rows: 1, cols: 50 };
  it('moves one point along x with the left and right arrows', () => {
    expect(moveCursor('ArrowRight', { row: 0, col: 3 }, line)).toEqual({ row: 0, col: 4 });
    expect(moveCursor('ArrowLeft', { row: 0, col: 3 }, line)).toEqual({ row: 0, col: 2 });
  });
  it('stops at the ends instead of wrapping', () => {
    expect(moveCursor('ArrowLeft', { row: 0, col: 0 }, line)).toEqual({ row: 0, col: 0 });
    expect(moveCursor('PageDown', { row: 0, col: 45 }, line)).toEqual({ row: 0, col: 49 });
  });
  it('jumps with Home, End and PageUp/PageDown', () => {
    expect(moveCursor('End', { row: 0, col: 3 }, line)).toEqual({ row: 0, col: 49 });
    expect(moveCursor('Home', { row: 0, col: 3 }, line)).toEqual({ row: 0, col: 0 });
    expect(moveCursor('PageDown', { row: 0, col: 3 }, line)).toEqual({
      row: 0,
      col: 3 + PAGE_STEP,
    });
  });
  it('moves in two dimensions on a heatmap', () => {
    expect(moveCursor('ArrowDown', { row: 1, col: 1 }, { rows: 3, cols: 3 })).toEqual({
      row: 2,
      col: 1,
    });
    expect(moveCursor('ArrowUp', { row: 0, col: 1 }, { rows: 3, cols: 3 })).toEqual({
      row: 0,
      col: 1,
    });
  });
  it('runs Home/End/Page keys down the rows of a one-column grid', () => {
    expect(moveCursor('End', { row: 0, col: 0 }, { rows: 5, cols: 1 })).toEqual({ row: 4, col: 0 });
  });
  it('leaves other keys and empty grids alone', () => {
    expect(moveCursor('Tab', { row: 0, col: 0 }, line)).toBeUndefined();
    expect(moveCursor('ArrowRight', { row: 0, col: 0 }, { rows: 0, cols: 0 })).toBeUndefined();
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 14, 0, 100)).toEqual([10, 50, 90]);
  });
  it('pushes colliding labels apart to the minimum gap, keeping order', () => {
    expect(spreadLabels([50, 52], 14, 0, 100)).toEqual([50, 64]);
    expect(spreadLabels([52, 50], 14, 0, 100)).toEqual([64, 50]);
  });
  it('pushes back up from the bottom edge', () => {
    expect(spreadLabels([95, 98], 14, 0, 100)).toEqual([86, 100]);
  });
});
