import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the MDX pipeline, without types
import rehypeKoreanBreaks, { MAX_KEPT_TEX } from './rehypeKoreanBreaks.mjs';

type Node = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: object;
  children?: Node[];
};
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], className?: string[]): Node => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children,
});
const math = (tex: string) => el('code', [text(tex)], ['language-math', 'math-inline']);
const run = (children: Node[], path = 'content/x.ko.mdx') => {
  const tree = { type: 'root', children: [el('p', children)] };
  rehypeKoreanBreaks()(tree, { path });
  return tree.children[0].children!;
};
const WJ = '\u2060';

describe('a Korean particle stays with the word before it', () => {
  it('a word joiner goes between a closing bracket or quote and the Hangul after it', () => {
    expect(run([text('정규화(BN)은 “배치”를 씀')])).toEqual([
      text(`정규화(BN)${WJ}은 “배치”${WJ}를 씀`),
    ]);
  });

  it('and between a code span, link or emphasis and its particle', () => {
    const out = run([
      el('code', [text('detach()')]),
      text('는 복사, '),
      el('a', [text('논문')]),
      text('에서'),
    ]);
    expect(out[1]).toEqual(text(`${WJ}는 복사, `));
    expect(out[3]).toEqual(text(`${WJ}에서`));
  });

  it('a short formula and the word after it go into one unbreakable span', () => {
    const out = run([text('값 '), math('\\gamma'), text('와 베타')]);
    expect(out).toEqual([
      text('값 '),
      el('span', [math('\\gamma'), text('와')], ['keep-together']),
      text(' 베타'),
    ]);
  });

  it('a long formula is left free to break inside', () => {
    const tex = 'x'.repeat(MAX_KEPT_TEX + 1);
    expect(run([math(tex), text('는')])).toEqual([math(tex), text('는')]);
  });

  it('leaves code blocks, Latin text after elements, and English files alone', () => {
    expect(run([el('code', [text('a)b')]), text(' and')])).toEqual([
      el('code', [text('a)b')]),
      text(' and'),
    ]);
    expect(run([text('(BN)은')], 'content/x.mdx')).toEqual([text('(BN)은')]);
  });
});
