import type { Lang } from '../i18n/lang.js';

/** What a snippet's HTML fallback is drawn for: the same choices as the widget's attributes. */
export interface FallbackOptions {
  /** The interface language of the texts the widget adds (headings, "Arrangörer", …). */
  lang: Lang;
  /** The data's language where it differs from `lang` (see `partLang`): data texts are marked with it. */
  dataLang?: string;
  /** `heading-level`. */
  headingLevel?: number;
  /** `heading`. */
  heading?: string;
  /** `limit` as a count (`Infinity`: all). */
  max: number;
  /** The moment the content is drawn for (seminars upcoming or past, goals' years left). */
  now: number;
  /** `<rus-seminar-list show>`. */
  show?: 'upcoming' | 'past' | 'all';
  /** `<rus-seminar-list series>`. */
  series?: string;
  /** `<rus-quote-carousel organisation>`. */
  organisation?: string;
  /** `<rus-goal-badges area>` and `goals`. */
  area?: string;
  goals?: string;
}
