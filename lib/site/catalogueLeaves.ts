/**
 * The leaves of a message catalogue, for the tests that keep the languages in step: every string
 * and function by dotted key.
 */
type Tree = Record<string, unknown>;

export function catalogueLeaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [k, v] of catalogueLeaves(value as Tree, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** A message's text with sample arguments, or null when the sample arguments do not fit it. */
export function sampleText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') return null;
  try {
    return String((value as (...a: unknown[]) => unknown)(...Array(value.length).fill(3)));
  } catch {
    return null;
  }
}

/** Two English words in a row: a Korean message equal to its English one with these is untranslated. */
export function looksEnglish(text: string): boolean {
  return /\b[a-z]{3,} [a-z]{3,}\b/i.test(text);
}
