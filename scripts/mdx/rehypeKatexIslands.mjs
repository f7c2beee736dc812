// Renders the math of a lesson with KaTeX at build time, as rehype-katex does, but hands each
// formula to React as one element holding its markup (`dangerouslySetInnerHTML`) instead of a
// tree of elements. KaTeX's HTML and MathML take about 40 elements a formula, over 90% of the
// elements of a math-heavy lesson: as a tree, every one of them rode in the page's RSC payload
// and was walked by hydration on load; as a string, the payload carries it once and hydration
// skips it. The page's HTML is the same, element for element.
// A plugin for @next/mdx, given by path (Turbopack passes plugins by name), so plain JavaScript.
import katex from 'katex';
import { jsxIsland } from './jsxIsland.mjs';

const OUTER = /^<span class="(katex(?:-display)?)">([\s\S]*)<\/span>$/;

/** KaTeX's `<span class="katex">…</span>` as one span whose content is a string. */
function island(html, flow) {
  const [, className, inner] = OUTER.exec(html) ?? [null, null, html];
  return jsxIsland('span', className, inner, flow);
}

/** KaTeX's markup for `tex`; a formula KaTeX rejects is reported on the file and rendered in its error colour. */
function render(tex, displayMode, options, file, place) {
  try {
    return katex.renderToString(tex, { ...options, displayMode, throwOnError: true });
  } catch (error) {
    file.message('Could not render math with KaTeX', {
      cause: error,
      place,
      ruleId: String(error?.name ?? 'error').toLowerCase(),
      source: 'rehype-katex-islands',
    });
    return katex.renderToString(tex, {
      ...options,
      displayMode,
      strict: 'ignore',
      throwOnError: false,
    });
  }
}

/** The text of a hast node: remark-math puts a formula's source as the text of its code element. */
const text = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(text).join('');

const classesOf = (node) =>
  node.type === 'element' && Array.isArray(node.properties?.className)
    ? node.properties.className
    : [];

/**
 * Whether `node` is a formula from remark-math, and how it is shown: `display` for `$$…$$` and
 * ```math blocks (a `pre` around a `code.language-math`), `inline` for `$…$`, else null.
 */
function mathMode(node) {
  const only = node.type === 'element' && node.tagName === 'pre' && node.children.length === 1;
  if (
    only &&
    classesOf(node.children[0]).some((c) => c === 'language-math' || c === 'math-display')
  )
    return 'display';
  const classes = classesOf(node);
  if (classes.includes('math-display')) return 'display';
  return classes.includes('math-inline') || classes.includes('language-math') ? 'inline' : null;
}

/**
 * Replaces each formula of remark-math (inline, display, ```math) with KaTeX's rendering as
 * one element. Options are KaTeX's (`output`, `strict`…), as rehype-katex takes them.
 */
export default function rehypeKatexIslands(options = {}) {
  const walk = (node, file) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const mode = mathMode(child);
      if (!mode) {
        walk(child, file);
        return child;
      }
      const display = mode === 'display';
      // A ```math block's code ends in the newline before its closing fence: not part of the formula.
      const tex = text(child).replace(/\n$/, '');
      return island(render(tex, display, options, file, child.position), display);
    });
  };
  return (tree, file) => walk(tree, file);
}
