import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The carousel as its scrolling track sees it. */
export interface TrackHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the track reads from the carousel, and how it moves it. */
export interface TrackPosition {
  /** First statement in view. */
  index(): number;
  /** Highest index possible. */
  last(): number;
  /** The list layout: nothing scrolls. */
  stacked(): boolean;
  /** A visitor's swipe or drag came to rest on another statement. */
  moveTo(index: number): void;
}

/** The track's own events: scrolling, the mouse drag, and the clicks a drag must not turn into. */
const TRACK_EVENTS = [
  'scroll',
  'scrollend',
  'pointerdown',
  'pointermove',
  'pointerup',
  'pointercancel',
  'dragstart',
  'click',
] as const;

/**
 * The carousel's scrolling track: reads how many slides fit side by side, scrolls to the
 * current statement, follows swipes and trackpad scrolls, and drags with the mouse. It owns
 * its listeners (on the track element, and a ResizeObserver on the host) and removes them
 * when the carousel leaves the page.
 */
export class TrackController implements ReactiveController {
  /** How many slides fit side by side now (read from the layout, which a container query decides). */
  slidesThatFit = 1;
  /** The index the track was last scrolled to; -1: measure and align on the next frame. */
  #alignedIndex = -1;
  /** The index a scroll of ours is heading to (its scroll events are not the visitor's). */
  #scrollTarget?: number;
  #width = 0;
  #drag?: { x: number; left: number; moved?: boolean };
  /** The last mouse press ended a drag: the click that follows it is not a click on a link. */
  #dragEnded = false;
  #listenedTrack?: HTMLElement;
  readonly #resizer = new ResizeObserver(() => this.#measure());

  readonly #host: TrackHost;
  readonly #position: TrackPosition;

  constructor(host: TrackHost, position: TrackPosition) {
    this.#host = host;
    this.#position = position;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resizer.observe(this.#host);
    // A carousel put back into the page listens again at once, not only after its next update.
    this.#listen(this.#track ?? undefined);
  }

  hostDisconnected(): void {
    this.#resizer.disconnect();
    this.#listen(undefined);
  }

  hostUpdated(): void {
    // An update can still finish after the carousel left the page: it must not listen again then.
    this.#listen(this.#host.isConnected ? (this.#track ?? undefined) : undefined);
    // Measuring may change how many fit, which re-renders: on the next frame (still before
    // paint), not inside this update, which would cost a second update at once.
    if (this.#alignedIndex < 0) requestAnimationFrame(() => this.#measure());
    else if (this.#alignedIndex !== this.#position.index()) this.#scrollToCurrent(false);
  }

  /** A new set of slides or a new layout: measure and align again after the next render. */
  realign(): void {
    this.#alignedIndex = -1;
  }

  /**
   * 1 when the next slide lies to the right, -1 when it lies to the left (right-to-left
   * pages). Read from the layout, so any way of setting the direction counts.
   */
  get ahead(): number {
    const [first, second] = this.#slides;
    return second && second.offsetLeft < first.offsetLeft ? -1 : 1;
  }

  /** One listener object for the track's events, moved over when the track element is replaced. */
  handleEvent(event: Event): void {
    if (event.type === 'scroll' || event.type === 'scrollend') this.#onScroll(event);
    else if (event.type === 'pointerdown') this.#onDown(event as PointerEvent);
    else if (event.type === 'pointermove') this.#onMove(event as PointerEvent);
    else if (event.type === 'pointerup' || event.type === 'pointercancel') this.#onUp(event as PointerEvent);
    // A mouse press on a link or portrait would start the browser's own drag of it, cancelling ours.
    else if (event.type === 'dragstart' && this.#drag) event.preventDefault();
    // The click that ends a drag is no click on a link (keyboard clicks, `detail` 0, always are).
    else if (event.type === 'click' && this.#dragEnded && (event as MouseEvent).detail) event.preventDefault();
  }

  #listen(track: HTMLElement | undefined): void {
    if (track === this.#listenedTrack) return;
    for (const type of TRACK_EVENTS) this.#listenedTrack?.removeEventListener(type, this);
    for (const type of TRACK_EVENTS) track?.addEventListener(type, this);
    this.#listenedTrack = track;
  }

  get #track(): HTMLElement | null {
    return this.#host.renderRoot.querySelector('.track');
  }

  get #slides(): HTMLElement[] {
    return [...(this.#track?.children ?? [])] as HTMLElement[];
  }

  /** Reads how many slides fit side by side and aligns the track. */
  #measure(): void {
    const first = this.#slides[0];
    if (!first || this.#position.stacked()) return;
    const width = this.#track!.clientWidth;
    const fit = Math.max(1, Math.round(width / first.offsetWidth));
    if (fit !== this.slidesThatFit) {
      this.slidesThatFit = fit;
      this.#host.requestUpdate();
    }
    // Realign only for a new track or a new width: a height change must not undo a swipe.
    if (this.#alignedIndex < 0 || width !== this.#width) this.#scrollToCurrent(true);
    this.#width = width;
  }

  /**
   * Scrolls the track to the current slide (CSS makes it smooth unless motion is reduced).
   * Offsets from the first slide are negative in right-to-left pages, as is `scrollLeft` there.
   */
  #scrollToCurrent(instant: boolean): void {
    const index = this.#position.index();
    const slides = this.#slides;
    const track = this.#track;
    const slide = slides[index];
    if (!track || !slide) return;
    this.#alignedIndex = index;
    const left = slide.offsetLeft - slides[0].offsetLeft;
    if (Math.abs(track.scrollLeft - left) < 2) return;
    this.#scrollTarget = index;
    track.scrollTo({ left, behavior: instant ? 'instant' : 'auto' });
  }

  /** A swipe or a trackpad scroll that came to rest on another slide moves the carousel. */
  #onScroll(event: Event): void {
    const track = this.#track!;
    const slides = this.#slides;
    const last = this.#position.last();
    if (this.#drag || slides.length < 2) return;
    if (event.type === 'scrollend') this.#scrollTarget = undefined;
    // Both negative in right-to-left pages.
    const step = slides[1].offsetLeft - slides[0].offsetLeft;
    const left = track.scrollLeft;
    const k = Math.abs(left) >= track.scrollWidth - track.clientWidth - 2 ? last : Math.round(left / step);
    if (k !== last && Math.abs(left - k * step) > 2) return; // still moving between slides
    if (this.#scrollTarget !== undefined && k !== this.#scrollTarget) return; // our own scroll on its way
    this.#scrollTarget = undefined;
    this.#alignedIndex = k;
    if (k !== this.#position.index()) this.#position.moveTo(k);
  }

  /** Mouse drag (touch and trackpads scroll natively, snapping to slides). */
  #onDown(event: PointerEvent): void {
    this.#dragEnded = false;
    if (event.pointerType === 'mouse' && !event.button)
      this.#drag = { x: event.clientX, left: this.#track!.scrollLeft };
  }

  #onMove(event: PointerEvent): void {
    const drag = this.#drag;
    const track = this.#track!;
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

  #onUp(event: PointerEvent): void {
    const drag = this.#drag;
    this.#drag = undefined;
    if (!drag?.moved) return;
    this.#dragEnded = true;
    this.#track!.classList.remove('drag');
    const dx = event.clientX - drag.x;
    this.#position.moveTo(this.#position.index() + this.ahead * (dx < -40 ? 1 : dx > 40 ? -1 : 0));
    this.#scrollToCurrent(false);
  }
}
