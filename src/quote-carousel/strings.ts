import type { Lang } from '../i18n/lang.js';

/** Everything `<rus-quote-carousel>` shows or announces, per language. */
export interface CarouselStrings {
  /** `aria-roledescription` of the carousel. */
  carousel: string;
  /** `aria-roledescription` of a slide. */
  slide: string;
  /** Name of the carousel when it has no `heading`. */
  label: string;
  /** "3 av 14": the word between the numbers. */
  of: string;
  prev: string;
  next: string;
  start: string;
  stop: string;
  pager: string;
  empty: string;
}

const sv: CarouselStrings = {
  carousel: 'karusell',
  slide: 'bild',
  label: 'Uttalanden',
  of: 'av',
  prev: 'Föregående uttalande',
  next: 'Nästa uttalande',
  start: 'Starta automatisk visning',
  stop: 'Stoppa automatisk visning',
  pager: 'Gå till uttalande',
  empty: 'Det finns inga uttalanden att visa just nu.',
};

const en: CarouselStrings = {
  carousel: 'carousel',
  slide: 'slide',
  label: 'Statements',
  of: 'of',
  prev: 'Previous statement',
  next: 'Next statement',
  start: 'Start automatic slide show',
  stop: 'Stop automatic slide show',
  pager: 'Go to statement',
  empty: 'There are no statements to show right now.',
};

export const strings: Record<Lang, CarouselStrings> = { sv, en };
