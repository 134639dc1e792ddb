import type { RusSeminar } from '../data/types.js';
import { isIsoDate, isoToTime } from '../data/iso-date.js';
import { dateFormatter } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import type { SeminarListStrings } from './strings.js';

// The formatters, looked up once: a list formats a few dates per seminar.
const days: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
let clock: Intl.DateTimeFormat | undefined;

/**
 * "torsdag 29 oktober 2020" / "Thursday 29 October 2020" (Stockholm's calendar day).
 * `format`, then en-GB's comma after the weekday dropped: `formatToParts` costs four
 * times as much.
 */
export function formatDay(time: number, lang: Lang): string {
  days[lang] ??= dateFormatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return days[lang].format(time).replace(',', '');
}

/** "09.00" / "09:00" in Stockholm time. */
export function formatTime(time: number, separator: string): string {
  clock ??= dateFormatter('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return clock.format(time).replace(':', separator);
}

/** A moment as its day and its clock time ('' for a date alone). */
function dayAndClock(value: string, lang: Lang, strings: SeminarListStrings): [day: string, clock: string] {
  const time = isoToTime(value);
  return [formatDay(time, lang), isIsoDate(value) ? '' : formatTime(time, strings.timeSep)];
}

/**
 * When a seminar takes place, in the page language and Stockholm time:
 * "torsdag 29 oktober 2020, kl. 09.00–10.00" / "Thursday 29 October 2020, 09:00–10:00".
 * A date alone shows no time; a seminar over several days shows both days.
 */
export function formatWhen({ start, end }: RusSeminar, lang: Lang, strings: SeminarListStrings): string {
  const point = ([day, clock]: [string, string]) => (clock ? `${day}, ${strings.at}${clock}` : day);
  const from = dayAndClock(start, lang, strings);
  if (!end) return point(from);
  const to = dayAndClock(end, lang, strings);
  if (to[0] !== from[0]) return `${point(from)} – ${point(to)}`;
  // The same day: "…, kl. 09.00–10.00" when both ends have a time, else the start alone.
  return point(from) + (from[1] && to[1] ? `–${to[1]}` : '');
}
