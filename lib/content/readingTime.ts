/**
 * Reading time of a lesson, computed from its MDX source: the prose words at
 * 200 words a minute (a careful pace for technical text), code at a third of
 * that, plus two minutes per widget for trying it. Frontmatter, imports,
 * component tags and math markup are not words, and neither is a widget's code for its
 * default settings (a collapsed `<details className="widget-code">` block): it is there to
 * take away, not to read through.
 */
export const PROSE_WORDS_PER_MINUTE = 200;
export const CODE_WORDS_PER_MINUTE = PROSE_WORDS_PER_MINUTE / 3;
export const MINUTES_PER_WIDGET = 2;

export interface ReadingTime {
  proseWords: number;
  codeWords: number;
  widgets: number;
  minutes: number;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function readingTime(source: string): ReadingTime {
  let body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^<details className="widget-code">\n[\s\S]*?^<\/details>[ \t]*$/gm, '\n');
  let codeWords = 0;
  body = body.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, (_, _fence, code: string) => {
    codeWords += words(code);
    return '\n';
  });
  // A widget is a self-closing component tag whose name starts with a capital letter.
  const widgets = (body.match(/<[A-Z][A-Za-z0-9]*(\s[^<>]*?)?\/>/g) ?? []).length;
  const prose = body
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' x ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
  const proseWords = words(prose);
  const minutes = Math.max(
    1,
    Math.ceil(proseWords / PROSE_WORDS_PER_MINUTE + codeWords / CODE_WORDS_PER_MINUTE + widgets * MINUTES_PER_WIDGET),
  );
  return { proseWords, codeWords, widgets, minutes };
}
