import { t } from '@/lib/i18n/strings';

/** The interface phrases the charts show or announce; the shared ones come from the site's string table. */
export const chartText = {
  showData: t.showData,
  saveSvg: t.saveSvg,
  savePng: t.savePng,
  readValues: (label: string) => `${label}. Use the arrow keys to read the values.`,
  readCells: (label: string) => `${label}. Use the arrow keys to read the cells.`,
  readRows: (label: string) => `${label}. Use the up and down arrow keys to read each row.`,
  lastRows: (shown: number, total: number) => ` (last ${shown} of ${total} rows)`,
  row: (i: number) => `row ${i}`,
  column: (i: number) => `column ${i}`,
  imageFailed: 'The chart could not be drawn as an image.',
  canvasMissing: 'This browser cannot draw to a canvas.',
  pngFailed: 'The chart could not be encoded as PNG.',
};
