import type { RusSeminar } from '../data/types.js';
import { localeOf } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import { strings } from './strings.js';
import { isolate } from '../i18n/bidi.js';

const listFormats: Partial<Record<Lang, Intl.ListFormat>> = {};

/**
 * "Arrangörer: A och B" / "Organisers: A and B" — or '' when there are none. On screen each
 * name is isolated (`isolated`), so one name's direction cannot reorder the next; a calendar
 * file gets the plain names.
 */
export function organisersLine({ organisers }: RusSeminar, lang: Lang, isolated = false): string {
  if (!organisers.length) return '';
  // One ListFormat per language: one per seminar made the list's first render slow.
  listFormats[lang] ??= new Intl.ListFormat(localeOf(lang));
  return `${strings[lang].organisers}: ${listFormats[lang].format(isolated ? organisers.map(isolate) : organisers)}`;
}
