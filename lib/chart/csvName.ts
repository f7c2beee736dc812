/**
 * A file name (without extension) from a table's caption, in the caption's own script:
 * "Loss after each step" -> "loss-after-each-step", "단계별 손실" -> "단계별-손실". Runs of anything
 * but letters and digits become one hyphen; at most 60 characters; "data" when nothing is left.
 */
export function csvName(caption: string): string {
  const slug = caption
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // By code point, so a character outside the Basic Multilingual Plane is never cut in half.
  const short = Array.from(slug).slice(0, 60).join('').replace(/-+$/, '');
  return short || 'data';
}
