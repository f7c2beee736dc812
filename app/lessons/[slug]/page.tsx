import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonNav } from '@/components/site/LessonNav';
import { PrevNext } from '@/components/site/PrevNext';
import { Toc, TocInline } from '@/components/site/Toc';
import { LessonFooter } from '@/components/site/LessonFooter';
import { FocusableOverflow } from '@/components/site/FocusableOverflow';
import { LessonSources } from '@/components/site/LessonSources';
import { listLessons } from '@/lib/content/lessons';
import { t } from '@/lib/site/strings';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const { slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

/** Every lesson in content/ renders through this one route. */
export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lessons = listLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) notFound();
  const lesson = lessons[index];
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const nav = lessons.map((l) => ({ slug: l.slug, title: l.frontmatter.title }));
  return (
    <div className="layout">
      <LessonNav lessons={nav} current={slug} />
      <main id="content" tabIndex={-1}>
        <article className="prose">
          <h1>{lesson.frontmatter.title}</h1>
          <p className="lesson-meta">{t.minutesRead(lesson.minutes)}</p>
          <p className="lede">{lesson.frontmatter.summary}</p>
          <TocInline entries={lesson.toc} />
          <Content />
          <LessonSources sources={lesson.frontmatter.sources} />
          <LessonFooter title={lesson.frontmatter.title} slug={slug} updated={lesson.updated} />
        </article>
        <PrevNext prev={nav[index - 1]} next={nav[index + 1]} />
      </main>
      <FocusableOverflow />
      <Toc entries={lesson.toc} />
    </div>
  );
}
