import type { Metadata } from 'next';
import { LessonPage, lessonMetadata, lessonParams } from '@/components/site/LessonPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonParams('en');
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return lessonMetadata('en', (await params).slug);
}

export default async function Page({ params }: Props) {
  return <LessonPage locale="en" slug={(await params).slug} />;
}
