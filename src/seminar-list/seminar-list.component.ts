import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { RusDocument, RusSeminar } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { clampLevel, heading } from '../base/heading.js';
import { renderEmpty } from '../base/state-views.js';
import { readSeminar } from '../data/validate/seminar.js';
import type { Lang } from '../i18n/lang.js';
import { formatWhen } from './format-when.js';
import { absoluteUrl } from './absolute-url.js';
import { JsonLdController } from './json-ld-controller.js';
import { seminarEvents } from './json-ld.js';
import { withIcsWriter } from './on-demand.js';
import { strings } from './strings.js';
import { styles } from './seminar-list.styles.js';
import { inSeries, splitSeminars } from './timing.js';
import { viewedAt } from '../shared/now.js';
import { closestProvider } from '../data/provider-tags.js';
import { organisersLine } from './organisers.js';
import { feedLinks } from './feed-links.js';

// Helpers are module functions rather than private methods: the minifier shortens their
// names, not a class's.

/** The address the data came from: the widget's `src`, its provider's, or (inline data) the page's. */
function documentAddress(list: RusSeminarList): string {
  const src = list.src ?? closestProvider(list)?.getAttribute('src') ?? undefined;
  return absoluteUrl(src) ?? location.href.replace(/#.*/, '');
}

/** Link or button words, with the seminar's title after them for assistive technology ("Anmäl dig[ till Smarta samhällen]"). */
function named(words: string, joiner: string, x: RusSeminar): TemplateResult {
  return html`${words}<span class="visually-hidden">${joiner + x.title}</span>`;
}

/**
 * Makes a seminar's `.ics` file in the browser and hands it to the visitor as a download. The
 * writer loads on the first press (see on-demand.ts): few visitors press it.
 */
function downloadIcs(x: RusSeminar, lang: Lang, documentUrl: string): void {
  withIcsWriter(({ seminarIcs }) => {
    const notes = [organisersLine(x, lang)];
    const text = seminarIcs(x, { stamp: Date.now(), notes, url: absoluteUrl(x.url), documentUrl });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    link.download = `${x.id.replace(/[^\w-]+/g, '-')}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  });
}

/**
 * One seminar. A long list feels every nested template, so only what a seminar may lack is
 * one; the Intl formatters behind the date and organisers are made once, not per seminar.
 */
interface ItemContext {
  level: number;
  lang: Lang;
  dataLang?: string;
  /** Where the data came from: part of each calendar file's UID. */
  documentUrl: string;
}

function seminarItem(
  x: RusSeminar,
  isPast: boolean,
  { level, lang, dataLang, documentUrl }: ItemContext,
): TemplateResult {
  const s = strings[lang];
  const organisers = organisersLine(x, lang, true);
  return html`<li part="item">
    ${heading(level, x.title, 'item-heading', undefined, dataLang)}
    <p part="when"><time datetime=${x.start}>${formatWhen(x, lang, s)}</time></p>
    ${
      x.preliminary || x.extended
        ? html`<p class="marks">
            ${x.preliminary ? html`<span part="mark">${s.preliminary}</span>` : null}${x.extended ? html`<span part="mark">${s.extended}</span>` : null}
          </p>`
        : null
    }${x.description ? html`<p part="description" lang=${dataLang ?? nothing}>${x.description}</p>` : null}${organisers ? html`<p part="organisers">${organisers}</p>` : null}
    <div part="actions">
      ${
        isPast
          ? x.recordingUrl &&
            html`<a part="recording-link" href=${x.recordingUrl}>${named(s.recording, s.recordingOf, x)}</a>`
          : html`${x.url && html`<a part="register-link" href=${x.url}>${named(s.register, s.registerFor, x)}</a>`}<button
                type="button"
                class="secondary"
                part="calendar-button"
                @click=${() => downloadIcs(x, lang, documentUrl)}
              >
                ${named(s.calendar, s.calendarFor, x)}
              </button>`
      }
    </div>
  </li>`;
}

/**
 * @tagname rus-seminar-list
 * @summary The "Här och nu" web seminars: upcoming ones with date, theme, organisers, registration
 * and "add to calendar"; past ones with their recordings on request.
 *
 * With `structured-data` under enforced Trusted Types, the JSON-LD goes through a policy named
 * `rus-widgets-json-ld` (it passes only valid JSON): a host whose `trusted-types` directive lists
 * policy names adds it, else the list shows without structured data and warns once.
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
 * @csspart feeds - The subscription links, shown when the document names its feeds (`feeds` in the data).
 * @csspart feed-link - Each of them: "Prenumerera på kalendern" (`webcal:`), the calendar's https address, the Atom feed.
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

  /** Add schema.org `Event` JSON-LD for the upcoming seminars as a child `<script type="application/ld+json">` of the element, for search engines (see the Trusted Types note above). */
  structuredData = false;

  /** The visitor asked for the past seminars from the empty state (set with a `requestUpdate`). */
  #pastOpened = false;

  static override list = 'seminars' as const;
  static override readers = { seminars: readSeminar };

  /** What the list shows, derived from the document, the time and the attributes (none while loading or in error). */
  #view?: { upcoming: RusSeminar[]; past: RusSeminar[]; withPast: boolean };

  constructor() {
    super();
    // schema.org Events for the upcoming seminars on show, with `structured-data`.
    this.addController(
      new JsonLdController(this, () =>
        this.structuredData && this.#view?.upcoming.length ? seminarEvents(this.#view.upcoming) : undefined,
      ),
    );
  }

  protected override willUpdate(): void {
    const document = this.readyDocument;
    if (!document) {
      this.#view = undefined;
      return;
    }
    const { upcoming, past } = splitSeminars(
      inSeries(document.seminars, this.series),
      viewedAt(this.now, this.localName),
    );
    const show = this.show;
    this.#view = {
      upcoming: show === 'past' ? [] : upcoming.slice(0, this.maxItems),
      past: past.slice(0, this.maxItems),
      withPast: show === 'past' || show === 'all' || this.#pastOpened,
    };
  }

  /** The list's heading shows while the seminars load: the attributes already say it. */
  protected override renderFrame(): TemplateResult {
    const s = strings[this.uiLang];
    const past = this.show === 'past';
    return heading(clampLevel(this.headingLevel), this.heading || (past ? s.past : s.upcoming));
  }

  /** About three seminars (fewer with `limit`), each taller when narrow lines wrap more. */
  protected override estimateHeight(widthEm: number): number {
    return Math.min(this.maxItems, 3) * (widthEm < 30 ? 12.6 : 11.1);
  }

  protected override renderDocument(document: RusDocument): TemplateResult {
    const lang = this.uiLang;
    const s = strings[lang];
    const { upcoming, past, withPast } = this.#view!;
    const level = clampLevel(this.headingLevel);
    const show = this.show;
    const context = { level: level + 1, lang, dataLang: this.dataLang(document), documentUrl: documentAddress(this) };
    const list = (seminars: RusSeminar[], isPast: boolean) =>
      html`<ul part="list">
        ${seminars.map((x) => seminarItem(x, isPast, context))}
      </ul>`;

    return html`${
      show === 'past'
        ? null
        : html`${heading(level, this.heading || s.upcoming)}${
            upcoming.length
              ? list(upcoming, false)
              : renderEmpty(
                  s.noUpcoming,
                  past.length && !withPast
                    ? html`<button type="button" class="secondary" part="show-past-button" @click=${this.#openPast}>
                        ${s.showPast}
                      </button>`
                    : null,
                )
          }`
    }${
      withPast
        ? html`${heading(level, (show === 'past' && this.heading) || s.past, 'heading', 'past')}${
            past.length ? list(past, true) : renderEmpty(s.noPast)
          }`
        : null
    }${feedLinks(document.feeds, s)}`;
  }

  /** The empty state's button: shows the past seminars and moves focus to their heading. */
  async #openPast(): Promise<void> {
    this.#pastOpened = true;
    this.requestUpdate();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('#past');
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }
}
