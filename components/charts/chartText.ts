import { useT } from '@/components/site/LocaleProvider';
import type { Messages } from '@/lib/site/strings';

/** The phrases the charts show or announce, in the page's language, from the site's catalogues. */
export type ChartText = Messages['chart'] & Pick<Messages, 'showData' | 'saveSvg' | 'savePng'>;

export function useChartText(): ChartText {
  const t = useT();
  return { showData: t.showData, saveSvg: t.saveSvg, savePng: t.savePng, ...t.chart };
}
