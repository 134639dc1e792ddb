import { dateFormatter } from '../format/date.js';

/** Strict ISO 8601 readers for the data document: a bad date is a bad item, never a guess. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0–99 as 1900–1999
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `2020-10-29` (a real calendar day). */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isRealDay(+m[1], +m[2], +m[3]);
}

/** `2020-10-29T09:00:00+01:00` or `…Z`: a date-time with an offset, so the moment is exact. */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isRealDay(+m[1], +m[2], +m[3])) return false;
  const [hour, minute, second] = [+m[4], +m[5], +(m[6] ?? 0)];
  const offsetOk = m[7] === 'Z' || (+m[8] <= 23 && +m[9] <= 59);
  return hour <= 23 && minute <= 59 && second <= 59 && offsetOk;
}

/**
 * The moment an ISO date or date-time stands for, in ms. A date alone means the
 * start of that day in Stockholm, the region the content is about.
 */
export function isoToTime(value: string): number {
  if (isIsoDate(value)) return stockholmMidnight(value);
  return Date.parse(value);
}

/** Start of a calendar day in Europe/Stockholm, in ms since the epoch. */
export function stockholmMidnight(isoDate: string): number {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  // Stockholm is UTC+1 or UTC+2; find which offset makes local midnight.
  for (const hours of [1, 2]) {
    const candidate = utcMidnight - hours * 3_600_000;
    if (stockholmHour(candidate) === 0) return candidate;
  }
  return utcMidnight - 3_600_000;
}

/** The hour (0–23) in Stockholm at `time`. */
function stockholmHour(time: number): number {
  return Number(dateFormatter('en', { hour: '2-digit', hourCycle: 'h23' }).format(time));
}
