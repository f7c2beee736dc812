/**
 * A code block as prompt statements: each unindented line starts a statement,
 * indented lines continue the block above, which then ends with a blank line.
 * Lines starting with `>>>` / `...` are read as a transcript and their output lines dropped.
 */
export function snippetStatements(code: string): string[] {
  const raw = code.replace(/\r/g, '').split('\n');
  const transcript = raw.some((l) => l.startsWith('>>> '));
  const lines = transcript
    ? raw.filter((l) => l.startsWith('>>> ') || l.startsWith('... ')).map((l) => l.slice(4))
    : raw;
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && out.length) out[out.length - 1] += '\n' + line;
    else out.push(line);
  }
  return out.map((s) => (s.includes('\n') || s.trimEnd().endsWith(':') ? s + '\n' : s));
}
