import { compile, evaluate } from '@mdx-js/mdx';
import katex from 'katex';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeKatexIslands from './rehypeKatexIslands.mjs';

const options = { output: 'htmlAndMathml' as const, strict: false };

async function render(mdx: string) {
  const { default: Content } = await evaluate(mdx, {
    ...runtime,
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatexIslands, options]],
  });
  return renderToStaticMarkup(createElement(Content));
}

describe('rehypeKatexIslands', () => {
  it("renders inline math as KaTeX's own markup, in place", async () => {
    expect(await render('Let $\\mu_B = \\frac{1}{m}$ be the mean.')).toBe(
      `<p>Let ${katex.renderToString('\\mu_B = \\frac{1}{m}', options)} be the mean.</p>`,
    );
  });

  it("renders $$ and ```math blocks as KaTeX's display markup, outside any paragraph", async () => {
    const display = katex.renderToString('\\hat{x} = x - \\mu', { ...options, displayMode: true });
    expect(await render('$$\n\\hat{x} = x - \\mu\n$$')).toBe(display);
    expect(await render('```math\n\\hat{x} = x - \\mu\n```')).toBe(display);
  });

  it('hands React one element per formula, its markup a string', async () => {
    const code = String(
      await compile('$a$, $b$ and $c$\n\n$$\n\\sqrt{d}\n$$\n', {
        remarkPlugins: [remarkMath],
        rehypePlugins: [[rehypeKatexIslands, options]],
      }),
    );
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(4);
    expect(code).not.toMatch(/"mfrac"|"msqrt"|className: "mord"/);
  });

  it('reports a formula KaTeX rejects and still renders it in the error colour', async () => {
    const file = await compile('bad $\\frac{$ here', {
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatexIslands, options]],
    });
    expect(file.messages.map((m) => m.reason)).toEqual(['Could not render math with KaTeX']);
    expect(await render('bad $\\frac{$ here')).toContain('katex-error');
  });
});
