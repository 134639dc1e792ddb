import type { RusSeminar } from '../data/types.js';
import { intlFormatter } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import { strings } from './strings.js';
import { isolate } from '../i18n/bidi.js';

/**
 * "Arrangörer: A och B" / "Organisers: A and B" — or '' when there are none. On screen each
 * name is isolated (`isolated`), so one name's direction cannot reorder the next; a calendar
 * file gets the plain names.
 */
export function organisersLine({ organisers }: RusSeminar, lang: Lang, isolated = false): string {
  if (!organisers.length) return '';
  // A cached ListFormat: one made per seminar made the list's first render slow.
  const names = intlFormatter(Intl.ListFormat, lang, {}).format(isolated ? organisers.map(isolate) : organisers);
  return `${strings[lang].organisers}: ${names}`;
}
