/**
 * The URL key of one widget on a page. A widget used twice on a page (two
 * ConvArithmetic figures) must not share a key, or each one's settings would
 * leak into the other through the query string. The n-th instance in page
 * order (0-based) gets `id`, then `id-2`, `id-3`, ...: page order is the same
 * on every load, and the first instance keeps the bare id, so links made
 * before a page had a second copy still open the first one as they did.
 */
export function instanceKey(id: string, index: number): string {
  return index <= 0 ? id : `${id}-${index + 1}`;
}

/** The keys of a page's widgets, given their ids in page order. */
export function instanceKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const index = seen.get(id) ?? 0;
    seen.set(id, index + 1);
    return instanceKey(id, index);
  });
}
