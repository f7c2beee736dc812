/**
 * Pagefind's results as the search dialog lists them: one group per lesson (its title), and in
 * it the sections that matched (the heading a sub-result sits under, linked by its id), each
 * with its excerpt. Pagefind splits a page into sub-results at every heading with an id; the
 * text above the first heading is a sub-result without an anchor, listed as the lesson itself.
 */

/** The fields of pagefind's `result.data()` the dialog reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  locations?: number[];
}
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** A stable DOM id for the option (the path, made id-safe). */
  key: string;
  /** The heading of the matched section; null for the lesson's opening text. */
  section: string | null;
  /** Site path without the base path, with the section's `#id`. */
  path: string;
  excerpt: string;
}
export interface LessonHits {
  lesson: string;
  path: string;
  hits: SearchHit[];
}

/** A pagefind URL as a site path without the base path (pagefind is given none, so most are already). */
export function sitePath(url: string, basePath: string): string {
  return basePath && url.startsWith(`${basePath}/`) ? url.slice(basePath.length) : url;
}

const keyOf = (path: string) => `hit-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * Groups pages into lessons with at most `sectionsPerLesson` sections each: the sections with
 * the most matched words first (pagefind's own order breaks ties), so the one that is about the
 * query comes before one that merely mentions it.
 */
export function lessonHits(
  pages: readonly PagefindPage[],
  { basePath = '', sectionsPerLesson = 3 } = {},
): LessonHits[] {
  return pages.map((page) => {
    const path = sitePath(page.url, basePath);
    const lesson = page.meta.title ?? path;
    const subs = page.sub_results?.length
      ? page.sub_results
      : [{ title: lesson, url: page.url, excerpt: page.excerpt }];
    const ranked = subs
      .map((sub, order) => ({ sub, order, weight: sub.locations?.length ?? 0 }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .slice(0, sectionsPerLesson);
    const hits = ranked.map(({ sub }) => {
      const subPath = sitePath(sub.url, basePath);
      return {
        key: keyOf(subPath),
        section: sub.anchor?.id ? sub.title : null,
        path: subPath,
        excerpt: sub.excerpt,
      };
    });
    return { lesson, path, hits };
  });
}
