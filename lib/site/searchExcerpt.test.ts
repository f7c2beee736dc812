import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './searchExcerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs, in order', () => {
    expect(excerptParts('the <mark>batch</mark> statistics of <mark>batch</mark>es')).toEqual([
      { text: 'the ', marked: false },
      { text: 'batch', marked: true },
      { text: ' statistics of ', marked: false },
      { text: 'batch', marked: true },
      { text: 'es', marked: false },
    ]);
  });

  it('marks Korean words with their particles as pagefind wraps them', () => {
    expect(excerptParts('배치 <mark>정규화는</mark> 학습을')).toEqual([
      { text: '배치 ', marked: false },
      { text: '정규화는', marked: true },
      { text: ' 학습을', marked: false },
    ]);
  });

  it('decodes escaped text, so a page that shows "<div>" reads "<div>", not markup', () => {
    expect(excerptParts('x &lt;div&gt; &amp; y &#39;z&#x27; &quot;q&quot;')).toEqual([
      { text: `x <div> & y 'z' "q"`, marked: false },
    ]);
  });

  it('keeps the text of any other tag and drops the tag', () => {
    expect(excerptParts('a <b>bold</b> <img src=x onerror=alert(1)>word')).toEqual([
      { text: 'a bold word', marked: false },
    ]);
  });

  it('an empty excerpt has no runs', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('leaves unknown entities and out-of-range code points as written', () => {
    expect(decodeEntities('&copy; &#0; &#x110000; &nbsp;')).toBe('&copy; &#0; &#x110000; \u00a0');
  });
});
