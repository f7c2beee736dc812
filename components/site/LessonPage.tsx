import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listLessons, translatedSlugs } from '@/lib/content/lessons';
import type { Locale } from '@/lib/site/strings';
import { FocusableOverflow } from './FocusableOverflow';
import { LessonFooter } from './LessonFooter';
import { LessonNav } from './LessonNav';
import { LessonSources } from './LessonSources';
import { Alternates, pageMetadata } from './pageMetadata';
import { PrevNext } from './PrevNext';
import { Toc, TocInline } from './Toc';
import { strings } from '@/lib/site/strings';
import { proseIn } from '@/mdx-components';

/** The slugs an edition has a page for: a Korean page exists only for a lesson with a `.ko.mdx` file. */
export function lessonParams(locale: Locale) {
  return listLessons(locale).map((lesson) => ({ slug: lesson.slug }));
}

export function lessonMetadata(locale: Locale, slug: string): Metadata {
  const lesson = listLessons(locale).find((l) => l.slug === slug);
  if (!lesson) return {};
  return pageMetadata({
    locale,
    path: `/lessons/${slug}/`,
    title: lesson.frontmatter.title,
    description: lesson.frontmatter.summary,
    translated: translatedSlugs().includes(slug),
  });
}

async function lessonContent(locale: Locale, slug: string) {
  const mdx =
    locale === 'en'
      ? await import(`@/content/${slug}.mdx`)
      : await import(`@/content/${slug}.ko.mdx`);
  return mdx.default as React.ComponentType<{ components?: ReturnType<typeof proseIn> }>;
}

/** Every lesson of both editions renders through this one component. */
export async function LessonPage({ locale, slug }: { locale: Locale; slug: string }) {
  const t = strings(locale);
  const lessons = listLessons(locale);
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) notFound();
  const lesson = lessons[index];
  const Content = await lessonContent(locale, slug);
  const nav = lessons.map((l) => ({ slug: l.slug, title: l.frontmatter.title }));
  return (
    <div className="layout">
      <Alternates path={`/lessons/${slug}/`} translated={translatedSlugs().includes(slug)} />
      <LessonNav locale={locale} lessons={nav} current={slug} />
      <main id="content" tabIndex={-1}>
        <article className="prose" data-pagefind-body>
          <h1>{lesson.frontmatter.title}</h1>
          <p className="lesson-meta">{t.minutesRead(lesson.minutes)}</p>
          <p className="lede">{lesson.frontmatter.summary}</p>
          <TocInline locale={locale} entries={lesson.toc} />
          <Content components={proseIn(locale)} />
          <LessonSources locale={locale} sources={lesson.frontmatter.sources} />
          <LessonFooter
            locale={locale}
            title={lesson.frontmatter.title}
            slug={slug}
            updated={lesson.updated}
          />
        </article>
        <PrevNext locale={locale} prev={nav[index - 1]} next={nav[index + 1]} />
      </main>
      <FocusableOverflow />
      <Toc locale={locale} entries={lesson.toc} />
    </div>
  );
}
