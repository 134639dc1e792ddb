/**
 * SEQUENCE and DTSTAMP/`updated` without a clock in the loop: each feed entry is compared with
 * the same entry (by UID or Atom id) in the files the last run wrote. Unchanged, it keeps its
 * revision, so rerunning on unchanged data writes identical files; changed, its sequence goes up
 * by one and it takes the run's moment; new, it starts at 0 with the run's moment.
 */
export interface Revision {
  /** ms since the epoch. */
  stamp: number;
  sequence: number;
}

/** What the last run wrote for one entry: its content without the revision, and the revision. */
export interface PreviousEntry extends Revision {
  body: string;
}

export type PreviousEntries = Map<string, PreviousEntry>;

export function revise(key: string, body: string, previous: PreviousEntries, now: number): Revision {
  const before = previous.get(key);
  if (!before) return { stamp: now, sequence: 0 };
  return before.body === body ? before : { stamp: now, sequence: before.sequence + 1 };
}

/** `20201029T080000Z` (an iCalendar UTC date-time) → ms. */
function icsTime(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

/** The events of a calendar feed this module wrote, keyed by UID. */
export function previousEvents(ics: string | undefined): PreviousEntries {
  const entries: PreviousEntries = new Map();
  const lines = (ics ?? '').replace(/\r\n[ \t]/g, '').split('\r\n');
  let event: string[] | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = [];
    else if (line === 'END:VEVENT' && event) {
      const value = (name: string) => event!.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
      const uid = value('UID');
      const stamp = icsTime(value('DTSTAMP') ?? '');
      if (uid && Number.isFinite(stamp)) {
        const body = eventBody(event);
        entries.set(uid, { body, stamp, sequence: Number(value('SEQUENCE') ?? 0) || 0 });
      }
      event = undefined;
    } else event?.push(line);
  }
  return entries;
}

/** An event's lines without its revision (DTSTAMP, SEQUENCE): what decides whether it changed. */
export function eventBody(lines: string[]): string {
  return lines.filter((line) => !/^(DTSTAMP|SEQUENCE)[:;]/.test(line)).join('\n');
}

/** The entries of an Atom feed this module wrote, keyed by `<id>`. */
export function previousAtomEntries(xml: string | undefined): PreviousEntries {
  const entries: PreviousEntries = new Map();
  for (const [, entry] of (xml ?? '').matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const id = /<id>([^<]*)<\/id>/.exec(entry)?.[1];
    const stamp = Date.parse(/<updated>([^<]*)<\/updated>/.exec(entry)?.[1] ?? '');
    if (id && Number.isFinite(stamp)) entries.set(id, { body: atomBody(entry), stamp, sequence: 0 });
  }
  return entries;
}

/** An entry's XML without its `<updated>`. */
export function atomBody(entry: string): string {
  return entry.replace(/\s*<updated>[^<]*<\/updated>/, '');
}
