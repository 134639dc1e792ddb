import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { RusDocument, RusQuote } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { renderEmpty } from '../base/state-views.js';
import { heading } from '../base/heading.js';
import { readQuote } from '../data/validate/quote.js';
import { AutoplayController } from './autoplay-controller.js';
import { TrackController } from './track-controller.js';
import { renderControls, TRACK_ID } from './controls.js';
import { renderMeta, renderParagraphs, renderPortrait } from './render-figure.js';
import { selectQuotes } from './quote-texts.js';
import { styles } from './quote-carousel.styles.js';
import { strings, type CarouselStrings } from './strings.js';

/** Detail of `rus-slide-change`. */
export interface RusSlideChangeDetail {
  /** Index of the first statement now shown (0-based, after filtering and `limit`). */
  index: number;
  /** `id` of that statement. */
  id: string;
  /** True when automatic rotation moved the carousel, false when the visitor did. */
  auto: boolean;
}

/**
 * @tagname rus-quote-carousel
 * @summary Statements by people from the region's partners, one (or a few) at a time:
 * a carousel built to the WAI-ARIA Authoring Practices pattern, or a plain list.
 *
 * @fires rus-slide-change - The statement in view changed. `detail`: `index`, `id`, `auto` (true when rotation moved it).
 *
 * @csspart base - The carousel region.
 * @csspart heading - The visible heading (when `heading` is set).
 * @csspart controls - The row of buttons and the pager.
 * @csspart control - Each of the buttons.
 * @csspart play-button - Starts and stops automatic rotation (only with `autoplay`).
 * @csspart prev-button - Shows the previous statement.
 * @csspart next-button - Shows the next statement.
 * @csspart pager - Where you are ("3 av 14"); choose another position to jump there.
 * @csspart slides - The scrolling track that holds the slides.
 * @csspart slide - One statement's slide.
 * @csspart figure - The figure inside a slide.
 * @csspart quote - The statement text (`blockquote`).
 * @csspart caption - Name, role and organisation (`figcaption`).
 * @csspart portrait - The portrait image, or the initials shown instead.
 * @csspart initials - The initials shown when there is no portrait.
 * @csspart name - The person's name.
 * @csspart meta - Role and organisation.
 *
 * @cssprop --rus-quote-carousel-gap - Space between slides shown side by side. Default: `--rus-space-m`.
 * @cssprop --rus-quote-carousel-padding - Padding inside a slide. Default: `--rus-space-l`.
 * @cssprop --rus-quote-carousel-background - Background of a slide. Default: `--rus-color-surface`.
 * @cssprop --rus-quote-carousel-quote-size - Font size of the statement text. Default: 1.125em.
 * @cssprop --rus-quote-carousel-portrait-size - Width and height of the portrait. Default: 3.5em.
 * @cssprop --rus-quote-carousel-min-height - Height reserved while loading, and the slides' least height. Default: 14em.
 */
export class RusQuoteCarousel extends RusWidget {
  static override styles = [...RusWidget.styles, styles];

  static override list = 'quotes' as const;
  static override readers = { quotes: readQuote };

  static override properties: PropertyDeclarations = {
    autoplay: { type: Boolean },
    interval: { type: Number },
    loop: { type: Boolean },
    perView: { attribute: 'per-view', type: Number },
    layout: {},
    shuffle: { type: Boolean },
    organisation: {},
    heading: {},
  };

  /** Rotate automatically. Off when the visitor prefers reduced motion; a visible button stops and starts it. */
  autoplay = false;

  /** Time each statement shows while rotating, in milliseconds. */
  interval = 6000;

  /** After the last statement comes the first again (and before the first, the last). */
  loop = false;

  /** How many statements to show side by side when the widget is wide (two from 40em, all from 60em). */
  perView = 1;

  /** `carousel` (default) or `list`: every statement stacked, no controls. Print always stacks them. */
  layout: 'carousel' | 'list' = 'carousel';

  /** Start at a random statement. */
  shuffle = false;

  /** Show only the statements from this organisation (case does not matter). */
  organisation?: string;

