import { t } from '@/lib/site/strings';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{t.dataCredit}</p>
    </footer>
  );
}
