export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** What a lesson file's name says: `content/batch-norm.ko.mdx` is the Korean edition of slug `batch-norm`. */
export interface LessonFileName {
  slug: string;
  locale: Locale;
}

const KOREAN_SUFFIX = '.ko.mdx';

/**
 * The slug and locale of a lesson from its file name: `<slug>.ko.mdx` is
 * Korean, any other `<slug>.mdx` English. The slug is the page's URL segment,
 * `/lessons/<slug>/`.
 */
export function lessonFileName(file: string): LessonFileName {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base.endsWith(KOREAN_SUFFIX)) return { slug: base.slice(0, -KOREAN_SUFFIX.length), locale: 'ko' };
  return { slug: base.replace(/\.mdx$/, ''), locale: 'en' };
}

/** Slugs are URL segments: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
