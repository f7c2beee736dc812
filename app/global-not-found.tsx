import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/site/NotFoundPage';
import { strings } from '@/lib/site/strings';

export const metadata: Metadata = {
  title: `${strings('en').notFoundTitle} · ${strings('en').siteName}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  return <NotFoundPage />;
}
