import { parse } from '../python/parser';

/** A statement typed at the page's prompt and what the session answered. */
export interface TypedStatement {
  input: string;
  result: { output: string | null; error: string | null };
}

/** True when `input` is one expression statement (what the REPL echoes), not a call of print. */
function isEchoedExpression(input: string): boolean {
  try {
    const statements = parse(input);
    return (
      statements.length === 1 && statements[0].type === 'expr' && !/^print\s*\(/.test(input.trim())
    );
  } catch {
    return false;
  }
}

/**
 * The statements of the page's session as a script that prints what the prompt showed: an
 * expression the REPL echoed becomes `print(expression)` (a script echoes nothing), and a
 * statement that raised is kept as a comment with the error's last line, so the script runs
 * to the end as the session did.
 */
export function sessionProgram(statements: readonly TypedStatement[]): string {
  return statements
    .map(({ input, result }) => {
      if (result.error) {
        const error = result.error.trim().split('\n').at(-1);
        return `${input
          .split('\n')
          .map((line) => `# ${line}`)
          .join('\n')}\n# raised ${error}`;
      }
      if (result.output !== null && isEchoedExpression(input)) return `print(${input.trim()})`;
      return input.replace(/\n+$/, '');
    })
    .join('\n');
}
