import { t } from '@/lib/site/strings';

/** The phrases the charts show or announce, all from the site's one string table. */
export const chartText = {
  showData: t.showData,
  saveSvg: t.saveSvg,
  savePng: t.savePng,
  ...t.chart,
};
