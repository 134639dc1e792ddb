import type { Lang } from '../i18n/lang.js';
import { intlFormatter } from './date.js';

/**
 * "5 000" / "5,000". The Swedish group separator is always a no-break space, so a
 * figure never wraps across lines (engines differ between U+00A0 and U+202F).
 */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return intlFormatter(Intl.NumberFormat, lang, options)
    .format(value)
    .replace(/[\s\u202f]/g, '\u00a0');
}

/** "39 %" / "39%". */
export function formatPercent(fraction: number, lang: Lang): string {
  return formatNumber(fraction, lang, { style: 'percent', maximumFractionDigits: 0 });
}
