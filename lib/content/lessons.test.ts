import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getLesson, listLessons } from './lessons';

const lesson = (title: string, order: number, extra = '') =>
  `---\ntitle: ${title}\nsummary: About ${title}.\norder: ${order}\nminutes: 5\nsources:\n  - title: Notes\n${extra}---\n\n## First part\n\nText.\n`;

describe('listLessons / getLesson', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lessons-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'linear-layers.mdx'), lesson('Linear layers', 2));
    writeFileSync(join(root, 'content', 'getting-started.mdx'), lesson('Getting started', 1));
    writeFileSync(join(root, 'content', 'getting-started.ko.mdx'), lesson('시작하기', 1));
    writeFileSync(join(root, 'content', 'batch-norm.mdx'), lesson('Batch norm', 3, 'draft: true\n'));
    vi.spyOn(process, 'cwd').mockReturnValue(root);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists the English lessons in course order, drafts only when asked', () => {
    expect(listLessons('en', { drafts: false }).map((l) => l.slug)).toEqual(['getting-started', 'linear-layers']);
    expect(listLessons('en', { drafts: true }).map((l) => l.slug)).toEqual(['getting-started', 'linear-layers', 'batch-norm']);
  });

  it('keeps the Korean edition apart under the same slug', () => {
    const [ko] = listLessons('ko');
    expect(ko).toMatchObject({ slug: 'getting-started', locale: 'ko', file: 'content/getting-started.ko.mdx' });
    expect(ko.frontmatter.title).toBe('시작하기');
  });

  it('returns a lesson with its source, frontmatter and table of contents', () => {
    const found = getLesson('linear-layers');
    expect(found.frontmatter).toMatchObject({ title: 'Linear layers', order: 2, minutes: 5, draft: false });
    expect(found.toc).toEqual([{ depth: 2, text: 'First part', id: 'first-part' }]);
    expect(found.source).toBe(lesson('Linear layers', 2));
  });

  it('says which file it expected for a missing lesson, and which field is wrong in a broken one', () => {
    expect(() => getLesson('nope')).toThrow('no lesson `nope` (en): expected the file content/nope.mdx');
    writeFileSync(join(root, 'content', 'broken.mdx'), '---\ntitle: Broken\n---\n');
    expect(() => getLesson('broken')).toThrow(/content\/broken\.mdx: invalid frontmatter \(summary: .*check:content/);
    rmSync(join(root, 'content', 'broken.mdx'));
  });
});
