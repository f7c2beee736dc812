import { HomePage } from '@/components/site/HomePage';
import { pageMetadata } from '@/components/site/pageMetadata';

export const metadata = pageMetadata({ locale: 'ko', path: '/', translated: true });

export default function Page() {
  return <HomePage locale="ko" />;
}
