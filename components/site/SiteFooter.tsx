import { t } from '@/lib/i18n/strings';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{t.dataCredit}</p>
    </footer>
  );
}
