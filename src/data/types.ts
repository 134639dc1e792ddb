/** Types of the rus-widgets data document, version 1 (see README "Data format"). */

/** A link or image address that passed the URL check (http:, https: or relative). */
export type SafeUrl = string;

export interface RusImage {
  src: SafeUrl;
  /** Empty string marks a decorative image. */
  alt: string;
}

export interface RusQuote {
  id: string;
  /** Plain text; a blank line starts a new paragraph. */
  text: string;
  name: string;
  role?: string;
  organisation?: string;
  image?: RusImage;
  url?: SafeUrl;
}

export interface RusSeminar {
  id: string;
  title: string;
  /** The original ISO 8601 string. */
  start: string;
  end?: string;
  /** True when `start` is a date alone (no time of day). */
  allDay: boolean;
  preliminary: boolean;
  extended: boolean;
  series?: string;
  organisers: string[];
  description?: string;
  url?: SafeUrl;
  recordingUrl?: SafeUrl;
}

export interface RusGoal {
  id: string;
  title: string;
  area?: string;
  target?: { value: number; unit?: string; year?: number };
  baseline?: { value: number; year?: number };
  current?: { value: number; date?: string };
  owner?: string;
  description?: string;
  url?: SafeUrl;
}

/** Addresses of the feeds made from the document: an iCalendar file and an Atom feed of the seminars. */
export interface RusFeeds {
  calendar?: SafeUrl;
  atom?: SafeUrl;
}

export interface RusDocument {
  version: number;
  /** Language of the texts in the document, when given. */
  lang?: string;
  /** Subscribable feeds the document names (written by `rus-widgets feeds`), when given. */
  feeds?: RusFeeds;
  quotes: RusQuote[];
  seminars: RusSeminar[];
  goals: RusGoal[];
}

export type RusListName = 'quotes' | 'seminars' | 'goals';

/** One thing wrong with the data; `path` is a JSON path such as `$.seminars[2].start`. */
export interface DataProblem {
  path: string;
  message: string;
  /** `item`: the item was dropped. `field`: only a link or image was dropped. `document`: the whole document is unusable. */
  effect: 'item' | 'field' | 'document';
}
