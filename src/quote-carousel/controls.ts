import { html, nothing, type TemplateResult } from 'lit';
import type { CarouselStrings } from './strings.js';

/** The shadow id of the scrolling track, which the controls name in `aria-controls`. */
export const TRACK_ID = 'track';

const PLAY = 'M8 5v14l11-7z';
const PAUSE = 'M6 5h4v14H6zm8 0h4v14h-4z';
/** Chevrons; the styles mirror them in right-to-left pages, where the next slide lies to the left. */
const PREVIOUS = 'M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z';
const NEXT = 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z';

/** What the control row shows, and what its buttons do. */
export interface ControlsView {
  strings: CarouselStrings;
  /** The heading, at the start of the row. */
  heading: unknown;
  /** `autoplay` is set: the play button is shown. */
  autoplay: boolean;
  playing: boolean;
  loop: boolean;
  /** First statement in view, the highest index possible, how many are in view, how many in all. */
  index: number;
  last: number;
  shown: number;
  count: number;
  togglePlay(): void;
  previous(): void;
  next(): void;
  goTo(index: number): void;
}

/**
 * A button of the control row: an icon, and its name in hidden text. `aria-disabled`
 * rather than `disabled` at either end, so the button keeps its place in the tab order.
 */
function renderButton(part: string, label: string, icon: string, click: () => void, disabled?: boolean) {
  return html`<button
    type="button"
    class="secondary"
    part="control ${part}"
    aria-controls=${TRACK_ID}
    aria-disabled=${disabled ?? nothing}
    @click=${click}
  >
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icon}></path></svg
    ><span class="visually-hidden">${label}</span>
  </button>`;
}

/**
 * The play button (APG "rotation control"), only with `autoplay`, first in tab order: its
 * name says what a press will do ("Stoppa …" while rotating), so it has no `aria-pressed`.
 */
function renderPlayButton(view: ControlsView) {
  const { strings: s, playing } = view;
  return view.autoplay
    ? renderButton('play-button', playing ? s.stop : s.start, playing ? PAUSE : PLAY, view.togglePlay)
    : nothing;
}

/**
 * The pager: a native select that says where you are ("3 av 14", "2–4 av 14" with several
 * in view) and jumps anywhere; one tab stop, where a row of dots would be fourteen.
 */
function renderPager({ strings: s, index, last, shown, count, goTo }: ControlsView) {
  return html`<select
    part="pager"
    aria-label=${s.pager}
    aria-controls=${TRACK_ID}
    @change=${(e: Event) => goTo(Number((e.target as HTMLSelectElement).value))}
  >
    ${Array.from(
      { length: last + 1 },
      (_, k) =>
        html`<option value=${k} .selected=${k === index}>
          ${`${k + 1}${shown > 1 ? `–${k + shown}` : ''} ${s.of} ${count}`}
        </option>`,
    )}
  </select>`;
}

/**
 * The heading (when there is one) and, at the other end of the row, the controls. The
 * callbacks read the carousel's index when clicked: clicks can come faster than renders.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { strings: s, loop, index, last } = view;
  return html`<div class="bar">
    ${view.heading}
    <div class="controls" part="controls">
      ${renderPlayButton(view)}${renderButton('prev-button', s.prev, PREVIOUS, view.previous, !loop && index === 0)}${renderPager(view)}${renderButton('next-button', s.next, NEXT, view.next, !loop && index === last)}
    </div>
  </div>`;
}
