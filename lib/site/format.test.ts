import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from './format';

describe('formatNumber', () => {
  it('groups integers as each language does, rounds the rest to significant digits', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(1234567, 4, 'ko')).toBe(new Intl.NumberFormat('ko-KR').format(1234567));
    expect(formatNumber(0.123456, 3)).toBe('0.123');
    expect(formatNumber(0.5, 4, 'ko')).toBe('0.5');
    expect(formatNumber(2.5e-5, 3)).toBe('2.5e-5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('formatDuration', () => {
  it('writes durations coarser as they grow, in the page language', () => {
    expect(formatDuration(0.2)).toBe('1 s');
    expect(formatDuration(12.4)).toBe('12 s');
    expect(formatDuration(65)).toBe('1 min 05 s');
    expect(formatDuration(1800)).toBe('about 30 min');
    expect(formatDuration(12.4, 'ko')).toBe('12초');
    expect(formatDuration(65, 'ko')).toBe('1분 05초');
    expect(formatDuration(1800, 'ko')).toBe('약 30분');
  });
});
