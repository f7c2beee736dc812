/** A problem found in a lesson file, at a 1-based line and column. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A problem before it is attached to a file. */
export type Finding = Omit<Problem, 'file'>;

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** A finding at a unist point (`{ line, column }`), or at 1:1 when the position is unknown. */
export function findingAt(point: { line: number; column: number } | undefined, message: string): Finding {
  return { line: point?.line ?? 1, column: point?.column ?? 1, message };
}
