import type { Metadata } from 'next';
import Guide from '@/content/guide/authoring.mdx';
import { LessonNav } from '@/components/site/LessonNav';
import { Toc } from '@/components/site/Toc';
import { FocusableOverflow } from '@/components/site/FocusableOverflow';
import { ComponentReference } from '@/components/guide/ComponentReference';
import { extractToc } from '@/lib/content/toc';
import { listLessons } from '@/lib/content/lessons';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const metadata: Metadata = {
  title: 'Authoring guide',
  description:
    'How instructors add and edit lessons: files, frontmatter, math, code, and every widget with its props.',
};

export default function GuidePage() {
  const nav = listLessons().map((l) => ({ slug: l.slug, title: l.frontmatter.title }));
  const toc = extractToc(readFileSync(join(process.cwd(), 'content/guide/authoring.mdx'), 'utf8'));
  return (
    <div className="layout">
      <LessonNav lessons={nav} />
      <main id="content" tabIndex={-1}>
        <article className="prose">
          <Guide />
          <ComponentReference />
        </article>
      </main>
      <FocusableOverflow />
      <Toc
        entries={[...toc, { depth: 2, text: 'Component reference', id: 'component-reference' }]}
      />
    </div>
  );
}
