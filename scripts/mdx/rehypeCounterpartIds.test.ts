import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/parseMdx';
import { extractToc, headingAnchors } from '@/lib/content/toc';
// @ts-expect-error: a plain JavaScript module of the MDX pipeline, without types
import { applyCounterpart, headingIds } from './rehypeCounterpartIds.mjs';

const KOREAN = 'tests/fixtures/translations/clean.ko.mdx';
const ENGLISH = 'tests/fixtures/translations/lesson.mdx';

const element = (tagName: string, properties: Record<string, unknown>, text: string) => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

describe('heading ids of a Korean page', () => {
  it('the MDX pipeline slugs every lesson heading as the table of contents does', () => {
    const lessons = readdirSync('content').filter((f) => f.endsWith('.mdx'));
    for (const name of [...lessons, 'guide/authoring.mdx']) {
      const source = readFileSync(`content/${name}`, 'utf8');
      expect(headingIds(source), name).toEqual(headingAnchors(parseMdx(source)).map((h) => h.id));
    }
  });

  it('take the English headings’ ids by position, and internal links go to Korean pages', () => {
    const tree = {
      type: 'root',
      children: [
        element('h2', { id: '첫-절' }, '첫 절'),
        element('p', {}, ''),
        element('a', { href: '/lessons/getting-started/#a' }, '링크'),
        element('a', { href: '/data/iris.csv' }, 'csv'),
        element('h3', { id: '작은-절' }, '작은 절'),
      ],
    };
    applyCounterpart(tree, 'content/getting-started.ko.mdx');
    const props = tree.children.map((c) => c.properties);
    expect(props[0].id).toBe('how-a-live-figure-works');
    expect(props[2].href).toBe('/ko/lessons/getting-started/#a');
    expect(props[3].href).toBe('/data/iris.csv');
    expect(props[4].id).toBe('a-first-model-one-linear-layer');
  });

  it('leave an English page as rehype-slug made it', () => {
    const tree = { type: 'root', children: [element('h2', { id: 'own' }, 'Own')] };
    applyCounterpart(tree, ENGLISH);
    expect(tree.children[0].properties.id).toBe('own');
  });

  it('the table of contents of a translation carries the English ids with the Korean text', () => {
    const toc = extractToc(readFileSync(KOREAN, 'utf8'), readFileSync(ENGLISH, 'utf8'));
    expect(toc).toEqual([
      { depth: 2, text: '첫 절', id: 'first-section' },
      { depth: 3, text: '작은 절', id: 'a-subsection' },
    ]);
  });
});
