import type { RusSeminar } from '../data/types.js';
import { isoToTime } from '../data/iso-date.js';
// The same UID as a one-off download from the widget, so a subscriber's calendar holds each seminar once.
import { escapeText, foldLine, seminarUid, utcStamp } from '../seminar-list/ics.js';
import { organisersLine } from '../seminar-list/organisers.js';
import { endTime, nextDay } from '../seminar-list/timing.js';
import { eventBody, previousEvents, revise, type PreviousEntries } from './revisions.js';
import { CONTENT_TIME_ZONE } from '../format/date.js';
import { STOCKHOLM_VTIMEZONE, stockholmLocal } from './stockholm.js';
import { feedLink, type FeedOptions } from './options.js';

/** How often calendar apps should fetch the feed again: seminars are planned weeks ahead. */
const REFRESH = 'PT12H';

const day = (isoDate: string): string => isoDate.slice(0, 10).replace(/-/g, '');

/** One VEVENT's lines (unfolded), without its DTSTAMP and SEQUENCE. */
function eventLines(seminar: RusSeminar, options: FeedOptions): string[] {
  const url = feedLink(seminar.url, options.baseUrl);
  const recording = feedLink(seminar.recordingUrl, options.baseUrl);
  const description = [seminar.description, organisersLine(seminar, options.lang), url, recording]
    .filter(Boolean)
    .join('\n\n');
  const tz = `;TZID=${CONTENT_TIME_ZONE}:`;
  const lines = [
    `UID:${escapeText(seminarUid(seminar, options.documentUrl))}`,
    seminar.allDay
      ? `DTSTART;VALUE=DATE:${day(seminar.start)}`
      : `DTSTART${tz}${stockholmLocal(isoToTime(seminar.start))}`,
    seminar.allDay
      ? `DTEND;VALUE=DATE:${day(nextDay((seminar.end ?? seminar.start).slice(0, 10)))}`
      : seminar.end && `DTEND${tz}${stockholmLocal(endTime(seminar))}`,
    `SUMMARY:${escapeText(seminar.title)}`,
    description && `DESCRIPTION:${escapeText(description)}`,
    seminar.series && `CATEGORIES:${escapeText(seminar.series)}`,
    url && `URL;VALUE=URI:${url}`,
    url && `LOCATION:${escapeText(url)}`,
  ];
  return lines.filter((line): line is string => Boolean(line));
}

/** Soonest first, the id breaking ties: the same data always gives the same order. */
export function byStart(a: RusSeminar, b: RusSeminar): number {
  return isoToTime(a.start) - isoToTime(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A subscribable iCalendar feed (RFC 5545, with RFC 7986's NAME, SOURCE and REFRESH-INTERVAL and
 * the X-WR-CALNAME/X-PUBLISHED-TTL that Apple, Google and Outlook read) of these seminars, past
 * ones included. No METHOD: then DTSTAMP says when an event was last revised (RFC 5545
 * §3.8.7.2), which `revise` keeps stable for unchanged seminars.
 */
export function calendarFeed(seminars: RusSeminar[], file: string, name: string, options: FeedOptions): string {
  const previous: PreviousEntries = previousEvents(options.previous?.[file]);
  const source = new URL(file, options.baseUrl).href;
  const events = [...seminars].sort(byStart).flatMap((seminar) => {
    const lines = eventLines(seminar, options);
    const { stamp, sequence } = revise(lines[0].slice(4), eventBody(lines), previous, options.updated);
    return [
      'BEGIN:VEVENT',
      lines[0],
      `DTSTAMP:${utcStamp(stamp)}`,
      `SEQUENCE:${sequence}`,
      ...lines.slice(1),
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//rus-widgets//feeds//SV',
    'CALSCALE:GREGORIAN',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${CONTENT_TIME_ZONE}`,
    `SOURCE;VALUE=URI:${source}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...STOCKHOLM_VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
