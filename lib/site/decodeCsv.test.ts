import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter } from './decodeCsv';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsv(utf8('키,몸무게\n170,65\n'))).toEqual({
      text: '키,몸무게\n170,65\n',
      encoding: 'UTF-8',
    });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n')]))).toEqual({
      text: 'a,b\n',
      encoding: 'UTF-8 with BOM',
    });
  });

  it('reads CP949 / EUC-KR as a Korean spreadsheet program saves it', () => {
    // "키,몸무게" in EUC-KR: 키 = C5 B0, 몸 = B8 F6, 무 = B9 AB, 게 = B0 D4.
    const bytes = new Uint8Array([0xc5, 0xb0, 0x2c, 0xb8, 0xf6, 0xb9, 0xab, 0xb0, 0xd4, 0x0a]);
    expect(decodeCsv(bytes)).toEqual({ text: '키,몸무게\n', encoding: 'CP949 (EUC-KR)' });
  });

  it('reads UTF-16 little-endian with its mark', () => {
    const text = 'x;y\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: 'UTF-16LE' });
  });
});

describe('detectDelimiter', () => {
  it('takes the separator that occurs most in the first line, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('"x;y",b\n1,2')).toBe(',');
  });

  it('falls back to the comma for a one-column file, and skips leading blank lines', () => {
    expect(detectDelimiter('value\n1\n2')).toBe(',');
    expect(detectDelimiter('\n\na;b\n1;2')).toBe(';');
  });
});

describe('parseCsv with the detected separator', () => {
  it('splits a semicolon file with decimal commas into its columns', async () => {
    const { parseCsv } = await import('./parseCsv');
    const table = await parseCsv('height;weight\n1,70;65,5\n1,82;80\n');
    expect(table).toEqual({
      delimiter: ';',
      header: ['height', 'weight'],
      rows: [
        ['1,70', '65,5'],
        ['1,82', '80'],
      ],
      lines: [2, 3],
    });
  });
});
