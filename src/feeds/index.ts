/**
 * The feeds `rus-widgets feeds` writes from a data document, built for Node (`vite build --mode
 * feeds` → dist/feeds.js, with the validator, so the CLI reads the document as the widgets do).
 */
import type { RusDocument } from '../data/types.js';
import { calendarFeed } from './calendar-feed.js';
import { quotesAtom, seminarsAtom } from './atom-feed.js';
import type { FeedOptions } from './options.js';

export { validateDocument } from '../data/validate/index.js';
export type { FeedOptions } from './options.js';

const names = {
  sv: { calendar: 'Webbseminarier', quotes: 'Uttalanden' },
  en: { calendar: 'Web seminars', quotes: 'Statements' },
};

/** "Här och nu" → "har-och-nu": a series' part of its calendar's file name. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'serie'
  );
}

/**
 * Every feed file, as [file name, text] in a fixed order: `seminarier.ics`, one
 * `seminarier-SERIES.ics` per series (in the order the series first appear), `seminarier.xml`,
 * `uttalanden.xml`.
 */
export function buildFeeds(document: RusDocument, options: FeedOptions): [string, string][] {
  const name = names[options.lang];
  const files: [string, string][] = [
    ['seminarier.ics', calendarFeed(document.seminars, 'seminarier.ics', name.calendar, options)],
  ];
  const series = new Map<string, string>();
  for (const { series: title } of document.seminars) {
    const key = title?.trim().toLowerCase();
    if (title && key && !series.has(key)) series.set(key, title.trim());
  }
  const taken = new Set<string>(['seminarier']);
  for (const [key, title] of series) {
    let file = `seminarier-${slug(title)}`;
    for (let n = 2; taken.has(file); n++) file = `seminarier-${slug(title)}-${n}`;
    taken.add(file);
    const seminars = document.seminars.filter((x) => x.series?.trim().toLowerCase() === key);
    files.push([`${file}.ics`, calendarFeed(seminars, `${file}.ics`, `${name.calendar}: ${title}`, options)]);
  }
  files.push(['seminarier.xml', seminarsAtom(document.seminars, 'seminarier.xml', name.calendar, options)]);
  files.push(['uttalanden.xml', quotesAtom(document.quotes, 'uttalanden.xml', name.quotes, options)]);
  return files;
}
