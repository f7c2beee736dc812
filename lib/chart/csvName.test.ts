import { describe, expect, it } from 'vitest';
import { csvName } from './csvName';

describe('a data table file name from its caption', () => {
  it('lower-cases a caption and joins its words with hyphens', () => {
    expect(csvName('Loss after each step (SGD, lr = 0.1)')).toBe('loss-after-each-step-sgd-lr-0-1');
  });

  it('keeps Hangul, in composed form, instead of dropping it', () => {
    expect(csvName('단계별 손실: 배치 정규화')).toBe('단계별-손실-배치-정규화');
    expect(csvName('손실'.normalize('NFD'))).toBe('손실');
  });

  it('stops at 60 characters without a trailing hyphen or half a character', () => {
    const name = csvName(`${'가'.repeat(59)} 𝑥𝑥𝑥`);
    expect(Array.from(name)).toHaveLength(59);
    expect(csvName('😀'.repeat(70))).toBe('data');
    expect(csvName('𝑥'.repeat(70))).toBe('𝑥'.repeat(60));
  });

  it('falls back to "data" when nothing readable is left', () => {
    expect(csvName(' -- ')).toBe('data');
  });
});
