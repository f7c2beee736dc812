import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';

/**
 * Parses a lesson to mdast with the syntax extensions the site's MDX pipeline
 * uses (MDX, YAML frontmatter, GFM, math), so positions are lines of the file
 * itself. Throws the MDX parser's own message (a VFileMessage with `place`)
 * on a syntax error.
 */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).parse(source);
}
