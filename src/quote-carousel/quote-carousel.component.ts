import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { RusDocument, RusQuote } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { renderEmpty } from '../base/state-views.js';
import { heading } from '../base/heading.js';
import { readQuote } from '../data/validate/quote.js';
import { AutoplayController } from './autoplay-controller.js';
import { renderMeta, renderParagraphs, renderPortrait } from './render-figure.js';
import { styles } from './quote-carousel.styles.js';
import { strings, type CarouselStrings } from './strings.js';

const PLAY = 'M8 5v14l11-7z';
const PAUSE = 'M6 5h4v14H6zm8 0h4v14h-4z';
/** Chevrons; the styles mirror them in right-to-left pages, where the next slide lies to the left. */
const PREV = 'M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z';
const NEXT = 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z';

/**
 * A button of the control row: an icon, and its name in hidden text. `aria-disabled`
 * rather than `disabled` at either end, so the button keeps its place in the tab order.
 */
const renderButton = (part: string, label: string, path: string, click: () => void, disabled?: boolean) =>
  html`<button
    type="button"
    class="secondary"
    part="control ${part}"
    aria-controls="t"
    aria-disabled=${disabled ?? nothing}
    @click=${click}
  >
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg
    ><span class="visually-hidden">${label}</span>
  </button>`;

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

  protected readonly list = 'quotes';
  protected readonly readers = { quotes: readQuote };

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

  private readonly rotation = new AutoplayController(this, () => this.go(this.index + 1, false));

  private readonly resizer = new ResizeObserver(() => this.measure());
  private items: RusQuote[] = [];
  private document?: RusDocument;
  /** First statement in view. */
  private index = 0;
  /** Highest `index` possible. */
  private last = 0;
  /** How many statements are in view at once. */
  private shown = 1;
  /** How many slides fit side by side now (read from the layout). */
  private fit = 1;
  private width = 0;
  /** The index the track was last scrolled to; -1: measure and align on the next frame. */
  private at = -1;
  /** The index a scroll of ours is heading to (its scroll events are not the visitor's). */
  private aim?: number;
  private drag?: { x: number; left: number; moved?: boolean };
  /** The last mouse press ended a drag: the click that follows it is not a click on a link. */
  private dragged = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autoplay')) this.rotation.follow();
    if (changed.has('layout') || changed.has('perView')) this.at = -1;
  }

  protected override updated(): void {
    this.track?.style.setProperty('--_pv', String(Math.max(1, Math.floor(this.perView) || 1)));
    // Measuring may change how many fit, which re-renders: on the next frame (still before
    // paint), not inside this update, which would cost a second update at once.
    if (this.at < 0) requestAnimationFrame(() => this.measure());
    else if (this.at !== this.index) this.show(false);
  }

  protected override renderDocument(document: RusDocument) {
    const s = strings[this.uiLang];
    const dataLang = this.dataLang(document);
    const org = this.organisation?.trim().toLowerCase();
    const items = (this.items = document.quotes
      .filter((q) => !org || q.organisation?.trim().toLowerCase() === org)
      .slice(0, this.maxItems));
    const n = items.length;
    if (!n) return renderEmpty(s.empty);
    if (document !== this.document) {
      this.document = document;
      this.index = this.shuffle ? Math.floor(Math.random() * n) : 0;
      this.at = -1;
    }
    const list = this.layout === 'list';
    const shown = (this.shown = list ? n : Math.min(this.fit, n));
    const last = (this.last = n - shown);
    this.index = Math.min(this.index, last);
    const head = this.heading ? heading(this.headingLevel, this.heading, 'heading', 'h') : nothing;
    // The live region (APG): polite, so a visitor's move is announced; off while rotating.
    return html`<section
      class=${list ? 'list' : 'carousel'}
      part="base"
      aria-roledescription=${list ? nothing : s.carousel}
      aria-label=${this.heading ? nothing : s.label}
      aria-labelledby=${this.heading ? 'h' : nothing}
      @keydown=${this.onKey}
      @focusin=${this.onFocus}
      @pointerenter=${() => this.rotation.set({ hovered: true })}
      @pointerleave=${() => this.rotation.set({ hovered: false })}
    >
      ${list || !last ? head : this.renderControls(s, head)}
      <div
        class="track"
        id="t"
        part="slides"
        tabindex="-1"
        role=${list ? 'list' : nothing}
        aria-live=${list ? nothing : this.rotation.running ? 'off' : 'polite'}
        aria-atomic="false"
        @scroll=${this.onScroll}
        @scrollend=${this.onScroll}
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${this.onUp}
        @dragstart=${this.onDragStart}
        @click=${this.onClick}
      >
        ${items.map((q, k) => this.renderSlide(q, k, s, list, dataLang))}
      </div>
    </section>`;
  }

  /**
   * A slide: the statement as a figure, the quote then who said it. In the carousel a group
   * named "3 av 14" (the APG pattern; the role sits on a wrapper because axe rejects
   * `figure role=group`), focusable by script so focus can follow a slide change, and
   * `inert` when out of view so Tab never lands in it. In the list layout, a list item.
   */
  private renderSlide(q: RusQuote, k: number, s: CarouselStrings, list: boolean, dataLang?: string) {
    return html`<div
      class="slide"
      part="slide"
      role=${list ? 'listitem' : 'group'}
      aria-roledescription=${list ? nothing : s.slide}
      aria-label=${list ? nothing : `${k + 1} ${s.of} ${this.items.length}`}
      tabindex=${list ? nothing : -1}
      ?inert=${!list && (k < this.index || k >= this.index + this.shown)}
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
   * The heading (when there is one) and, at the other end of the row, the controls. Previous
   * and next read `index` when clicked: clicks can come faster than renders.
   */
  private renderControls(s: CarouselStrings, head: unknown) {
    return html`<div class="bar">
      ${head}
      <div class="controls" part="controls">
        ${this.renderPlayButton(s)}${renderButton('prev-button', s.prev, PREV, () => this.go(this.index - 1), !this.loop && this.index === 0)}${this.renderPager(s)}${renderButton('next-button', s.next, NEXT, () => this.go(this.index + 1), !this.loop && this.index === this.last)}
      </div>
    </div>`;
  }

  /**
   * The play button (APG "rotation control"), only with `autoplay`, first in tab order: its
   * name says what a press will do ("Stoppa …" while rotating), so it has no `aria-pressed`.
   */
  private renderPlayButton(s: CarouselStrings) {
    const playing = this.rotation.playing;
    return this.autoplay
      ? renderButton('play-button', playing ? s.stop : s.start, playing ? PAUSE : PLAY, () =>
          this.rotation.choose(!playing),
        )
      : nothing;
  }

  /**
   * The pager: a native select that says where you are ("3 av 14", "2–4 av 14" with several
   * in view) and jumps anywhere; one tab stop, where a row of dots would be fourteen.
   */
  private renderPager(s: CarouselStrings) {
    const { index, shown } = this;
    return html`<select
      part="pager"
      aria-label=${s.pager}
      aria-controls="t"
      @change=${(e: Event) => this.go(Number((e.target as HTMLSelectElement).value))}
    >
      ${Array.from(
        { length: this.last + 1 },
        (_, k) =>
          html`<option value=${k} .selected=${k === index}>
            ${`${k + 1}${shown > 1 ? `–${k + shown}` : ''} ${s.of} ${this.items.length}`}
          </option>`,
      )}
    </select>`;
  }

  /**
   * Shows the statement at `to`. A visitor's move (`user`) stops rotation for good; past
   * either end it wraps with `loop` (rotation always wraps), else nothing happens.
   */
  private go(to: number, user = true): void {
    const last = this.last;
    if (!last) return;
    if (user) this.rotation.choose(false);
    if (to < 0 || to > last) {
      if (user && !this.loop) return;
      to = to < 0 ? last : 0;
    }
    if (to === this.index) return;
    // Focus inside the slide that leaves would be lost to `inert`: it moves to the new slide.
    const focusIn = (this.renderRoot as ShadowRoot).activeElement?.closest('.slide');
    this.index = to;
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<RusSlideChangeDetail>('rus-slide-change', {
        bubbles: true,
        composed: true,
        detail: { index: to, id: this.items[to].id, auto: !user },
      }),
    );
    if (focusIn) void this.updateComplete.then(() => this.slides[to]?.focus({ preventScroll: true }));
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector('.track');
  }

  private get slides(): HTMLElement[] {
    return [...(this.track?.children ?? [])] as HTMLElement[];
  }

  /**
   * 1 when the next slide lies to the right, -1 when it lies to the left (right-to-left
   * pages). Read from the layout, so any way of setting the direction counts.
   */
  private get ahead(): number {
    const [first, second] = this.slides;
    return second && second.offsetLeft < first.offsetLeft ? -1 : 1;
  }

  /** Reads how many slides fit side by side (the container query decides) and aligns the track. */
  private measure(): void {
    const first = this.slides[0];
    if (!first || this.layout === 'list') return;
    const width = this.track!.clientWidth;
    const fit = Math.max(1, Math.round(width / first.offsetWidth));
    if (fit !== this.fit) {
      this.fit = fit;
      this.requestUpdate();
    }
    // Realign only for a new track or a new width: a height change must not undo a swipe.
    if (this.at < 0 || width !== this.width) this.show(true);
    this.width = width;
  }

  /**
   * Scrolls the track to the current slide (CSS makes it smooth unless motion is reduced).
   * Offsets from the first slide are negative in right-to-left pages, as is `scrollLeft` there.
   */
  private show(instant: boolean): void {
    const slides = this.slides;
    const track = this.track;
    const slide = slides[this.index];
    if (!track || !slide) return;
    this.at = this.index;
    const left = slide.offsetLeft - slides[0].offsetLeft;
    if (Math.abs(track.scrollLeft - left) < 2) return;
    this.aim = this.index;
    track.scrollTo({ left, behavior: instant ? 'instant' : 'auto' });
  }

  /** A swipe or a trackpad scroll that came to rest on another slide moves the carousel. */
  private onScroll(event: Event): void {
    const track = this.track!;
    const slides = this.slides;
    if (this.drag || slides.length < 2) return;
    if (event.type === 'scrollend') this.aim = undefined;
    // Both negative in right-to-left pages.
    const step = slides[1].offsetLeft - slides[0].offsetLeft;
    const left = track.scrollLeft;
    const k = Math.abs(left) >= track.scrollWidth - track.clientWidth - 2 ? this.last : Math.round(left / step);
    if (k !== this.last && Math.abs(left - k * step) > 2) return; // still moving between slides
    if (this.aim !== undefined && k !== this.aim) return; // our own scroll on its way
    this.aim = undefined;
    this.at = k;
    if (k !== this.index) this.go(k);
  }

  /** Arrow keys move the way they point, whichever the page's direction; Home and End go to either end. */
  private onKey(event: KeyboardEvent): void {
    const ahead = this.ahead;
    const to = { ArrowLeft: this.index - ahead, ArrowRight: this.index + ahead, Home: 0, End: this.last }[event.key];
    if (
      to === undefined ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      (event.target as Element).localName === 'select'
    )
      return;
    event.preventDefault();
    this.go(to);
  }

  /** Keyboard focus entering the carousel stops rotation; only the play button starts it again. */
  private onFocus(event: FocusEvent): void {
    if ((event.target as Element).matches(':focus-visible')) this.rotation.choose(false);
  }

  /** Mouse drag (touch and trackpads scroll natively, snapping to slides). */
  private onDown(event: PointerEvent): void {
    this.dragged = false;
    if (event.pointerType === 'mouse' && !event.button) this.drag = { x: event.clientX, left: this.track!.scrollLeft };
  }

  private onMove(event: PointerEvent): void {
    const drag = this.drag;
    const track = this.track!;
    if (!drag) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) > 6) {
      drag.moved = true;
      track.setPointerCapture(event.pointerId);
      // `.drag` turns off text selection; a selection begun before the pointer went sideways goes too.
      track.classList.add('drag');
      getSelection()?.removeAllRanges();
    }
    if (drag.moved) track.scrollLeft = drag.left - dx;
  }

  private onUp(event: PointerEvent): void {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag?.moved) return;
    this.dragged = true;
    this.track!.classList.remove('drag');
    const dx = event.clientX - drag.x;
    this.go(this.index + this.ahead * (dx < -40 ? 1 : dx > 40 ? -1 : 0));
    this.show(false);
  }

  /** A mouse press on a link or portrait would start the browser's own drag of it, cancelling ours. */
  private onDragStart(event: DragEvent): void {
    if (this.drag) event.preventDefault();
  }

  /** The click that ends a drag is no click on a link (keyboard clicks, `detail` 0, always are). */
  private onClick(event: MouseEvent): void {
    if (this.dragged && event.detail) event.preventDefault();
  }
}

declare global {
  interface HTMLElementEventMap {
    'rus-slide-change': CustomEvent<RusSlideChangeDetail>;
  }
}
