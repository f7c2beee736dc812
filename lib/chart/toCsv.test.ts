import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';
import { matrixTable, seriesTable } from './seriesTable';

describe('toCsv (RFC 4180)', () => {
  it('writes a header and records separated by CRLF', () => {
    expect(
      toCsv(
        ['step', 'loss'],
        [
          [1, 0.5],
          [2, 0.25],
        ],
      ),
    ).toBe('step,loss\r\n1,0.5\r\n2,0.25\r\n');
  });
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(toCsv(['a'], [['x,y'], ['say "hi"'], ['two\nlines']])).toBe(
      'a\r\n"x,y"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });
  it('keeps full precision, writes NaN, and leaves missing cells empty', () => {
    expect(
      toCsv(
        ['v', 'w'],
        [
          [0.1 + 0.2, null],
          [NaN, undefined],
        ],
      ),
    ).toBe('v,w\r\n0.30000000000000004,\r\nNaN,\r\n');
  });
});

describe('seriesTable', () => {
  it('joins series on x, ascending, leaving gaps empty', () => {
    const table = seriesTable(
      [
        {
          label: 'train',
          points: [
            { x: 2, y: 0.4 },
            { x: 1, y: 0.9 },
          ],
        },
        {
          label: 'val',
          points: [
            { x: 2, y: 0.5 },
            { x: 3, y: 0.45 },
          ],
        },
      ],
      'epoch',
    );
    expect(table.columns).toEqual(['epoch', 'train', 'val']);
    expect(table.rows).toEqual([
      [1, 0.9, null],
      [2, 0.4, 0.5],
      [3, null, 0.45],
    ]);
  });
  it('adds min and max columns for a series with a band', () => {
    const table = seriesTable([
      { label: 'loss', points: [{ x: 0, y: 1 }], band: [{ x: 0, lo: 0.8, hi: 1.3 }] },
    ]);
    expect(table.columns).toEqual(['x', 'loss', 'loss min', 'loss max']);
    expect(table.rows).toEqual([[0, 1, 0.8, 1.3]]);
  });
});

describe('matrixTable', () => {
  it('puts the row label first and one column per matrix column', () => {
    const t = matrixTable(
      [
        [1, 2],
        [3, 4],
      ],
      ['r0', 'r1'],
      ['c0', 'c1'],
      'row',
    );
    expect(t).toEqual({
      columns: ['row', 'c0', 'c1'],
      rows: [
        ['r0', 1, 2],
        ['r1', 3, 4],
      ],
    });
  });
});
