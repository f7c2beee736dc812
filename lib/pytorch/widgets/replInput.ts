/**
 * When Enter at the prompt runs the input and when it opens a continuation
 * line, by the interactive interpreter's rule (`codeop`): brackets still open,
 * a trailing backslash, or a compound statement (`with`, `def`, ... ending in
 * ':') whose block has not been closed by an empty line.
 */
export function needsMoreInput(text: string): boolean {
  const lines = text.split('\n');
  const last = lines[lines.length - 1];
  if (openBrackets(text) > 0) return true;
  if (last.trimEnd().endsWith('\\')) return true;
  const compound = lines.some((l) => stripComment(l).trimEnd().endsWith(':'));
  return compound && last.trim() !== '';
}

/** The indentation a new continuation line starts with: the current line's, one level deeper after ':'. */
export function continuationIndent(currentLine: string): string {
  const indent = /^\s*/.exec(currentLine)![0];
  return stripComment(currentLine).trimEnd().endsWith(':') ? indent + '    ' : indent;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** Unclosed ( [ { outside strings and comments. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const line of text.split('\n')) {
    for (const c of stripComment(line).replace(/(["'])(?:\\.|(?!\1).)*\1/g, '')) {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
    }
  }
  return depth;
}
