import { describe, expect, it } from 'vitest';
import { koreanStem, searchTerm } from './searchQuery';

describe('koreanStem', () => {
  it('drops the particle the lessons attach to their terms', () => {
    expect(koreanStem('정규화는')).toBe('정규화');
    expect(koreanStem('정규화를')).toBe('정규화');
    expect(koreanStem('검증에서')).toBe('검증');
    expect(koreanStem('기울기가')).toBe('기울기');
    expect(koreanStem('합성곱으로')).toBe('합성곱');
    expect(koreanStem('모델의')).toBe('모델');
    expect(koreanStem('데이터에서는')).toBe('데이터');
  });

  it('a bare word stays as it is', () => {
    for (const word of ['정규화', '교차', '검증', '텐서', '과적합', '미니배치']) {
      expect(koreanStem(word)).toBe(word);
    }
  });

  it('keeps words whose stem would be one syllable (깊이 is a word, not 깊 + 이)', () => {
    for (const word of ['깊이', '길이', '정도', '차이', '것이'])
      expect(koreanStem(word)).toBe(word);
  });

  it('leaves words that are not all Hangul alone', () => {
    for (const word of ['BatchNorm은', 'nn.Linear', 'x가', 'K-겹'])
      expect(koreanStem(word)).toBe(word);
  });
});

describe('searchTerm', () => {
  it('on Korean pages stems each word, so 교차 검증에서 matches 교차 검증을 too', () => {
    expect(searchTerm('  교차   검증에서 ', 'ko')).toBe('교차 검증');
    expect(searchTerm('배치 정규화를', 'ko')).toBe('배치 정규화');
  });

  it('on English pages only collapses whitespace (pagefind stems English itself)', () => {
    expect(searchTerm(' batch   normalization ', 'en')).toBe('batch normalization');
    expect(searchTerm('정규화는', 'en')).toBe('정규화는');
  });

  it('an empty or blank query is empty', () => {
    expect(searchTerm('   ', 'ko')).toBe('');
  });
});
