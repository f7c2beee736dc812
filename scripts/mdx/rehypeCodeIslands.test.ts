import { compile, evaluate } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import rehypeHighlight from 'rehype-highlight';
import { describe, expect, it } from 'vitest';
import rehypeCodeIslands from './rehypeCodeIslands.mjs';

const highlight: [typeof rehypeHighlight, { detect: boolean; ignoreMissing: boolean }] = [
  rehypeHighlight,
  { detect: false, ignoreMissing: true },
];

async function render(mdx: string, islands: boolean) {
  const { default: Content } = await evaluate(mdx, {
    ...runtime,
    rehypePlugins: islands ? [highlight, rehypeCodeIslands] : [highlight],
  });
  return renderToStaticMarkup(createElement(Content));
}

/** React writes quotes in text as entities, a serialiser may not: the same characters either way. */
const sameText = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

const python = [
  '```python',
  'import torch  # a comment',
  'x = torch.tensor([1., 2.], requires_grad=True)',
  'if x.sum() < 3 and \'a\' != "b" & True:',
  '    print(x ** 2)',
  '```',
].join('\n');

describe('rehypeCodeIslands', () => {
  it("writes the same page as rehype-highlight's tree of spans", async () => {
    const tree = await render(python, false);
    expect(tree).toContain('<span class="hljs-keyword">import</span>');
    expect(sameText(await render(python, true))).toBe(sameText(tree));
  });

  it('hands React one element per code block, its tokens a string', async () => {
    const code = String(await compile(python, { rehypePlugins: [highlight, rehypeCodeIslands] }));
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(1);
    expect(code).not.toMatch(/className: "hljs-keyword"/);
  });

  it('writes code without a known language, and inline code, as before', async () => {
    const mdx = 'Use `a < b` here.\n\n```\nplain < text & more\n```';
    expect(await render(mdx, true)).toBe(await render(mdx, false));
  });

  it('leaves code holding anything but text and class-only spans as a tree', () => {
    const code = {
      type: 'element' as const,
      tagName: 'code',
      properties: { className: ['hljs'] },
      children: [
        {
          type: 'element' as const,
          tagName: 'a',
          properties: { href: '#x' },
          children: [{ type: 'text' as const, value: 'x' }],
        },
      ],
    };
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }],
    };
    rehypeCodeIslands()(tree);
    expect((tree.children[0] as { children: unknown[] }).children[0]).toBe(code);
  });
});
