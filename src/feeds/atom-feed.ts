import type { RusQuote, RusSeminar } from '../data/types.js';
import { formatWhen } from '../seminar-list/format-when.js';
import { organisersLine } from '../seminar-list/organisers.js';
import { strings } from '../seminar-list/strings.js';
import { byStart } from './calendar-feed.js';
import { atomBody, previousAtomEntries, revise } from './revisions.js';
import { feedLink, type FeedOptions } from './options.js';

/** Text for XML content and attribute values; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One Atom entry before its revision is known: the id and the elements after `<updated>`. */
interface EntryDraft {
  id: string;
  xml: string;
}

const element = (name: string, text: string | undefined): string =>
  text ? `<${name}>${escapeXml(text)}</${name}>` : '';
const link = (href: string | undefined): string => (href ? `<link rel="alternate" href="${escapeXml(href)}"/>` : '');

/**
 * An Atom feed (RFC 4287). Each entry's `updated` comes from `revise`, the feed's is the latest
 * of them, so unchanged data gives an identical file.
 */
function atomFeed(file: string, title: string, drafts: EntryDraft[], options: FeedOptions): string {
  const previous = previousAtomEntries(options.previous?.[file]);
  const self = new URL(file, options.baseUrl).href;
  let latest = 0;
  const entries = drafts.map(({ id, xml }) => {
    const body = `<id>${escapeXml(id)}</id>${xml}`;
    const { stamp } = revise(escapeXml(id), atomBody(body), previous, options.updated);
    latest = Math.max(latest, stamp);
    return `  <entry><id>${escapeXml(id)}</id><updated>${new Date(stamp).toISOString()}</updated>${xml}</entry>`;
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${new Date(latest || options.updated).toISOString()}</updated>`,
    `  <author><name>${escapeXml(new URL(options.baseUrl).host)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <generator>rus-widgets</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The address an item of the document is known by in a feed: the document's, with a fragment. */
const itemId = (documentUrl: string, list: string, id: string): string =>
  `${documentUrl.replace(/#.*$/, '')}#${list}/${encodeURIComponent(id)}`;

/** The seminars, newest first: when, description, organisers, and the registration or recording link. */
export function seminarsAtom(seminars: RusSeminar[], file: string, title: string, options: FeedOptions): string {
  const s = strings[options.lang];
  const drafts = [...seminars]
    .sort(byStart)
    .reverse()
    .map((seminar) => {
      const text = [formatWhen(seminar, options.lang, s), seminar.description, organisersLine(seminar, options.lang)]
        .filter(Boolean)
        .join('\n\n');
      const href = feedLink(seminar.url, options.baseUrl) ?? feedLink(seminar.recordingUrl, options.baseUrl);
      return {
        id: itemId(options.documentUrl, 'seminars', seminar.id),
        xml: `${element('title', seminar.title)}${link(href)}${element('summary', text)}`,
      };
    });
  return atomFeed(file, title, drafts, options);
}

/** The statements, in the document's order: who says it (name, role, organisation) and the text. */
export function quotesAtom(quotes: RusQuote[], file: string, title: string, options: FeedOptions): string {
  const drafts = quotes.map((quote) => {
    const who = [quote.name, quote.role, quote.organisation].filter(Boolean).join(', ');
    return {
      id: itemId(options.documentUrl, 'quotes', quote.id),
      xml: `${element('title', who)}<author>${element('name', quote.name)}</author>${link(
        feedLink(quote.url, options.baseUrl),
      )}${element('content', quote.text)}`,
    };
  });
  return atomFeed(file, title, drafts, options);
}
