/**
 * What each widget option is called in the builder, in Swedish and English, with one line
 * of help. The attribute name stays visible beside it (secondary) so an editor can match it
 * to the snippet. Number bounds keep an editor inside the values the widget accepts.
 */
export interface OptionText {
  label: string;
  help: string;
}

export interface OptionInfo {
  sv: OptionText;
  en: OptionText;
  min?: number;
  max?: number;
  step?: number;
  /** Shown only when this other option is on (the interval means nothing without autoplay). */
  requires?: string;
  /** Enum values in words, per language. */
  values?: { sv: Record<string, string>; en: Record<string, string> };
}

export const optionInfo: Record<string, OptionInfo> = {
  autoplay: {
    sv: {
      label: 'Byt uttalande automatiskt',
      help: 'Besökaren kan alltid pausa. Av när besökaren valt minskad rörelse.',
    },
    en: {
      label: 'Rotate automatically',
      help: 'Visitors can always pause. Off when the visitor prefers reduced motion.',
    },
  },
  interval: {
    sv: { label: 'Visningstid per uttalande (millisekunder)', help: 'Hur länge varje uttalande visas, 2 000–60 000.' },
    en: { label: 'Time per statement (milliseconds)', help: 'How long each statement shows, 2,000–60,000.' },
    min: 2000,
    max: 60000,
    step: 500,
    requires: 'autoplay',
  },
  loop: {
    sv: { label: 'Börja om efter sista', help: 'Efter sista uttalandet kommer det första igen.' },
    en: { label: 'Start again after the last', help: 'After the last statement comes the first again.' },
  },
  'per-view': {
    sv: { label: 'Uttalanden sida vid sida', help: 'På breda ytor; på smala skärmar visas ett i taget.' },
    en: { label: 'Statements side by side', help: 'On wide areas; narrow screens show one at a time.' },
    min: 1,
    max: 4,
  },
  layout: {
    sv: { label: 'Visning', help: 'Karusell, eller alla uttalanden under varandra.' },
    en: { label: 'Layout', help: 'Carousel, or every statement stacked.' },
    values: { sv: { carousel: 'Karusell', list: 'Lista' }, en: { carousel: 'Carousel', list: 'List' } },
  },
  shuffle: {
    sv: { label: 'Börja på ett slumpvis uttalande', help: 'Varje besök börjar på ett annat uttalande.' },
    en: { label: 'Start at a random statement', help: 'Each visit starts at a different statement.' },
  },
  organisation: {
    sv: { label: 'Bara från organisation', help: 'T.ex. Sundsvalls kommun. Tomt: alla.' },
    en: { label: 'Only from organisation', help: 'E.g. Sundsvalls kommun. Empty: all.' },
  },
  heading: {
    sv: { label: 'Rubrik', help: 'En synlig rubrik ovanför widgeten. Tomt: widgetens egen.' },
    en: { label: 'Heading', help: "A visible heading above the widget. Empty: the widget's own." },
  },
  'heading-level': {
    sv: {
      label: 'Rubriknivå',
      help: 'Välj nivån som passar sidans rubriker (1–6); posternas rubriker blir en nivå lägre.',
    },
    en: { label: 'Heading level', help: "Match your page's headings (1–6); item headings go one level below." },
    min: 1,
    max: 6,
  },
  limit: {
    sv: { label: 'Högst antal', help: 'Visa högst så här många. Tomt: alla.' },
    en: { label: 'At most', help: 'Show at most this many. Empty: all.' },
    min: 1,
    max: 100,
  },
  show: {
    sv: { label: 'Vilka seminarier', help: 'Kommande, tidigare (med inspelning) eller alla.' },
    en: { label: 'Which seminars', help: 'Upcoming, past (with recording) or all.' },
    values: {
      sv: { upcoming: 'Kommande', past: 'Tidigare', all: 'Alla' },
      en: { upcoming: 'Upcoming', past: 'Past', all: 'All' },
    },
  },
  series: {
    sv: { label: 'Bara serien', help: 'T.ex. Här och nu. Tomt: alla.' },
    en: { label: 'Only the series', help: 'E.g. Här och nu. Empty: all.' },
  },
  now: {
    sv: { label: 'Visa som på datumet', help: 'Ett datum som 2020-10-20. Tomt: dagens datum (det vanliga).' },
    en: { label: 'View as of date', help: 'A date such as 2020-10-20. Empty: today (the usual).' },
  },
  'structured-data': {
    sv: {
      label: 'Strukturerad data för sökmotorer',
      help: 'Lägger till schema.org-evenemang för kommande seminarier.',
    },
    en: { label: 'Structured data for search engines', help: 'Adds schema.org events for the upcoming seminars.' },
  },
  area: {
    sv: { label: 'Bara område', help: 'T.ex. näringsliv. Tomt: alla.' },
    en: { label: 'Only area', help: 'E.g. näringsliv. Empty: all.' },
  },
  goals: {
    sv: { label: 'Bara dessa mål', help: 'Målens id, åtskilda med mellanslag, i den ordningen.' },
    en: { label: 'Only these goals', help: "The goals' ids, separated by spaces, in that order." },
  },
  goal: {
    sv: { label: 'Mål (id)', help: 'Id för målet som ska visas, t.ex. sundsvall-jobb.' },
    en: { label: 'Goal (id)', help: 'The id of the goal to show, e.g. sundsvall-jobb.' },
  },
  variant: {
    sv: { label: 'Utseende', help: 'Kort, eller kompakt för sidospalter.' },
    en: { label: 'Variant', help: 'Card, or compact for sidebars.' },
    values: { sv: { card: 'Kort', compact: 'Kompakt' }, en: { card: 'Card', compact: 'Compact' } },
  },
};
