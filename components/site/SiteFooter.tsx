import { strings, type Locale } from '@/lib/site/strings';

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="site-footer">
      <p>{strings(locale).dataCredit}</p>
    </footer>
  );
}
