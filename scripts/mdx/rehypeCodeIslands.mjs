// Hands each highlighted code block's code to React as one element holding its markup
// (`dangerouslySetInnerHTML`), as rehypeKatexIslands does for math. rehype-highlight writes a
// span per token: as a tree, each rode in the page's RSC payload as an element and was walked by
// hydration (over half the elements a code-heavy lesson hands React); as a string, the payload
// carries the block once and hydration skips it. The page's HTML is the same, element for
// element. Runs after rehype-highlight; a plugin for @next/mdx, given by path, so plain JavaScript.
import { jsxIsland } from './jsxIsland.mjs';

const escapeText = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

const classesOf = (node) =>
  Array.isArray(node.properties?.className) ? node.properties.className : [];

/**
 * The markup of highlighted code's children (text and spans that carry only classes, as
 * highlight.js writes them), or null for anything else, which is then left as a tree.
 */
function markup(nodes) {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += escapeText(node.value);
    else if (
      node.type === 'element' &&
      node.tagName === 'span' &&
      Object.keys(node.properties ?? {}).every((key) => key === 'className')
    ) {
      const inner = markup(node.children);
      if (inner === null) return null;
      const classes = classesOf(node);
      html += classes.length
        ? `<span class="${escapeAttribute(classes.join(' '))}">${inner}</span>`
        : `<span>${inner}</span>`;
    } else return null;
  }
  return html;
}

/** A `pre > code` whose code only has text and class-only spans: the code element, else null. */
function codeOf(node) {
  if (node.type !== 'element' || node.tagName !== 'pre' || node.children.length !== 1) return null;
  const [code] = node.children;
  const own = Object.keys(code.properties ?? {}).every((key) => key === 'className');
  return code.type === 'element' && code.tagName === 'code' && own ? code : null;
}

/** Replaces the code of each `pre > code` block with one element whose content is a string. */
export default function rehypeCodeIslands() {
  const walk = (node) => {
    for (const child of node.children ?? []) {
      const code = codeOf(child);
      const html = code && markup(code.children);
      if (html === null || html === undefined) walk(child);
      else child.children = [jsxIsland('code', classesOf(code).join(' ') || null, html, false)];
    }
  };
  return (tree) => walk(tree);
}
