/**
 * Rehype plugin of the MDX pipeline (next.config.mjs names it by path: Turbopack
 * takes plugins by name). For a Korean file, `content/<slug>.ko.mdx`:
 *
 * - heading ids come from the English counterpart by position: the i-th heading
 *   of the Korean page gets the id rehype-slug gives the i-th heading of the
 *   English page, so `#section` links and the language switch land on the same
 *   section in both editions (the content check makes the heading structures
 *   equal). It runs after rehype-slug and reads the English file itself.
 * - site-internal links (`/lessons/...`, `/guide/`, `/`) lead to the Korean pages.
 *
 * The same rule, in TypeScript, gives the table of contents (lib/content/toc.ts);
 * scripts/mdx/rehypeCounterpartIds.test.ts checks the two agree. Plain JavaScript
 * because the MDX loader imports plugins with Node, which does not run TypeScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const TEXT_NODES = new Set(['text', 'inlineCode', 'inlineMath']);

/** Heading text as rehype-slug reads it (the rule of lib/content/toc.ts `headingText`). */
function headingText(node) {
  if (TEXT_NODES.has(node.type)) return node.value;
  if (node.children) return node.children.map(headingText).join('');
  return '';
}

/** The ids rehype-slug gives the headings of an MDX source, in document order. */
export function headingIds(source) {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkMath)
    .parse(source);
  const slugger = new GithubSlugger();
  const ids = [];
  visit(tree, 'heading', (node) => {
    ids.push(slugger.slug(headingText(node)));
  });
  return ids;
}

const KOREAN = /\.ko\.mdx$/;

/** `/lessons/x/#y` on a Korean page leads to `/ko/lessons/x/#y` (lib/site/localePath.ts `koreanLink`). */
function koreanLink(href) {
  if (href === '/' || href.startsWith('/lessons/') || href.startsWith('/guide/'))
    return `/ko${href}`;
  return href;
}

/** The transform on one compiled file's hast; a no-op for English files. */
export function applyCounterpart(tree, path) {
  if (!path || !KOREAN.test(path)) return;
  const english = path.replace(KOREAN, '.mdx');
  const ids = existsSync(english) ? headingIds(readFileSync(english, 'utf8')) : [];
  let index = 0;
  visit(tree, 'element', (node) => {
    if (headingRank(node)) {
      const id = ids[index++];
      if (id) node.properties.id = id;
    } else if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      node.properties.href = koreanLink(node.properties.href);
    }
  });
}

export default function rehypeCounterpartIds() {
  return (tree, file) => applyCounterpart(tree, file.path);
}
