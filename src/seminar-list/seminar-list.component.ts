import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { RusDocument, RusSeminar } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { clampLevel, heading } from '../base/heading.js';
import { renderEmpty } from '../base/state-views.js';
import { readSeminar } from '../data/validate/seminar.js';
import { localeOf } from '../format/date.js';
import { warnOnce } from '../shared/define.js';
import { formatWhen } from './format-when.js';
import { seminarIcs } from './ics.js';
import { absoluteUrl, jsonScriptText, seminarEvents } from './json-ld.js';
import { strings, type SeminarListStrings } from './strings.js';
import { styles } from './seminar-list.styles.js';
import { parseNow, splitSeminars } from './timing.js';

/**
 * @tagname rus-seminar-list
 * @summary The "Här och nu" web seminars: upcoming ones with date, theme, organisers, registration
 * and "add to calendar"; past ones with their recordings on request.
 *
 * @csspart heading - The list heading ("Kommande webbseminarier"), and the past seminars' heading.
 * @csspart list - The list of seminars.
 * @csspart item - One seminar.
 * @csspart item-heading - A seminar's title.
 * @csspart when - The seminar's date and time.
 * @csspart mark - The "Preliminärt tema" and "Förlängt seminarium" marks.
 * @csspart description - The seminar's description.
 * @csspart organisers - The organisers line.
 * @csspart actions - The links and the calendar button of a seminar.
 * @csspart register-link - The registration link of an upcoming seminar.
 * @csspart recording-link - The recording link of a past seminar.
 * @csspart calendar-button - The "Add to calendar" button (downloads an `.ics` file).
 * @csspart show-past-button - The empty state's button that shows the past seminars.
 *
 * @cssprop --rus-seminar-list-gap - Space between seminars. Default: `--rus-space-m`.
 * @cssprop --rus-seminar-list-item-padding - Padding inside a seminar. Default: `--rus-space-m`.
 * @cssprop --rus-seminar-list-mark-color - Colour of the marks. Default: the accent colour.
 */
export class RusSeminarList extends RusWidget {
  static override styles = [...RusWidget.styles, styles];

  static override properties: PropertyDeclarations = {
    show: {},
    series: {},
    now: {},
    heading: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** Which seminars to show: `upcoming` (default), `past` (newest first) or `all` (past under their own heading). */
  show: 'upcoming' | 'past' | 'all' = 'upcoming';

  /** Show only the seminars of this series (e.g. `Här och nu`; case does not matter). */
  series?: string;

  /** View the list as of this moment: an ISO date (`2020-10-20`) or date-time. Default: the real current time. */
  now?: string;

  /** The list heading's text. Default: "Kommande webbseminarier" / "Upcoming web seminars" ("Tidigare …" with `show="past"`). */
  heading?: string;

  /** Add schema.org `Event` JSON-LD for the upcoming seminars as a child `<script type="application/ld+json">` of the element, for search engines. */
  structuredData = false;

  /** The visitor asked for the past seminars from the empty state (set with a `requestUpdate`). */
  private pastOpened = false;

  protected readonly list = 'seminars';
  protected readonly readers = { seminars: readSeminar };

  private events: RusSeminar[] = [];
  private ldScript?: HTMLScriptElement;

  protected override render(): unknown {
    this.events = [];
    return super.render();
  }

  protected override renderDocument(document: RusDocument): TemplateResult {
    const lang = this.uiLang;
    const s = strings[lang];
    const now = parseNow(this.now);
    if (this.now && now === undefined) warnOnce(`rus-widgets: <rus-seminar-list> now="${this.now}" is not an ISO date: using the current time`);
    const series = this.series?.trim().toLowerCase();
    const seminars = series ? document.seminars.filter((x) => x.series?.trim().toLowerCase() === series) : document.seminars;
    const { upcoming, past } = splitSeminars(seminars, now ?? Date.now());
    const level = clampLevel(this.headingLevel);
    const show = this.show;
    const max = this.maxItems;
    const shown = upcoming.slice(0, max);
    const withPast = show === 'past' || show === 'all' || this.pastOpened;
    const names = new Intl.ListFormat(localeOf(lang));
    const item = (x: RusSeminar, isPast: boolean) => this.item(x, isPast, level + 1, s, names);
    if (show !== 'past') this.events = shown;

    return html`${show === 'past'
      ? null
      : html`${heading(level, this.heading || s.upcoming)}${shown.length
          ? html`<ul part="list">${shown.map((x) => item(x, false))}</ul>`
          : renderEmpty(
              s.noUpcoming,
              past.length && !withPast
                ? html`<button type="button" class="secondary" part="show-past-button" @click=${this.openPast}>${s.showPast}</button>`
                : null,
            )}`}${withPast
      ? html`${heading(level, (show === 'past' && this.heading) || s.past, 'heading', 'past')}${past.length
          ? html`<ul part="list">${past.slice(0, max).map((x) => item(x, true))}</ul>`
          : renderEmpty(s.noPast)}`
      : null}`;
  }

  private item(x: RusSeminar, isPast: boolean, level: number, s: SeminarListStrings, names: Intl.ListFormat): TemplateResult {
    const lang = this.uiLang;
    const named = (text: string, joiner: string) => html`${text}<span class="visually-hidden">${joiner}${x.title}</span>`;
    const organisers = x.organisers.length ? `${s.organisers}: ${names.format(x.organisers)}` : '';
    return html`<li part="item">${heading(level, x.title, 'item-heading')}<p part="when"><time datetime=${x.start}>${formatWhen(x, lang, s)}</time></p>${x.preliminary || x.extended
      ? html`<p class="marks">${x.preliminary ? html`<span part="mark">${s.preliminary}</span>` : null}${x.extended ? html`<span part="mark">${s.extended}</span>` : null}</p>`
      : null}${x.description ? html`<p part="description">${x.description}</p>` : null}${organisers ? html`<p part="organisers">${organisers}</p>` : null}<div part="actions">${isPast
      ? x.recordingUrl ? html`<a part="recording-link" href=${x.recordingUrl}>${named(s.recording, s.recordingOf)}</a>` : null
      : html`${x.url ? html`<a part="register-link" href=${x.url}>${named(s.register, s.registerFor)}</a>` : null}<button type="button" class="secondary" part="calendar-button" @click=${() => this.download(x, organisers)}>${named(s.calendar, s.calendarFor)}</button>`}</div></li>`;
  }

  /** Makes the seminar's `.ics` file in the browser and hands it to the visitor as a download. */
  private download(x: RusSeminar, organisers: string): void {
    const text = seminarIcs(x, { stamp: Date.now(), notes: [organisers], url: absoluteUrl(x.url) });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    link.download = `${x.id.replace(/[^\w-]+/g, '-')}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  private async openPast(): Promise<void> {
    this.pastOpened = true;
    this.requestUpdate();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('#past');
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }

  protected override updated(): void {
    const json = this.structuredData && this.events.length ? JSON.stringify(seminarEvents(this.events)) : '';
    if (this.ldScript?.textContent === json && this.ldScript.parentNode === this) return;
    this.removeLd();
    if (!json) return;
    try {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = jsonScriptText(json);
      this.append(script);
      this.ldScript = script;
    } catch (error) {
      warnOnce(`rus-widgets: <rus-seminar-list> no structured data: ${String(error)}`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeLd();
  }

  private removeLd(): void {
    this.ldScript?.remove();
    this.ldScript = undefined;
  }
}
