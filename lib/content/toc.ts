import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { counterpartAnchors } from './counterpartIds';
import { parseMdx } from './parseMdx';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  /** The `id` rehype-slug gives the heading. */
  id: string;
}

export interface HeadingAnchor {
  depth: number;
  text: string;
  id: string;
}

const TEXT_NODES = new Set(['text', 'inlineCode', 'inlineMath']);

/**
 * Text of a node as hast-util-to-string reads the HTML it becomes (what
 * rehype-slug slugs): only text reaches it — inline code and inline math are
 * text inside `<code>`; images, `{expressions}` and raw HTML add nothing
 * (unlike mdast-util-to-string, which adds alt text).
 */
export function headingText(node: Nodes): string {
  if (TEXT_NODES.has(node.type)) return (node as { value: string }).value;
  if ('children' in node) return node.children.map((child) => headingText(child as Nodes)).join('');
  return '';
}

function collectHeadings(node: Nodes, into: Heading[]): Heading[] {
  if (node.type === 'heading') into.push(node);
  else if ('children' in node) for (const child of node.children) collectHeadings(child as Nodes, into);
  return into;
}

/**
 * Every heading of a parsed lesson with the id rehype-slug gives it: one
 * github-slugger per page, run over all headings (h1 to h6, also those inside
 * components) in document order, so a repeated heading gets `-1`, `-2`, ...
 * Headings with math slug their TeX source, as rehype-slug does when it runs
 * before rehype-katex.
 */
export function headingAnchors(tree: Root): HeadingAnchor[] {
  const slugger = new GithubSlugger();
  return collectHeadings(tree, []).map((heading) => {
    const text = headingText(heading);
    return { depth: heading.depth, text, id: slugger.slug(text) };
  });
}

/**
 * The on-page table of contents of a lesson: its `##` and `###` headings with
 * their anchor ids. For a translation, give the English source: the ids are
 * then the English headings' by position (see `counterpartAnchors`).
 */
export function extractToc(mdxSource: string, englishSource?: string): TocEntry[] {
  const own = headingAnchors(parseMdx(mdxSource));
  const anchors =
    englishSource === undefined ? own : counterpartAnchors(own, headingAnchors(parseMdx(englishSource)));
  return anchors
    .filter((h): h is TocEntry => h.depth === 2 || h.depth === 3)
    .map(({ depth, text, id }) => ({ depth, text: text.trim(), id }));
}
