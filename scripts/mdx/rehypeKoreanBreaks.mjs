/**
 * Rehype plugin of the MDX pipeline for Korean files (`content/<slug>.ko.mdx`): a particle
 * stays on the line of the word it follows. Korean writes a particle straight after a code
 * span, a formula, a link or a closing bracket (`detach()`는, $x$와, (BN)은), and a browser
 * may break the line between them, leaving 는 alone at the start of a line.
 *
 * - After a closing bracket or quote, or an inline element (code, link, emphasis), a word
 *   joiner (U+2060, no break either side) goes before the Hangul that follows.
 * - After an inline formula, the joiner does not hold (KaTeX's boxes are inline blocks, which
 *   break on their own): a short formula (up to MAX_KEPT_TEX characters of TeX) and the
 *   Hangul word after it go into one `span.keep-together` (white-space: nowrap); a longer
 *   formula may still break inside, so it is left alone.
 *
 * Runs before rehypeKatexIslands, while a formula is still remark-math's `code.math-inline`.
 * Plain JavaScript: the MDX loader imports plugins with Node.
 */
const KOREAN = /\.ko\.mdx$/;
const HANGUL_START = /^[\uAC00-\uD7A3]/;
const CLOSER_THEN_HANGUL = /([)\]}"'’”」』])(?=[\uAC00-\uD7A3])/g;
const JOINER = '\u2060';
export const MAX_KEPT_TEX = 24;
const INLINE = new Set(['code', 'a', 'em', 'strong', 'del']);

const classesOf = (node) =>
  Array.isArray(node.properties?.className) ? node.properties.className : [];
const isInlineMath = (node) =>
  node?.type === 'element' && node.tagName === 'code' && classesOf(node).includes('math-inline');
const texOf = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(texOf).join('');

/** The children of one element with the rules above applied (a new array). */
function joinParticles(children) {
  const out = [];
  for (const child of children) {
    const before = out.at(-1);
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    let value = child.value.replace(CLOSER_THEN_HANGUL, `$1${JOINER}`);
    if (HANGUL_START.test(value) && isInlineMath(before)) {
      if (texOf(before).length <= MAX_KEPT_TEX) {
        const word = /^\S+/.exec(value)[0];
        out[out.length - 1] = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['keep-together'] },
          children: [before, { type: 'text', value: word }],
        };
        value = value.slice(word.length);
      }
    } else if (
      HANGUL_START.test(value) &&
      before?.type === 'element' &&
      INLINE.has(before.tagName)
    ) {
      value = JOINER + value;
    }
    if (value) out.push({ ...child, value });
  }
  return out;
}

/** Applies the rules to every element of a hast tree, in place. */
export function keepParticles(node) {
  if (!node.children) return;
  if (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'code')) return;
  if (classesOf(node).includes('keep-together')) return;
  node.children = joinParticles(node.children);
  for (const child of node.children) keepParticles(child);
}

export default function rehypeKoreanBreaks() {
  return (tree, file) => {
    if (KOREAN.test(file.path ?? '')) keepParticles(tree);
  };
}
