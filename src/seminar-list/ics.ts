/**
 * A tiny iCalendar (RFC 5545) writer for one seminar: made in the browser, no third party.
 * Times are written in UTC; a date alone becomes an all-day event (`VALUE=DATE`).
 */
import type { RusSeminar } from '../data/types.js';
import { isoToTime } from '../data/iso-date.js';
import { endTime, nextDay } from './timing.js';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** `20201029T080000Z`. */
export function utcStamp(time: number): string {
  return new Date(time).toISOString().replace(/[-:]|\.\d+/g, '');
}

const date = (isoDate: string): string => isoDate.slice(0, 10).replace(/-/g, '');

/**
 * A seminar's UID: unique across documents and stable across downloads, from its id, its start
 * and the address of the document it came from, so two partners' seminars with the id
 * "2020-10-29" stay two events in a visitor's calendar. (The subscribable feed uses it too.)
 */
export function seminarUid(seminar: RusSeminar, documentUrl: string): string {
  return `${seminar.id}-${utcStamp(isoToTime(seminar.start))}@${documentUrl.replace(/^https?:\/\//, '')}`;
}

export interface IcsOptions {
  /** The address of the data document (or, for inline data, of the page): part of the UID. */
  documentUrl: string;
  /** When the file is made (DTSTAMP), ms since the epoch. */
  stamp: number;
  /** The description's extra lines, e.g. "Arrangörer: …", already in the page language. */
  notes?: string[];
  /** The registration address, made absolute. */
  url?: string;
}

/** The `.ics` text of one seminar, lines ending in CRLF. */
export function seminarIcs(seminar: RusSeminar, { stamp, notes = [], url, documentUrl }: IcsOptions): string {
  const { allDay } = seminar;
  const description = [seminar.description, ...notes, url].filter(Boolean).join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//rus-widgets//rus-seminar-list//SV',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(seminarUid(seminar, documentUrl))}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    allDay ? `DTSTART;VALUE=DATE:${date(seminar.start)}` : `DTSTART:${utcStamp(isoToTime(seminar.start))}`,
    allDay
      ? `DTEND;VALUE=DATE:${date(nextDay((seminar.end ?? seminar.start).slice(0, 10)))}`
      : seminar.end && `DTEND:${utcStamp(endTime(seminar))}`,
    `SUMMARY:${escapeText(seminar.title)}`,
    description && `DESCRIPTION:${escapeText(description)}`,
    url && `URL:${url}`,
    url && `LOCATION:${escapeText(url)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return (
    lines
      .filter(Boolean)
      .map((line) => foldLine(line as string))
      .join('\r\n') + '\r\n'
  );
}
