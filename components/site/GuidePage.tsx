import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metadata } from 'next';
import { ComponentReference } from '@/components/guide/ComponentReference';
import { listLessons } from '@/lib/content/lessons';
import { extractToc } from '@/lib/content/toc';
import { strings, type Locale } from '@/lib/site/strings';
import { FocusableOverflow } from './FocusableOverflow';
import { LessonNav } from './LessonNav';
import { Alternates, pageMetadata } from './pageMetadata';
import { Toc } from './Toc';
import { proseIn } from '@/mdx-components';

const read = (name: string) => readFileSync(join(process.cwd(), 'content/guide', name), 'utf8');

export function guideMetadata(locale: Locale): Metadata {
  const t = strings(locale);
  return pageMetadata({
    locale,
    path: '/guide/',
    title: t.authoringGuide,
    description: t.guideDescription,
    translated: true,
  });
}

/** The authoring guide in an edition's language, and the widgets' reference generated from their specs. */
export async function GuidePage({ locale }: { locale: Locale }) {
  const t = strings(locale);
  const { default: Guide } = (
    locale === 'en'
      ? await import('@/content/guide/authoring.mdx')
      : await import('@/content/guide/authoring.ko.mdx')
  ) as { default: React.ComponentType<{ components?: ReturnType<typeof proseIn> }> };
  const nav = listLessons(locale).map((l) => ({ slug: l.slug, title: l.frontmatter.title }));
  const toc =
    locale === 'en'
      ? extractToc(read('authoring.mdx'))
      : extractToc(read('authoring.ko.mdx'), read('authoring.mdx'));
  return (
    <div className="layout">
      <Alternates path="/guide/" translated />
      <LessonNav locale={locale} lessons={nav} />
      <main id="content" tabIndex={-1}>
        <article className="prose">
          <Guide components={proseIn(locale)} />
          <ComponentReference locale={locale} />
        </article>
      </main>
      <FocusableOverflow />
      <Toc
        locale={locale}
        entries={[...toc, { depth: 2, text: t.componentReference, id: 'component-reference' }]}
      />
    </div>
  );
}
