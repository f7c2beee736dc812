import { describe, expect, it } from 'vitest';
import {
  CsvError,
  csvRecords,
  fileSizeCheck,
  fileSizeProblem,
  MAX_CSV_BYTES,
  parseCsv,
} from './parseCsv';

describe('parseCsv', () => {
  it('reads a header and rows, with CRLF, a byte-order mark and no final newline', async () => {
    const table = await parseCsv('\ufeffa,b\r\n1,2\r\n3,4');
    expect(table).toEqual({
      delimiter: ',',
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [2, 3],
    });
  });

  it('follows RFC 4180 quoting: commas, line breaks and doubled quotes inside quotes', () => {
    const records = [...csvRecords('name,note\n"Smith, J","said ""hi""\nthen left"\nx,y\n')];
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['name', 'note']],
      [2, ['Smith, J', 'said "hi"\nthen left']],
      [4, ['x', 'y']],
    ]);
  });

  it('names the line of a ragged row and both counts, in English and as data', async () => {
    const text = 'a,b,c,d,e\n1,2,3,4,5\n\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3\n';
    await expect(parseCsv(text)).rejects.toThrow('Line 7 has 3 values, the header has 5.');
    await expect(parseCsv(text)).rejects.toBeInstanceOf(CsvError);
    await expect(parseCsv(text)).rejects.toMatchObject({
      problem: { kind: 'ragged', line: 7, values: 3, columns: 5 },
    });
  });

  it('says so for an empty file, a blank file, a header without rows and an unclosed quote', async () => {
    await expect(parseCsv('')).rejects.toThrow('The file is empty.');
    await expect(parseCsv('\n\r\n  \n')).rejects.toThrow('The file is empty.');
    await expect(parseCsv('a,b\n')).rejects.toThrow('The file has a header but no data rows.');
    await expect(parseCsv('a,b\n1,"2\n')).rejects.toThrow(
      'Line 2: a quoted field is never closed.',
    );
  });

  it('pauses on the given callback while parsing a large text, and still returns every row', async () => {
    const text = 'x,y\n' + Array.from({ length: 30000 }, (_, i) => `${i},${i * 2}`).join('\n');
    let pauses = 0;
    const table = await parseCsv(
      text,
      async () => {
        pauses++;
      },
      50_000,
    );
    expect(table.rows).toHaveLength(30000);
    expect(table.rows[29999]).toEqual(['29999', '59998']);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 50_000) - 1);
  });
});

describe('fileSizeProblem', () => {
  it('accepts up to the limit and names the limit above it', () => {
    expect(fileSizeProblem(MAX_CSV_BYTES)).toBeNull();
    expect(fileSizeProblem(50 * 1024 * 1024)).toBe(
      'The file is 50.0 MB; the limit is 5 MB. Nothing was read.',
    );
    expect(fileSizeProblem(0)).toBe('The file is empty.');
    expect(fileSizeCheck(50 * 1024 * 1024)).toEqual({
      kind: 'tooBig',
      bytes: 50 * 1024 * 1024,
      limitBytes: MAX_CSV_BYTES,
    });
  });
});
