import type { RusSeminar } from '../data/types.js';
import { isIsoDate, isoToTime, stockholmMidnight } from '../data/iso-date.js';

/** `2020-10-29` → `2020-10-30`. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** When a seminar is over: its end, else its start; a date alone lasts the whole Stockholm day. */
export function endTime(seminar: RusSeminar): number {
  const last = seminar.end ?? seminar.start;
  return isIsoDate(last) ? stockholmMidnight(nextDay(last)) : isoToTime(last);
}

/** Upcoming (not yet over at `now`, soonest first) and past (newest first). */
export function splitSeminars(seminars: RusSeminar[], now: number): { upcoming: RusSeminar[]; past: RusSeminar[] } {
  const timed = seminars.map((s) => ({ s, start: isoToTime(s.start), over: endTime(s) <= now }));
  timed.sort((a, b) => a.start - b.start);
  const pick = (over: boolean) => timed.filter((t) => t.over === over).map((t) => t.s);
  return { upcoming: pick(false), past: pick(true).reverse() };
}

/** The seminars of one series (case and surrounding spaces do not matter), or all of them. */
export function inSeries(seminars: RusSeminar[], series: string | undefined): RusSeminar[] {
  const wanted = series?.trim().toLowerCase();
  return wanted ? seminars.filter((x) => x.series?.trim().toLowerCase() === wanted) : seminars;
}
