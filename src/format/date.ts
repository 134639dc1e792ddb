import type { Lang } from '../i18n/lang.js';

/** Content is about Västernorrland: times are shown in Stockholm time wherever the visitor is. */
export const CONTENT_TIME_ZONE = 'Europe/Stockholm';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

type IntlFormatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const formatters = new Map<string, IntlFormatter>();

/**
 * A cached `Intl` formatter (they are costly to create): made once per kind, language
 * and options, in Stockholm time (number and list formats ignore the time zone). The one
 * cache of the library: dates, figures and lists of names alike.
 */
export function intlFormatter<T extends IntlFormatter>(
  Format: new (locale: string, options: object) => T,
  lang: Lang,
  options: object,
): T {
  const key = Format.name + lang + JSON.stringify(options);
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Format(localeOf(lang), { timeZone: CONTENT_TIME_ZONE, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.DateTimeFormat` in Stockholm time. */
export function dateFormatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intlFormatter(Intl.DateTimeFormat, lang, options);
}

/** "29 oktober 2020" / "29 October 2020". */
export function formatLongDate(time: number, lang: Lang): string {
  return dateFormatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(time);
}
