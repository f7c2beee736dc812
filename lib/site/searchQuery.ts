/**
 * The text sent to pagefind for what the reader typed. Pagefind splits on whitespace and
 * matches every query word as a prefix of the page's words, so a bare Korean noun already
 * finds it with any particle attached (정규화 finds 정규화는, 정규화를; 교차 검증 finds 검증에서).
 * The other way round it does not: 정규화를 is not a prefix of 정규화는. So on Korean pages a
 * particle at the end of a query word is dropped; the bare stem then finds every form, the
 * typed one included. Since the stem is a prefix of what was typed, dropping one never loses
 * a page, at worst it adds some (민감도 → 민감 also finds 민감하다).
 */
import type { Locale } from '../content/lessonFile';

/** Case particles and common auxiliary ones, longest first: 데이터에서는 loses 에서는, not only 는. */
const PARTICLES = [
  '에서부터',
  '에서는',
  '에서도',
  '에게서',
  '으로는',
  '으로도',
  '이라는',
  '에서',
  '에게',
  '으로',
  '부터',
  '까지',
  '보다',
  '처럼',
  '마다',
  '라는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '와',
  '과',
  '로',
  '도',
  '만',
];

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;
/** A stem shorter than this is left whole: 깊이, 길이, 정도 are words, not 깊 + 이. */
const MIN_STEM = 2;

/** A Korean word without its final particle, or the word itself when it has none (or is too short). */
export function koreanStem(word: string): string {
  if (!HANGUL_WORD.test(word)) return word;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= MIN_STEM) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}

/** The pagefind query for a typed one: whitespace collapsed, and on Korean pages each word's particle dropped. */
export function searchTerm(typed: string, locale: Locale): string {
  const words = typed.trim().split(/\s+/u).filter(Boolean);
  return (locale === 'ko' ? words.map(koreanStem) : words).join(' ');
}
