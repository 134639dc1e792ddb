import type { RusQuote } from '../data/types.js';
import { paragraphs, selectQuotes } from '../quote-carousel/quote-texts.js';
import { strings } from '../quote-carousel/strings.js';
import { element, escapeHtml, headingHtml, linkHtml, voidElement } from './html.js';
import type { FallbackOptions } from './options.js';

/** Who said it: "Name, role, organisation", the organisation linked as in the widget. */
function captionHtml(q: RusQuote): string {
  const meta = [
    q.role && element('bdi', {}, escapeHtml(q.role)),
    q.organisation && element('bdi', {}, linkHtml(q.url, escapeHtml(q.organisation))),
  ];
  return [element('strong', {}, escapeHtml(q.name)), ...meta.filter(Boolean)].join(', ');
}

function figureHtml(q: RusQuote, dataLang?: string): string {
  const portrait = q.image
    ? voidElement('img', { src: q.image.src, alt: q.image.alt, width: 56, height: 56, loading: 'lazy' })
    : '';
  const quote = paragraphs(q.text)
    .map((p) => element('p', {}, escapeHtml(p)))
    .join('');
  return element(
    'figure',
    { lang: dataLang },
    element('blockquote', {}, quote) + element('figcaption', {}, portrait + captionHtml(q)),
  );
}

/** The statements as the carousel's list layout shows them: a list of figures, with the heading if any. */
export function quotesHtml(quotes: RusQuote[], options: FallbackOptions): string {
  const shown = selectQuotes(quotes, options.organisation, options.max);
  const head = options.heading ? headingHtml(options.headingLevel ?? 2, escapeHtml(options.heading)) : '';
  if (!shown.length) return head + element('p', {}, escapeHtml(strings[options.lang].empty));
  const items = shown.map((q) => element('li', {}, figureHtml(q, options.dataLang))).join('');
  return head + element('ul', {}, items);
}
