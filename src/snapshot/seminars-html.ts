import type { RusSeminar } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { clampLevel } from '../base/heading-level.js';
import { formatWhen } from '../seminar-list/format-when.js';
import { organisersLine } from '../seminar-list/organisers.js';
import { strings } from '../seminar-list/strings.js';
import { inSeries, splitSeminars } from '../seminar-list/timing.js';
import { element, escapeHtml, headingHtml } from './html.js';
import type { FallbackOptions } from './options.js';

/** One seminar: title, when, marks, description, organisers and its link, as the widget shows them. */
function seminarHtml(x: RusSeminar, isPast: boolean, level: number, lang: Lang, dataLang?: string): string {
  const s = strings[lang];
  const marks = [x.preliminary && s.preliminary, x.extended && s.extended].filter(Boolean).join(' · ');
  const organisers = organisersLine(x, lang, true);
  // The widget's link words, with the title its hidden text adds for screen readers.
  const link = isPast
    ? x.recordingUrl && element('a', { href: x.recordingUrl }, escapeHtml(s.recording + s.recordingOf + x.title))
    : x.url && element('a', { href: x.url }, escapeHtml(s.register + s.registerFor + x.title));
  return element(
    'li',
    {},
    headingHtml(level, escapeHtml(x.title), dataLang) +
      element('p', {}, element('time', { datetime: x.start }, escapeHtml(formatWhen(x, lang, s)))) +
      (marks ? element('p', {}, escapeHtml(marks)) : '') +
      (x.description ? element('p', { lang: dataLang }, escapeHtml(x.description)) : '') +
      (organisers ? element('p', {}, escapeHtml(organisers)) : '') +
      (link ? element('p', {}, link) : ''),
  );
}

/** The seminars as the list shows them at `now`: upcoming, past, or both under their own headings. */
export function seminarsHtml(seminars: RusSeminar[], options: FallbackOptions): string {
  const { lang, max, dataLang } = options;
  const s = strings[lang];
  const level = clampLevel(options.headingLevel);
  const show = options.show ?? 'upcoming';
  const { upcoming, past } = splitSeminars(inSeries(seminars, options.series), options.now);
  const section = (title: string, items: RusSeminar[], isPast: boolean, empty: string) =>
    headingHtml(level, escapeHtml(title)) +
    (items.length
      ? element(
          'ul',
          {},
          items
            .slice(0, max)
            .map((x) => seminarHtml(x, isPast, level + 1, lang, dataLang))
            .join(''),
        )
      : element('p', {}, escapeHtml(empty)));
  return (
    (show === 'past' ? '' : section(options.heading || s.upcoming, upcoming, false, s.noUpcoming)) +
    (show === 'upcoming' ? '' : section((show === 'past' && options.heading) || s.past, past, true, s.noPast))
  );
}
