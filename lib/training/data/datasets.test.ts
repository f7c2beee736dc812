import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { classCounts, subset } from './dataset';
import { parseDigits } from './digits';
import { parseIris } from './iris';

beforeAll(() => {
  execFileSync('node', ['scripts/convertData.mjs']);
});

describe('digits', () => {
  it('round-trips the UCI file: 1797 images of 64 pixels with labels 0..9', () => {
    const data = parseDigits(new Uint8Array(readFileSync('public/data/digits.u8')));
    const csv = gunzipSync(readFileSync('data/digits.csv.gz')).toString().trim().split('\n');
    expect(data.n).toBe(csv.length);
    expect(data.n).toBe(1797);
    // Every 100th row equals the source row, pixels scaled by 1/16.
    for (let i = 0; i < data.n; i += 100) {
      const row = csv[i].split(',').map(Number);
      expect(Array.from(data.x.subarray(i * 64, i * 64 + 64))).toEqual(row.slice(0, 64).map((v) => Math.fround(v / 16)));
      expect(data.y[i]).toBe(row[64]);
    }
    // The UCI test set is close to balanced: 174..183 of each digit.
    const counts = classCounts(data);
    expect(Math.min(...counts)).toBe(174);
    expect(Math.max(...counts)).toBe(183);
  });

  it('rejects a truncated file with a clear message', () => {
    expect(() => parseDigits(new Uint8Array(64))).toThrow('expected a multiple of 65 bytes, got 64');
  });
});

describe('iris', () => {
  it("parses Fisher's 150 flowers, 50 per class", () => {
    const data = parseIris(JSON.parse(readFileSync('public/data/iris.json', 'utf8')));
    expect([data.n, data.d, data.classes]).toEqual([150, 4, 3]);
    expect(classCounts(data)).toEqual([50, 50, 50]);
    expect(Array.from(data.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2].map(Math.fround));
    expect(data.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
  });

  it('subset keeps the chosen rows in order', () => {
    const data = parseIris(JSON.parse(readFileSync('public/data/iris.json', 'utf8')));
    const s = subset(data, [149, 0]);
    expect(s.n).toBe(2);
    expect(Array.from(s.y)).toEqual([2, 0]);
    expect(Array.from(s.x.subarray(4, 8))).toEqual(Array.from(data.x.subarray(0, 4)));
  });
});