  /** A visible heading above the carousel, at `heading-level`; it also names the carousel. Without it the carousel is named "Uttalanden" / "Statements" for screen readers. */
  heading?: string;

  readonly #rotation = new AutoplayController(this, () => this.#go(this.#index + 1, false));

  readonly #track = new TrackController(this, {
    index: () => this.#index,
    last: () => this.#last,
    stacked: () => this.layout === 'list',
    moveTo: (index) => this.#go(index),
  });

  /** The statements shown: the document's, filtered by `organisation` and cut at `limit`. */
  #items: RusQuote[] = [];
  /** The document `items` came from; a new one starts the carousel over. */
  #document?: RusDocument;
  /** First statement in view. */
  #index = 0;
  /** Highest `index` possible. */
  #last = 0;
  /** How many statements are in view at once. */
  #shown = 1;

  /** Shows the next statement (after the last, the first again only with `loop`). Stops automatic rotation. */
  next(): void {
    this.#go(this.#index + 1);
  }

  /** Shows the previous statement (before the first, the last only with `loop`). Stops automatic rotation. */
  previous(): void {
    this.#go(this.#index - 1);
  }

  /** Shows the statement at `index` (0-based, after `organisation` and `limit`). Stops automatic rotation. */
  goTo(index: number): void {
    this.#go(Math.max(0, Math.min(Math.floor(index), this.#last)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autoplay')) this.#rotation.follow();
    if (changed.has('layout') || changed.has('perView')) this.#track.realign();
    const document = this.readyDocument;
    if (!document) return;
    const items = (this.#items = selectQuotes(document.quotes, this.organisation, this.maxItems));
    const n = items.length;
    if (document !== this.#document) {
      this.#document = document;
      this.#index = this.shuffle && n ? Math.floor(Math.random() * n) : 0;
      this.#track.realign();
    }
    this.#shown = this.layout === 'list' ? n : Math.min(this.#track.slidesThatFit, n);
    this.#last = Math.max(0, n - this.#shown);
    this.#index = Math.min(this.#index, this.#last);
  }

  protected override renderFrame() {
    return this.heading ? heading(this.headingLevel, this.heading, 'heading', 'heading') : nothing;
  }

  /**
   * The tallest statement sets the carousel's height: a statement's text fills about 1,100
   * square em, over the width of one slide (narrower with several in view), plus the caption,
   * padding and the control row.
   */
  protected override estimateHeight(widthEm: number): number {
    if (this.layout === 'list') return Math.min(this.maxItems, 5) * (6 + 500 / widthEm);
    const perView = Math.max(1, Math.floor(this.perView) || 1);
    const inView = widthEm >= 60 ? perView : widthEm >= 40 ? Math.min(perView, 2) : 1;
    return 10.5 + (1100 * inView) / widthEm;
  }

  protected override updated(): void {
    super.updated();
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
    this.renderRoot
      .querySelector<HTMLElement>('.track')
      ?.style.setProperty('--_pv', String(Math.max(1, Math.floor(this.perView) || 1)));
  }

  protected override renderDocument(document: RusDocument) {
    const s = strings[this.uiLang];
    const dataLang = this.dataLang(document);
    const items = this.#items;
    const last = this.#last;
    if (!items.length) return renderEmpty(s.empty);
    const list = this.layout === 'list';
    const head = this.heading ? heading(this.headingLevel, this.heading, 'heading', 'heading') : nothing;
    // The live region (APG): polite, so a visitor's move is announced; off while rotating.
    return html`<section
      class=${list ? 'list' : 'carousel'}
      part="base"
      aria-roledescription=${list ? nothing : s.carousel}
      aria-label=${this.heading ? nothing : s.label}
      aria-labelledby=${this.heading ? 'heading' : nothing}
      @keydown=${this.#onKey}
      @focusin=${this.#onFocus}
      @pointerenter=${() => this.#rotation.set({ hovered: true })}
      @pointerleave=${() => this.#rotation.set({ hovered: false })}
    >
      ${
        list || !last
          ? head
          : renderControls({
              strings: s,
              heading: head,
              autoplay: this.autoplay,
              playing: this.#rotation.playing,
              loop: this.loop,
              index: this.#index,
              last,
              shown: this.#shown,
              count: items.length,
              togglePlay: () => this.#rotation.choose(!this.#rotation.playing),
              previous: () => this.#go(this.#index - 1),
              next: () => this.#go(this.#index + 1),
              goTo: (index) => this.#go(index),
            })
      }
      <div
        class="track"
        id=${TRACK_ID}
        part="slides"
        tabindex="-1"
        role=${list ? 'list' : nothing}
        aria-live=${list ? nothing : this.#rotation.running ? 'off' : 'polite'}
        aria-atomic="false"
      >
        ${items.map((q, k) => this.#renderSlide(q, k, s, list, dataLang))}
      </div>
    </section>`;
  }

  /**
   * A slide: the statement as a figure, the quote then who said it. In the carousel a group
   * named "3 av 14" (the APG pattern; the role sits on a wrapper because axe rejects
   * `figure role=group`), focusable by script so focus can follow a slide change, and
   * `inert` when out of view so Tab never lands in it. In the list layout, a list item.
   */
  #renderSlide(q: RusQuote, k: number, s: CarouselStrings, list: boolean, dataLang?: string) {
    return html`<div
      class="slide"
      part="slide"
      role=${list ? 'listitem' : 'group'}
      aria-roledescription=${list ? nothing : s.slide}
      aria-label=${list ? nothing : `${k + 1} ${s.of} ${this.#items.length}`}
      tabindex=${list ? nothing : -1}
      ?inert=${!list && (k < this.#index || k >= this.#index + this.#shown)}
    >
      <figure part="figure" lang=${dataLang ?? nothing}>
        <blockquote part="quote">${renderParagraphs(q.text)}</blockquote>
        <figcaption part="caption">
          ${renderPortrait(q)}<span><span class="name" part="name">${q.name}</span>${renderMeta(q)}</span>
        </figcaption>
      </figure>
    </div>`;
  }

  /**
   * Shows the statement at `to`. A visitor's move (`user`) stops rotation for good; past
   * either end it wraps with `loop` (rotation always wraps), else nothing happens.
   */
  #go(to: number, user = true): void {
    const last = this.#last;
    if (!last) return;
    if (user) this.#rotation.choose(false);
    if (to < 0 || to > last) {
      if (user && !this.loop) return;
      to = to < 0 ? last : 0;
    }
    if (to === this.#index) return;
    // Focus inside the slide that leaves would be lost to `inert`: it moves to the new slide.
    const focusIn = (this.renderRoot as ShadowRoot).activeElement?.closest('.slide');
    this.#index = to;
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<RusSlideChangeDetail>('rus-slide-change', {
        bubbles: true,
        composed: true,
        detail: { index: to, id: this.#items[to].id, auto: !user },
      }),
    );
    if (focusIn) void this.updateComplete.then(() => this.#slideAt(to)?.focus({ preventScroll: true }));
  }

  /** Arrow keys move the way they point, whichever the page's direction; Home and End go to either end. */
  #onKey(event: KeyboardEvent): void {
    const ahead = this.#track.ahead;
    const to = { ArrowLeft: this.#index - ahead, ArrowRight: this.#index + ahead, Home: 0, End: this.#last }[event.key];
    if (
      to === undefined ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      (event.target as Element).localName === 'select'
    )
      return;
    event.preventDefault();
    this.#go(to);
  }

  /** Keyboard focus entering the carousel stops rotation; only the play button starts it again. */
  #onFocus(event: FocusEvent): void {
    if ((event.target as Element).matches(':focus-visible')) this.#rotation.choose(false);
  }

  #slideAt(index: number): HTMLElement | undefined {
    return this.renderRoot.querySelectorAll<HTMLElement>('.slide')[index];
  }
}

declare global {
  interface HTMLElementEventMap {
    'rus-slide-change': CustomEvent<RusSlideChangeDetail>;
  }
}
