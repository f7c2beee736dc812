import { describe, expect, it } from 'vitest';
import { offersKorean, prefersKorean } from './languageOffer';

describe('the Korean edition offer', () => {
  it('a browser prefers Korean when Korean comes before English in its languages', () => {
    expect(prefersKorean(['ko-KR', 'ko', 'en-US'])).toBe(true);
    expect(prefersKorean(['ja', 'KO', 'en'])).toBe(true);
    expect(prefersKorean(['en-US', 'ko-KR'])).toBe(false);
    expect(prefersKorean(['de-DE'])).toBe(false);
    expect(prefersKorean([])).toBe(false);
  });

  it('is made to a Korean browser that chose nothing, and to a reader who chose Korean', () => {
    expect(offersKorean({ chosen: null, dismissed: false, languages: ['ko-KR'] })).toBe(true);
    expect(offersKorean({ chosen: 'ko', dismissed: false, languages: ['en-US'] })).toBe(true);
  });

  it('is not made once dismissed, after choosing English, or to an English browser', () => {
    expect(offersKorean({ chosen: null, dismissed: true, languages: ['ko-KR'] })).toBe(false);
    expect(offersKorean({ chosen: 'en', dismissed: false, languages: ['ko-KR'] })).toBe(false);
    expect(offersKorean({ chosen: null, dismissed: false, languages: ['en-GB'] })).toBe(false);
  });
});
