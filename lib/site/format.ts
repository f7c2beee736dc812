import type { Locale } from '../content/lessonFile';

const tags: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };
const integerFormats = new Map<Locale, Intl.NumberFormat>();

/** The BCP 47 tag a locale's numbers and dates are written in. */
export function localeTag(locale: Locale): string {
  return tags[locale];
}

function integerFormat(locale: Locale): Intl.NumberFormat {
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 0 });
    integerFormats.set(locale, format);
  }
  return format;
}

/**
 * Rounds for reading: integers grouped as the page's language groups them, `digits`
 * significant digits for ordinary magnitudes, scientific for tiny or huge ones. The decimal
 * point stays a point: every language the site speaks writes it so, and the same text must
 * stay copyable into Python.
 */
export function formatNumber(value: number, digits = 4, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return integerFormat(locale).format(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(Math.max(1, digits - 2));
  return value
    .toPrecision(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** "12 s", "1 min 05 s", "about 3 min" (Korean "12초", "1분 05초", "약 3분"): coarser as the wait grows. */
export function formatDuration(seconds: number, locale: Locale = 'en'): string {
  const s = Math.max(1, Math.round(seconds));
  const ko = locale === 'ko';
  if (s < 60) return ko ? `${s}초` : `${s} s`;
  const min = Math.floor(s / 60);
  const sec = String(s % 60).padStart(2, '0');
  if (s < 600) return ko ? `${min}분 ${sec}초` : `${min} min ${sec} s`;
  return ko ? `약 ${Math.round(s / 60)}분` : `about ${Math.round(s / 60)} min`;
}
