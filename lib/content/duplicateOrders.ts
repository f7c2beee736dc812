import { checkFrontmatter } from './frontmatterProblems';
import { lessonFileName } from './lessonFile';
import type { Problem } from './problem';

function orderLine(source: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => /^order\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');

/**
 * Lessons of one locale in one folder that share an `order` (the position in
 * the course must be unique). Reports each clash on every file but the first,
 * naming the file it clashes with. Files with invalid frontmatter are left to
 * `checkLesson`.
 */
export function duplicateOrders(files: readonly { file: string; source: string }[]): Problem[] {
  const lessons = files
    .map(({ file, source }) => ({ file, source, order: checkFrontmatter(source).frontmatter?.order, group: `${folderOf(file)} ${lessonFileName(file).locale}` }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const last = new Map<string, number>();
  for (const { group, order } of lessons) last.set(group, Math.max(last.get(group) ?? 0, order ?? 0));
  const groups = new Map<string, Map<number, string>>();
  const problems: Problem[] = [];
  for (const { file, source, order, group } of lessons) {
    if (order === undefined) continue;
    const taken = groups.get(group) ?? new Map<number, string>();
    groups.set(group, taken);
    const earlier = taken.get(order);
    if (earlier === undefined) {
      taken.set(order, file);
      continue;
    }
    problems.push({
      file,
      line: orderLine(source),
      column: 1,
      message: `order ${order} is already used by ${earlier}: every lesson needs its own position in the course; give this one another order, e.g. ${(last.get(group) ?? 0) + 1}`,
    });
  }
  return problems;
}
