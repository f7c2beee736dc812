import Link from 'next/link';
import { t } from '@/lib/site/strings';

export default function NotFound() {
  return (
    <main id="content" className="home">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </main>
  );
}
