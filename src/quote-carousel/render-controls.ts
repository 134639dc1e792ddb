import { html, nothing, type TemplateResult } from 'lit';
import type { CarouselView } from './view.js';

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
  html`<button type="button" class="secondary" part="control ${part}" aria-controls="t" aria-disabled=${disabled ?? nothing} @click=${click}><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg><span class="visually-hidden">${label}</span></button>`;

/**
 * The play button (APG "rotation control"), first in tab order: its name says what a
 * press will do ("Stoppa …" while rotating), so it has no `aria-pressed`.
 */
export const renderPlayButton = ({ s, playing, toggle }: CarouselView) =>
  playing === undefined ? nothing : renderButton('play-button', playing ? s.stop : s.start, playing ? PAUSE : PLAY, toggle);

/** Past either end it does nothing unless `loop`. */
const atEdge = ({ loop, index, last }: CarouselView, end: boolean) => !loop && index === (end ? last : 0);

export const renderPrevButton = (v: CarouselView) => renderButton('prev-button', v.s.prev, PREV, () => v.step(-1), atEdge(v, false));

export const renderNextButton = (v: CarouselView) => renderButton('next-button', v.s.next, NEXT, () => v.step(1), atEdge(v, true));

/**
 * The pager: a native select that says where you are ("3 av 14", "2–4 av 14" with several
 * in view) and jumps anywhere; one tab stop, where a row of dots would be fourteen.
 */
export const renderPager = ({ s, n, shown, index, last, go }: CarouselView) =>
  html`<select part="pager" aria-label=${s.pager} aria-controls="t" @change=${(e: Event) => go(Number((e.target as HTMLSelectElement).value))}>${Array.from(
    { length: last + 1 },
    (_, k) => html`<option value=${k} .selected=${k === index}>${`${k + 1}${shown > 1 ? `–${k + shown}` : ''} ${s.of} ${n}`}</option>`,
  )}</select>`;

/** The heading (when there is one) and, at the other end of the row, the controls. */
export const renderControls = (v: CarouselView, head: TemplateResult | typeof nothing) =>
  html`<div class="bar">${head}<div class="controls" part="controls">${renderPlayButton(v)}${renderPrevButton(v)}${renderPager(v)}${renderNextButton(v)}</div></div>`;
