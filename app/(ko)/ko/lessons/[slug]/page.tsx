import type { Metadata } from 'next';
import { LessonPage, lessonMetadata, lessonParams } from '@/components/site/LessonPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonParams('ko');
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return lessonMetadata('ko', (await params).slug);
}

export default async function Page({ params }: Props) {
  return <LessonPage locale="ko" slug={(await params).slug} />;
}
