import { css } from 'lit';

/** Styles of both goal elements. Area colours are themable: `--rus-goal-area-<key>`. */
export const goalStyles = css`
  :host([variant='compact']) {
    --_reserved-height: 4em;
  }

  .wrap {
    container-type: inline-size;
  }

  .grid {
    display: grid;
    gap: var(--rus-goal-badges-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 30em) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(var(--rus-goal-badges-column, 14em), 1fr));
    }
  }

  :host([variant='compact']) .grid {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rus-goal-badges-gap, var(--_space-s));
  }

  .area-folkhalsa { --_area: var(--rus-goal-area-folkhalsa, #a8326e); }
  .area-besoksnaring { --_area: var(--rus-goal-area-besoksnaring, #0c7468); }
  .area-naringsliv { --_area: var(--rus-goal-area-naringsliv, #1d5ea8); }
  .area-kompetens { --_area: var(--rus-goal-area-kompetens, #6f4aa8); }
  .area-infrastruktur { --_area: var(--rus-goal-area-infrastruktur, #8a5300); }
  .area-miljo { --_area: var(--rus-goal-area-miljo, #2e7432); }
  .area-other { --_area: var(--rus-goal-area-other, #5c6670); }

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
    overflow-wrap: break-word;
  }

  .badge > * {
    grid-column: 1 / -1;
    margin: 0;
  }

  .badge > .mark {
    grid-column: 1;
  }

  .badge > .mark + * {
    grid-column: 2;
  }

  p {
    margin: 0;
  }

  .mark {
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_area);
    color: #fff;
  }

  .mark svg {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
  }

  .target strong {
    overflow-wrap: normal;
    font-size: 1.5em;
    line-height: 1.2;
  }

  .meter {
    height: 0.625em;
    margin-block: var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: 1em;
    overflow: hidden;
    background: var(--rus-goal-meter-track, transparent);
  }

  .meter svg {
    display: block;
    width: 100%;
    height: 100%;
  }

  .fill {
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

  :host([variant='compact']) .badge {
    border-width: 1px 1px 1px 0.3em;
    border-color: var(--_border) var(--_border) var(--_border) var(--_area);
    border-radius: 2em;
    padding: var(--_space-xs) var(--_space-m) var(--_space-xs) var(--_space-xs);
  }

  :host([variant='compact']) .badge > * {
    grid-column: 2;
  }

  :host([variant='compact']) .badge > .mark {
    grid-column: 1;
    grid-row: 1 / span 3;
  }

  :host([variant='compact']) .badge > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
  }

  :host([variant='compact']) .target strong {
    font-size: 1em;
  }

  :host([variant='compact']) :is(.figures, .as-of, .left) {
    display: none;
  }

  /* The pill keeps the area for assistive tech; its colour and mark show it. */
  :host([variant='compact']) .area {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .mark {
      border: 1px solid CanvasText;
    }
    .fill {
      fill: Highlight;
    }
  }
`;
