import { CONTENT_TIME_ZONE } from '../format/date.js';

/**
 * Europe/Stockholm as an iCalendar VTIMEZONE: CET/CEST with the EU's rule since 1996 (last Sunday
 * of March 02:00 → 03:00, last Sunday of October 03:00 → 02:00). Calendar apps show the events
 * at the right local time on both sides of each change.
 */
export const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CONTENT_TIME_ZONE}`,
  `X-LIC-LOCATION:${CONTENT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: CONTENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Stockholm wall-clock time, `20201029T090000` (for `DTSTART;TZID=Europe/Stockholm:`). */
export function stockholmLocal(time: number): string {
  const part = Object.fromEntries(wallClock.formatToParts(time).map((p) => [p.type, p.value]));
  return `${part.year}${part.month}${part.day}T${part.hour}${part.minute}${part.second}`;
}
