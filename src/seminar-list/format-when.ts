import type { RusSeminar } from '../data/types.js';
import { isIsoDate, isoToTime } from '../data/iso-date.js';
import { dateFormatter } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import type { SeminarListStrings } from './strings.js';

/** "torsdag 29 oktober 2020" / "Thursday 29 October 2020" (Stockholm's calendar day). */
export function formatDay(time: number, lang: Lang): string {
  return dateFormatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(time)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** "09.00" / "09:00" in Stockholm time. */
export function formatTime(time: number, separator: string): string {
  return dateFormatter('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(time)
    .replace(':', separator);
}

/**
 * When a seminar takes place, in the page language and Stockholm time:
 * "torsdag 29 oktober 2020, kl. 09.00–10.00" / "Thursday 29 October 2020, 09:00–10:00".
 * A date alone shows no time; a seminar over several days shows both days.
 */
export function formatWhen(seminar: RusSeminar, lang: Lang, strings: SeminarListStrings): string {
  const point = (value: string, withDay: boolean): string => {
    const time = isoToTime(value);
    const day = withDay ? formatDay(time, lang) : '';
    if (isIsoDate(value)) return day;
    const clock = formatTime(time, strings.timeSep);
    return withDay ? `${day}, ${strings.at}${clock}` : clock;
  };
  const { start, end } = seminar;
  if (!end) return point(start, true);
  const sameDay = formatDay(isoToTime(start), lang) === formatDay(isoToTime(end), lang);
  if (sameDay && !isIsoDate(start) && !isIsoDate(end)) return `${point(start, true)}–${point(end, false)}`;
  if (sameDay) return point(start, true);
  return `${point(start, true)} – ${point(end, true)}`;
}
