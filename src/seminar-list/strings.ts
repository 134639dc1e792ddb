import type { Lang } from '../i18n/lang.js';

/** Every text the seminar list shows or announces. Swedish first: the region's own language. */
export interface SeminarListStrings {
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  showPast: string;
  preliminary: string;
  extended: string;
  organisers: string;
  /** "kl. " before the time ("kl. 09.00–10.00"); empty in English. */
  at: string;
  /** Separator between hours and minutes ("09.00" / "09:00"). */
  timeSep: string;
  register: string;
  registerFor: string;
  recording: string;
  recordingOf: string;
  calendar: string;
  calendarFor: string;
  /** The `webcal:` link to the document's calendar feed. */
  subscribe: string;
  /** The same calendar feed as an https address. */
  calendarFeed: string;
  atomFeed: string;
}

const sv: SeminarListStrings = {
  upcoming: 'Kommande webbseminarier',
  past: 'Tidigare webbseminarier',
  noUpcoming: 'Det finns inga kommande webbseminarier just nu.',
  noPast: 'Det finns inga tidigare webbseminarier.',
  showPast: 'Visa tidigare webbseminarier',
  preliminary: 'Preliminärt tema',
  extended: 'Förlängt seminarium',
  organisers: 'Arrangörer',
  at: 'kl. ',
  timeSep: '.',
  register: 'Anmäl dig',
  registerFor: ' till ',
  recording: 'Se inspelningen',
  recordingOf: ' av ',
  calendar: 'Lägg till i kalendern',
  calendarFor: ': ',
  subscribe: 'Prenumerera på kalendern',
  calendarFeed: 'Kalenderadress (https)',
  atomFeed: 'Atomflöde',
};

const en: SeminarListStrings = {
  upcoming: 'Upcoming web seminars',
  past: 'Past web seminars',
  noUpcoming: 'There are no upcoming web seminars right now.',
  noPast: 'There are no past web seminars.',
  showPast: 'Show past web seminars',
  preliminary: 'Preliminary theme',
  extended: 'Extended session',
  organisers: 'Organisers',
  at: '',
  timeSep: ':',
  register: 'Register',
  registerFor: ' for ',
  recording: 'Watch the recording',
  recordingOf: ' of ',
  calendar: 'Add to calendar',
  calendarFor: ': ',
  subscribe: 'Subscribe to the calendar',
  calendarFeed: 'Calendar address (https)',
  atomFeed: 'Atom feed',
};

export const strings: Record<Lang, SeminarListStrings> = { sv, en };
