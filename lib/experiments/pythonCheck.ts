/**
 * A small well-formedness check for the Python the widgets' code panels generate, so that a
 * typo in a generator fails a test rather than a student's notebook. Not a parser: it checks
 * balanced brackets, 4-space indentation that opens after a line ending in ':' (and only
 * there), and that every call starts with a name the program imports or defines, a
 * parameter, or a Python builtin.
 */

const BUILTINS = new Set([
  'print',
  'open',
  'id',
  'range',
  'len',
  'round',
  'isinstance',
  'str',
  'int',
  'float',
  'bool',
  'list',
  'dict',
  'tuple',
  'set',
  'next',
  'iter',
  'enumerate',
  'zip',
  'min',
  'max',
  'sum',
  'abs',
  'sorted',
  'any',
  'all',
  'super',
  'format',
  'type',
]);

const KEYWORDS = new Set([
  'if',
  'elif',
  'while',
  'for',
  'in',
  'not',
  'and',
  'or',
  'return',
  'yield',
  'with',
  'as',
  'assert',
  'del',
  'lambda',
  'else',
  'is',
  'await',
  'from',
  'import',
]);

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The source with comments removed and every string literal replaced by `''` (keeping the line count). */
export function withoutStringsAndComments(source: string): string {
  const literal =
    /[rbf]*("""[\s\S]*?"""|'''[\s\S]*?'''|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")|#[^\n]*/g;
  return source.replace(literal, (m) =>
    m.startsWith('#') ? '' : "''" + '\n'.repeat(m.split('\n').length - 1),
  );
}

/** The problems found in `source` (empty when it passes). */
export function pythonProblems(source: string): string[] {
  const code = withoutStringsAndComments(source);
  const problems: string[] = [];

  const stack: string[] = [];
  for (const ch of code) {
    if (OPEN[ch]) stack.push(OPEN[ch]);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) problems.push(`unbalanced '${ch}'`);
    }
  }
  if (stack.length > 0) problems.push(`${stack.length} bracket(s) left open`);

  // Indentation of logical lines (those that start outside any bracket).
  let depth = 0;
  let previous: { indent: number; opens: boolean } = { indent: 0, opens: false };
  code.split('\n').forEach((line, i) => {
    const startsLogical = depth === 0;
    for (const ch of line) depth += OPEN[ch] ? 1 : ch === ')' || ch === ']' || ch === '}' ? -1 : 0;
    if (!startsLogical || line.trim() === '') return;
    const indent = line.length - line.trimStart().length;
    const where = `line ${i + 1}`;
    if (line.slice(0, indent).includes('\t') || indent % 4 !== 0)
      problems.push(`${where}: indentation is not a multiple of 4 spaces`);
    if (previous.opens && indent !== previous.indent + 4)
      problems.push(`${where}: expected an indented block`);
    if (!previous.opens && indent > previous.indent) problems.push(`${where}: unexpected indent`);
    previous = { indent, opens: depth === 0 && line.trimEnd().endsWith(':') };
  });
  if (previous.opens) problems.push('the program ends with a block opener');

  const known = definedNames(code);
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?:\s*\.\s*\w+)*\s*\(/g)) {
    const name = m[1];
    if (!KEYWORDS.has(name) && !BUILTINS.has(name) && !known.has(name))
      problems.push(`call of undefined name '${name}'`);
  }
  return [...new Set(problems)];
}

/** Names bound by imports, def/class, assignments, for targets, with ... as, and parameters. */
function definedNames(code: string): Set<string> {
  const names = new Set<string>();
  const addAll = (list: string) =>
    list.split(',').forEach((n) => {
      const name = n
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.split('=')[0]
        .split(':')[0]
        .replace(/^\*+/, '')
        .trim()
        .split('.')[0];
      if (name && /^[A-Za-z_]\w*$/.test(name)) names.add(name);
    });
  for (const m of code.matchAll(/^[ \t]*import[ \t]+(.+)$/gm)) addAll(m[1]);
  for (const m of code.matchAll(/^[ \t]*from[ \t]+\S+[ \t]+import[ \t]+(.+)$/gm)) addAll(m[1]);
  for (const m of code.matchAll(/^[ \t]*(?:def|class)[ \t]+(\w+)[ \t]*\(([^)]*)\)/gm)) {
    names.add(m[1]);
    addAll(m[2]);
  }
  for (const m of code.matchAll(/^[ \t]*([\w \t,()]+?)[ \t]*=(?!=)/gm))
    addAll(m[1].replace(/[()]/g, ''));
  for (const m of code.matchAll(/\bfor[ \t]+([\w \t,()]+?)[ \t]+in\b/g))
    addAll(m[1].replace(/[()]/g, ''));
  for (const m of code.matchAll(/\bas\s+(\w+)\s*:/g)) names.add(m[1]);
  return names;
}
