import { isIsoDate, isIsoDateTime, isoToTime, stockholmWallTime } from '../data/iso-date.js';
import { warnOnce } from './define.js';

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment of a `now` attribute: an ISO date (the start of that day in Stockholm), a
 * date-time with an offset, or one without (Stockholm wall-clock time, DST-safe).
 * Anything else: `undefined`.
 */
export function parseNow(value: string | undefined): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (isIsoDate(v) || isIsoDateTime(v)) return isoToTime(v);
  const m = WALL_CLOCK.exec(v);
  if (!m || !isIsoDate(m[1]) || +m[2] > 23 || +m[3] > 59 || +(m[4] ?? 0) > 59) return undefined;
  return stockholmWallTime(m[1], +m[2], +m[3], +(m[4] ?? 0));
}

/** The moment a widget views its data as of: its `now`, else (with a warning when unreadable) the current time. */
export function viewedAt(now: string | undefined, tag: string): number {
  const time = parseNow(now);
  if (now?.trim() && time === undefined) {
    warnOnce(`rus-widgets: <${tag}> now="${now}" is not an ISO date or date-time: using the current time`);
  }
  return time ?? Date.now();
}
