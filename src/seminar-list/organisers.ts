import type { RusSeminar } from '../data/types.js';
import { localeOf } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import { strings } from './strings.js';

const listFormats: Partial<Record<Lang, Intl.ListFormat>> = {};

/** "Arrangörer: A och B" / "Organisers: A and B" — or '' when there are none. */
export function organisersLine({ organisers }: RusSeminar, lang: Lang): string {
  if (!organisers.length) return '';
  // One ListFormat per language: one per seminar made the list's first render slow.
  listFormats[lang] ??= new Intl.ListFormat(localeOf(lang));
  return `${strings[lang].organisers}: ${listFormats[lang].format(organisers)}`;
}
