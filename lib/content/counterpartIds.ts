/**
 * The heading ids of a translated page: the i-th heading takes the id of the
 * i-th heading of its English counterpart, so a `#section` link means the same
 * section in both editions. A heading past the end of the English list (the
 * content check reports it) keeps its own slug.
 */
export function counterpartAnchors<T extends { id: string }>(
  translated: readonly T[],
  original: readonly { id: string }[],
): T[] {
  return translated.map((heading, i) => ({ ...heading, id: original[i]?.id ?? heading.id }));
}
