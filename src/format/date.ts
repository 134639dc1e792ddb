import type { Lang } from '../i18n/lang.js';

/** Content is about Västernorrland: times are shown in Stockholm time wherever the visitor is. */
export const CONTENT_TIME_ZONE = 'Europe/Stockholm';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` in Stockholm time (formatters are costly to create). */
export function dateFormatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(lang), { timeZone: CONTENT_TIME_ZONE, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "29 oktober 2020" / "29 October 2020". */
export function formatLongDate(time: number, lang: Lang): string {
  return dateFormatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(time);
}
