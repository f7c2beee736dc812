/**
 * The day a content file last changed, from the repository's history, read at
 * build time (like lessons.ts, never in the browser). A build outside a git
 * checkout, or of a file git does not know yet, has no date.
 */
import { execFileSync } from 'node:child_process';

export function lastCommitDate(file: string): string | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}
