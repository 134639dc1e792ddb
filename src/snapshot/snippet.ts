import type { RusDocument, RusListName } from '../data/types.js';
import { partLang, toLang } from '../i18n/lang.js';
import { jsonForScript } from '../shared/json-script.js';
import { attributes } from './html.js';
import type { FallbackOptions } from './options.js';
import { goalsHtml } from './goals-html.js';
import { quotesHtml } from './quotes-html.js';
import { seminarsHtml } from './seminars-html.js';

/** The widgets a snippet can be written for, and the list each shows. */
export const SNIPPET_WIDGETS = {
  'quote-carousel': 'quotes',
  'seminar-list': 'seminars',
  'goal-badges': 'goals',
} as const satisfies Record<string, RusListName>;

export type SnippetWidget = keyof typeof SNIPPET_WIDGETS;

export interface SnippetInput {
  widget: SnippetWidget;
  /** The validated document (unsafe links already left out, broken items dropped). */
  document: RusDocument;
  /** The tag's attributes, as the web editor chose them (`src`, `limit`, `lang`, …). */
  attributes: Record<string, string | boolean | undefined>;
  /** The moment the fallback shows the content as of (default: now). */
  now?: number;
}

/** `limit` as the widgets read it: a count, or `Infinity`. */
function maxOf(limit: string | boolean | undefined): number {
  const value = Number(limit);
  return typeof limit === 'string' && limit !== '' && value >= 0 ? Math.floor(value) : Infinity;
}

const text = (value: string | boolean | undefined) => (typeof value === 'string' && value ? value : undefined);

/** The fallback HTML of one widget: what a visitor without JavaScript reads, styled by the host's CSS. */
export function fallbackHtml({ widget, document, attributes: a, now }: SnippetInput): string {
  const lang = toLang(text(a.lang) ?? document.lang ?? 'sv');
  const options: FallbackOptions = {
    lang,
    dataLang: partLang(document.lang, lang),
    headingLevel: a['heading-level'] === undefined ? undefined : Number(a['heading-level']),
    heading: text(a.heading),
    max: maxOf(a.limit),
    now: now ?? Date.now(),
    show: text(a.show) as FallbackOptions['show'],
    series: text(a.series),
    organisation: text(a.organisation),
    area: text(a.area),
    goals: text(a.goals),
  };
  if (widget === 'quote-carousel') return quotesHtml(document.quotes, options);
  if (widget === 'seminar-list') return seminarsHtml(document.seminars, options);
  return goalsHtml(document.goals, options);
}

/**
 * An item as the data format writes it: without what the validator derives (`allDay`) or
 * fills in (false flags, empty lists), so the snapshot stays as small as the source.
 */
function compact(item: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).filter(
      ([key, value]) =>
        key !== 'allDay' && value !== undefined && value !== false && !(Array.isArray(value) && !value.length),
    ),
  );
}

/**
 * The embed tag with the current content inside it: plain HTML for visitors without
 * JavaScript (and crawlers), and the data as an inline JSON snapshot, so the widget shows
 * at once when it upgrades and then refreshes from `src`.
 */
export function snippetHtml(input: SnippetInput): string {
  const tag = `rus-${input.widget}`;
  const list = SNIPPET_WIDGETS[input.widget];
  const { version, lang } = input.document;
  const snapshot = { version, ...(lang ? { lang } : {}), [list]: input.document[list].map(compact) };
  return [
    `<${tag}${attributes(input.attributes)}>`,
    `  ${fallbackHtml(input)}`,
    `  <script type="application/json">${jsonForScript(snapshot)}</script>`,
    `</${tag}>`,
  ].join('\n');
}
