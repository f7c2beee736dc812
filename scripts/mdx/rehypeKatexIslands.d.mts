import type { Root } from 'hast';
import type { KatexOptions } from 'katex';
import type { VFile } from 'vfile';

/** Renders remark-math's formulas with KaTeX, each as one element holding its markup. */
export default function rehypeKatexIslands(
  options?: Omit<KatexOptions, 'displayMode' | 'throwOnError'>,
): (tree: Root, file: VFile) => void;
