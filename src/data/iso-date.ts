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
  return stockholmWallTime(isoDate, 0, 0);
}

/**
 * The moment a Stockholm wall-clock time stands for (`2021-03-28`, 3:30 → 01:30 UTC), with the
 * offset in force at that moment, read from Intl: right on both daylight-saving days.
 */
export function stockholmWallTime(isoDate: string, hour: number, minute: number, second = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at a first guess, then at the corrected moment (which may lie across the change).
  const guess = wall - stockholmOffset(wall);
  return wall - stockholmOffset(guess);
}

/** How far Stockholm's clocks are ahead of UTC at `time`, in ms (one or two hours). */
function stockholmOffset(time: number): number {
  const parts = dateFormatter('en', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(time / 1000) * 1000;
}
