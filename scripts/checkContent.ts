/**
 * `npm run check:content`: checks every lesson in content/ (or the .mdx files
 * and folders given as arguments) and prints one `file:line:column: message`
 * per problem, then a summary. Exits 1 when there is any problem.
 *
 *   tsx scripts/checkContent.ts
 *   tsx scripts/checkContent.ts tests/fixtures/content/unknown-widget.mdx
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLesson, formatProblem, type Problem } from '../lib/content/check';
import { checkFrontmatter } from '../lib/content/frontmatterProblems';
import { duplicateOrders } from '../lib/content/duplicateOrders';
import { lessonFileName, LOCALES, type Locale } from '../lib/content/lessonFile';
import { parseMdx } from '../lib/content/parseMdx';
import { headingAnchors } from '../lib/content/toc';
import { componentSpecByName } from '../components/widgets/specs';
import { missingEditions, parityProblems } from '../lib/content/parity';
import { fileHash } from './translationHash';

interface LessonFile {
  file: string;
  source: string;
}

const root = process.cwd();
const toRepoPath = (path: string) => relative(root, path).split(sep).join('/');

function walk(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const isMdx = (name: string) => name.endsWith('.mdx');

function read(paths: string[]): LessonFile[] {
  return paths.map((path) => ({ file: toRepoPath(path), source: readFileSync(path, 'utf8') }));
}

/**
 * Published lessons by locale, with their heading ids. A translation's heading
 * ids are its English file's (taken by position), so every locale links to the
 * English ids.
 */
function lessonIndex(files: readonly LessonFile[]): Map<Locale, Map<string, Set<string>>> {
  const byLocale = new Map<Locale, Map<string, Set<string>>>(LOCALES.map((l) => [l, new Map()]));
  for (const { file, source } of files) {
    const frontmatter = checkFrontmatter(source).frontmatter;
    if (!frontmatter || frontmatter.draft) continue;
    let ids: Set<string>;
    try {
      ids = new Set(headingAnchors(parseMdx(source)).map((h) => h.id));
    } catch {
      continue; // reported as a syntax error when the file itself is checked
    }
    const { slug, locale } = lessonFileName(file);
    byLocale.get(locale)?.set(slug, ids);
  }
  const english = byLocale.get('en') ?? new Map();
  for (const [locale, lessons] of byLocale) {
    if (locale === 'en') continue;
    for (const [slug, ids] of english) lessons.set(slug, ids);
  }
  return byLocale;
}

const KOREAN = /\.ko\.mdx$/;

/** The English file's source for a translation (its heading ids are the page's), else undefined. */
function englishSourceOf(file: string): string | undefined {
  const english = resolve(root, file.replace(KOREAN, '.mdx'));
  return KOREAN.test(file) && existsSync(english) ? readFileSync(english, 'utf8') : undefined;
}

/**
 * Both editions of every page exist, and each translation is in step with its
 * English file (see lib/content/parity.ts).
 */
function editionProblems(checked: readonly LessonFile[]): Problem[] {
  const problems = missingEditions(
    checked.map((f) => f.file),
    (file) => existsSync(resolve(root, file)),
  );
  for (const { file, source } of checked) {
    const english = file.replace(KOREAN, '.mdx');
    if (!KOREAN.test(file) || !existsSync(resolve(root, english))) continue;
    const bytes = readFileSync(resolve(root, english));
    const slug = file.replace(/^content\//, '').replace(KOREAN, '');
    problems.push(
      ...parityProblems(
        { file: english, source: bytes.toString('utf8'), hash: fileHash(bytes) },
        { file, source },
        `npm run translation:hash -- ${slug}`,
      ),
    );
  }
  return problems;
}

function main(args: string[]): number {
  const targets = args.length ? args : ['content'];
  const missing = targets.filter((t) => !existsSync(resolve(root, t)));
  if (missing.length) {
    console.error(
      `content check: ${missing.join(', ')} does not exist; give .mdx files or folders`,
    );
    return 1;
  }
  const checked = read(
    targets.flatMap((t) => {
      const path = resolve(root, t);
      return statSync(path).isDirectory() ? walk(path, isMdx) : [path];
    }),
  );
  // Lessons are the top level of content/ (its subfolders hold other pages, such as the guide);
  // files checked from elsewhere (fixtures) count as lessons too, so they can link to each other.
  const isLesson = (file: string) =>
    /^content\/[^/]+\.mdx$/.test(file) || !file.startsWith('content/');
  const lessons = read(walk(join(root, 'content'), isMdx)).filter((f) => isLesson(f.file));
  const known = new Set(lessons.map((f) => f.file));
  const index = lessonIndex([
    ...lessons,
    ...checked.filter((f) => isLesson(f.file) && !known.has(f.file)),
  ]);
  const publicFiles = new Set(
    walk(join(root, 'public'), () => true).map(
      (p) => `/${relative(join(root, 'public'), p).split(sep).join('/')}`,
    ),
  );

  const problems: Problem[] = [];
  for (const lesson of checked) {
    const published = index.get(lessonFileName(lesson.file).locale) ?? new Map();
    try {
      problems.push(
        ...checkLesson(
          { ...lesson, englishSource: englishSourceOf(lesson.file) },
          {
            lessons: published,
            publicFiles,
            components: componentSpecByName,
          },
        ),
      );
    } catch (error) {
      problems.push({
        file: lesson.file,
        line: 1,
        column: 1,
        message: `the checker could not read this file: ${(error as Error).message}`,
      });
    }
  }
  problems.push(...duplicateOrders(checked));
  problems.push(...editionProblems(checked.filter((f) => f.file.startsWith('content/'))));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);

  for (const problem of problems) console.log(formatProblem(problem));
  const filesText = `${checked.length} file${checked.length === 1 ? '' : 's'}`;
  if (problems.length === 0) {
    console.log(`content check: ${filesText}, no problems`);
    return 0;
  }
  const broken = new Set(problems.map((p) => p.file)).size;
  console.log(
    `content check: ${filesText}, ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${broken} file${broken === 1 ? '' : 's'}`,
  );
  return 1;
}

process.exitCode = main(parseArgs({ allowPositionals: true }).positionals);
