import type { Lang } from '../i18n/lang.js';
import { localeOf } from './date.js';

const NO_BREAK_SPACE = '\u00a0';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * "5 000" / "5,000". The Swedish group separator is always a no-break space, so a
 * figure never wraps across lines (engines differ between U+00A0 and U+202F).
 */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = lang + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(lang), options);
    formatters.set(key, formatter);
  }
  return formatter.format(value).replace(/[\s\u202f]/g, NO_BREAK_SPACE);
}

/** "39 %" / "39%". */
export function formatPercent(fraction: number, lang: Lang): string {
  return formatNumber(fraction, lang, { style: 'percent', maximumFractionDigits: 0 });
}
