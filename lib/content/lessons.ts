/**
 * Reads the lessons in `content/` (under the working directory). The one file
 * of lib/content that touches the file system: it runs at build time only —
 * in `generateStaticParams`, page components of the static export and
 * scripts — never in the browser or a worker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterSchema, parseFrontmatter, type Frontmatter } from './frontmatter';
import { lessonFileName, type Locale } from './lessonFile';
import { pathLabel } from './issueMessage';
import { extractToc, type TocEntry } from './toc';
import { readingTime } from './readingTime';
import { lastCommitDate } from './lastUpdated';

export interface LessonMeta {
  slug: string;
  locale: Locale;
  /** Path relative to the repository, e.g. `content/getting-started.mdx`. */
  file: string;
  frontmatter: Frontmatter;
  toc: TocEntry[];
  /** Reading time: the frontmatter's `minutes` when the author set it, else computed from the text. */
  minutes: number;
  /** Day of the last commit that changed the file (YYYY-MM-DD), or null outside a git checkout. */
  updated: string | null;
}

export interface ListOptions {
  /** Include `draft: true` lessons; by default only outside production builds. */
  drafts?: boolean;
}

const CONTENT = 'content';

function readLesson(name: string): { meta: LessonMeta; source: string } {
  const file = `${CONTENT}/${name}`;
  const source = readFileSync(join(process.cwd(), CONTENT, name), 'utf8');
  const parsed = frontmatterSchema.safeParse(parseFrontmatter(source).data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${pathLabel(i.path) || 'frontmatter'}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid frontmatter (${issues}). Run \`npm run check:content\` for the lines and fixes.`);
  }
  const { slug, locale } = lessonFileName(name);
  const minutes = parsed.data.minutes ?? readingTime(source).minutes;
  const meta: LessonMeta = {
    slug,
    locale,
    file,
    frontmatter: parsed.data,
    minutes,
    // Worked out when read: every page lists all lessons of both editions (navigation, the
    // language switch), and parsing each lesson's MDX for its headings on every list made the
    // static export spend minutes; only the lesson being rendered needs them.
    get toc() {
      return extractToc(source, locale === 'en' ? undefined : englishSource(slug));
    },
    get updated() {
      return lastCommitDate(file);
    },
  };
  return { meta, source };
}

/** The English file a translation's heading ids come from (undefined when it is missing). */
function englishSource(slug: string): string | undefined {
  const path = join(process.cwd(), CONTENT, `${slug}.mdx`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function lessonFiles(locale: Locale): string[] {
  return readdirSync(join(process.cwd(), CONTENT))
    .filter((name) => name.endsWith('.mdx') && lessonFileName(name).locale === locale)
    .sort();
}

/** The slugs that have an edition in every locale: the pages the language switch can open. */
export function translatedSlugs(options: ListOptions = {}): string[] {
  const korean = new Set(listLessons('ko', options).map((l) => l.slug));
  return listLessons('en', options)
    .map((l) => l.slug)
    .filter((slug) => korean.has(slug));
}

/** The lessons of a locale in course order (frontmatter `order`), without their source. */
export function listLessons(locale: Locale = 'en', options: ListOptions = {}): LessonMeta[] {
  const drafts = options.drafts ?? process.env.NODE_ENV !== 'production';
  return lessonFiles(locale)
    .map((name) => readLesson(name).meta)
    .filter((lesson) => drafts || !lesson.frontmatter.draft)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

/** One lesson with its MDX source; throws when `content/<slug>.mdx` (or `.ko.mdx`) does not exist. */
export function getLesson(slug: string, locale: Locale = 'en'): LessonMeta & { source: string } {
  const name = locale === 'en' ? `${slug}.mdx` : `${slug}.${locale}.mdx`;
  if (!lessonFiles(locale).includes(name)) {
    throw new Error(`no lesson \`${slug}\` (${locale}): expected the file ${CONTENT}/${name}`);
  }
  const { meta, source } = readLesson(name);
  return { ...meta, source };
}
