import type { Lang } from '../i18n/lang.js';

export interface FeedOptions {
  /** The folder address the feeds are published at, ending in `/`. */
  baseUrl: string;
  /** The data document's own address: part of each event's UID and of each Atom id. */
  documentUrl: string;
  /** The moment of this run (ms), taken by entries that are new or changed since the last run. */
  updated: number;
  /** The language of the feeds' own words (the document's `lang`, else Swedish). */
  lang: Lang;
  /** The files the last run wrote, by file name: unchanged entries keep their revision. */
  previous?: Record<string, string | undefined>;
}

/**
 * A data address made absolute against where the feeds live (a feed has no page to resolve
 * against), kept only when it is http(s): the widgets' link rule.
 */
export function feedLink(url: string | undefined, baseUrl: string): string | undefined {
  if (!url) return undefined;
  try {
    const absolute = new URL(url, baseUrl);
    return /^https?:$/.test(absolute.protocol) ? absolute.href : undefined;
  } catch {
    return undefined;
  }
}
