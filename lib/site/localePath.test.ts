import { describe, expect, it } from 'vitest';
import { counterpartPath, koreanLink, localePath, neutralPath, pathLocale } from './localePath';

const both = new Set(['/', '/guide/', '/lessons/getting-started/']);

describe('edition paths', () => {
  it('a path under /ko/ is Korean, everything else English (also /kor or /knowledge)', () => {
    expect(pathLocale('/ko/')).toBe('ko');
    expect(pathLocale('/ko')).toBe('ko');
    expect(pathLocale('/ko/lessons/a/')).toBe('ko');
    expect(pathLocale('/')).toBe('en');
    expect(pathLocale('/kor/')).toBe('en');
    expect(pathLocale('/lessons/ko/')).toBe('en');
  });

  it('English keeps the root; Korean adds /ko with the same slug', () => {
    expect(localePath('en', '/lessons/a/')).toBe('/lessons/a/');
    expect(localePath('ko', '/lessons/a/')).toBe('/ko/lessons/a/');
    expect(localePath('ko', '/')).toBe('/ko/');
    expect(neutralPath('/ko/')).toBe('/');
    expect(neutralPath('/ko/guide/')).toBe('/guide/');
  });

  it('the counterpart of a page is the same page in the other edition, or null when it has none', () => {
    expect(counterpartPath('/lessons/getting-started/', both)).toBe('/ko/lessons/getting-started/');
    expect(counterpartPath('/ko/lessons/getting-started/', both)).toBe('/lessons/getting-started/');
    expect(counterpartPath('/ko/', both)).toBe('/');
    expect(counterpartPath('/ko', both)).toBe('/');
    expect(counterpartPath('/', both)).toBe('/ko/');
    expect(counterpartPath('/lessons/bias-variance/', both)).toBeNull();
  });

  it('a Korean page links to Korean pages, but not to files (data, images)', () => {
    expect(koreanLink('/lessons/a/#b')).toBe('/ko/lessons/a/#b');
    expect(koreanLink('/guide/')).toBe('/ko/guide/');
    expect(koreanLink('/')).toBe('/ko/');
    expect(koreanLink('/data/iris.csv')).toBe('/data/iris.csv');
    expect(koreanLink('#section')).toBe('#section');
    expect(koreanLink('https://pytorch.org/')).toBe('https://pytorch.org/');
  });
});
