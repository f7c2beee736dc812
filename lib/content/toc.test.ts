import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { extractToc, headingAnchors } from './toc';
import { parseMdx } from './parseMdx';

type HastNode = { type: string; tagName?: string; properties?: { id?: unknown }; children?: HastNode[] };

/** The heading ids rehype-slug writes when MDX compiles the lesson, the way the site builds it. */
async function rehypeSlugIds(source: string): Promise<string[]> {
  const ids: string[] = [];
  const collect = (node: HastNode) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) ids.push(String(node.properties?.id));
    node.children?.forEach(collect);
  };
  await compile(source, {
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath],
    rehypePlugins: [rehypeSlug, () => (tree: HastNode) => collect(tree)],
  });
  return ids;
}

const LESSON = `---
title: T
---

# Linear layers

## What \`nn.Linear\` computes

### The shape of $A^\\top$

## Try it: *fit* a [line](/guide/)

<Aside>

## Try it: fit a line

</Aside>

### Étape 2 — 학습률 (learning rate)

## Setup
## Setup
## Setup!
`;

describe('extractToc', () => {
  it('gives every heading the id rehype-slug gives it, duplicates included', async () => {
    expect(headingAnchors(parseMdx(LESSON)).map((h) => h.id)).toEqual(await rehypeSlugIds(LESSON));
  });

  it('lists ## and ### headings with their text, numbering repeats -1, -2 as github-slugger does', () => {
    expect(extractToc(LESSON)).toEqual([
      { depth: 2, text: 'What nn.Linear computes', id: 'what-nnlinear-computes' },
      { depth: 3, text: 'The shape of A^\\top', id: 'the-shape-of-atop' },
      { depth: 2, text: 'Try it: fit a line', id: 'try-it-fit-a-line' },
      { depth: 2, text: 'Try it: fit a line', id: 'try-it-fit-a-line-1' },
      { depth: 3, text: 'Étape 2 — 학습률 (learning rate)', id: 'étape-2--학습률-learning-rate' },
      { depth: 2, text: 'Setup', id: 'setup' },
      { depth: 2, text: 'Setup', id: 'setup-1' },
      { depth: 2, text: 'Setup!', id: 'setup-2' },
    ]);
  });

  it('counts the h1 when numbering repeated headings, but leaves it out of the table of contents', () => {
    expect(extractToc('# Intro\n\n## Intro\n')).toEqual([{ depth: 2, text: 'Intro', id: 'intro-1' }]);
  });
});
