import { css } from 'lit';

/**
 * Styles of both goal elements. Area colours are themable: `--rus-goal-area-<key>`.
 * Card: the mark beside the title, the rest full width below; the figure's number never
 * breaks (its group separators are no-break spaces). Compact: a pill with the mark at the start, without the figures' text and years left.
 */
export const goalStyles = css`
  .wrap {
    container-type: inline-size;
  }

  ul {
    display: grid;
    gap: var(--rus-goal-badges-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 30em) {
    ul {
      grid-template-columns: repeat(auto-fill, minmax(var(--rus-goal-badges-column, 14em), 1fr));
    }
  }

  .area-folkhalsa {
    --_area: var(--rus-goal-area-folkhalsa, #a8326e);
  }
  .area-besoksnaring {
    --_area: var(--rus-goal-area-besoksnaring, #0c7468);
  }
  .area-naringsliv {
    --_area: var(--rus-goal-area-naringsliv, #1d5ea8);
  }
  .area-kompetens {
    --_area: var(--rus-goal-area-kompetens, #6f4aa8);
  }
  .area-infrastruktur {
    --_area: var(--rus-goal-area-infrastruktur, #8a5300);
  }
  .area-miljo {
    --_area: var(--rus-goal-area-miljo, #2e7432);
  }
  .area-other {
    --_area: var(--rus-goal-area-other, #5c6670);
  }

  .badge {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    height: 100%;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-top: 0.3em solid var(--_area);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  .badge > * {
    grid-column: 1 / -1;
  }

  .badge > .mark + *,
  :host([variant='compact']) .badge > * {
    grid-column: 2;
  }

  .badge > *,
  p {
    margin: 0;
  }

  .mark {
    grid-column: 1;
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_area);
    color: #fff;
  }

  .mark svg {
    width: 1.2em;
    fill: currentColor;
  }

  /* The figure's number stays on one line; a long unit from the data may wrap. */
  .number {
    overflow-wrap: normal;
  }

  strong {
    font-size: 1.5em;
    line-height: 1.2;
  }

  .meter {
    position: relative;
    height: 0.625em;
    min-width: 6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    overflow: hidden;
    background: var(--rus-goal-meter-track, transparent);
  }

  /* Out of the flow: a 100:1 viewBox would otherwise ask for 100 times its height in width. */
  .meter svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }

  rect {
    fill: var(--rus-goal-meter-color, var(--_area));
  }

  .as-of,
  .meta {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }

  .area::first-letter {
    text-transform: uppercase;
  }

  :host([variant='compact']) {
    --_reserved-height: 4em;
  }

  :host([variant='compact']) ul {
    display: flex;
    flex-wrap: wrap;
  }

  /* A pill is as wide as its text, also when it stands alone (<rus-goal-badge>). */
  :host([variant='compact']) .badge {
    width: fit-content;
    max-width: 100%;
    border-width: 1px 1px 1px 0.3em;
    border-color: var(--_border) var(--_border) var(--_border) var(--_area);
    border-radius: 1.5em;
    padding: var(--_space-xs) var(--_space-m) var(--_space-xs) var(--_space-xs);
  }

  :host([variant='compact']) .badge > .mark {
    grid-column: 1;
    grid-row: 1 / span 4;
  }

  :host([variant='compact']) :is(h1, h2, h3, h4, h5, h6, strong) {
    font-size: 1em;
  }

  :host([variant='compact']) :is(.figures, .as-of, .left) {
    display: none;
  }

  :host([variant='compact']) .area {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }

  @media (forced-colors: active) {
    .badge,
    .mark {
      border: 1px solid CanvasText;
    }
    rect {
      fill: Highlight;
    }
  }
`;
