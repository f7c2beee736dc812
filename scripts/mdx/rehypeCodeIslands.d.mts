import type { Root } from 'hast';

/** Hands each highlighted `pre > code` block's code to React as one element holding its markup. */
export default function rehypeCodeIslands(): (tree: Root) => void;
