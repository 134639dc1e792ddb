import { css } from 'lit';

export const styles = css`
  :host {
    --_reserved-height: var(--rus-quote-carousel-min-height, 14em);
    --_gap: var(--rus-quote-carousel-gap, var(--_space-m));
    --_n: 1;
  }

  .carousel {
    container-type: inline-size;
  }

  .bar,
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .bar {
    margin-block-end: var(--_space-s);
  }

  .bar > * {
    margin: 0;
  }

  /* At the row's end, whether or not a heading precedes it. */
  .controls {
    margin-inline-start: auto;
  }

  select {
    font: inherit;
    font-size: var(--_font-size-small);
    min-height: 2.75em;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }

  /* Previous and next point the way the slides move: mirrored in right-to-left pages (play is not). */
  [part~='prev-button']:dir(rtl) svg,
  [part~='next-button']:dir(rtl) svg {
    scale: -1 1;
  }

  [aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }

  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: calc((100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
    gap: var(--_gap);
    min-height: var(--_reserved-height);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: none;
  }

  @container (min-width: 40em) {
    .track {
      --_n: min(var(--_pv, 1), 2);
    }
  }

  @container (min-width: 60em) {
    .track {
      --_n: var(--_pv, 1);
    }
  }

  .drag {
    scroll-snap-type: none;
    scroll-behavior: auto;
    cursor: grabbing;
    -webkit-user-select: none; /* Safari */
    user-select: none;
  }

  /* A grid of one: the figure fills the slide, so every card is as tall as the tallest. */
  .slide {
    display: grid;
    scroll-snap-align: start;
  }

  .slide:focus-visible {
    outline-offset: -3px;
  }

  /* The caption follows its quote: on a narrow screen the tallest slide leaves short ones
     with much room, and a name far below its words would read as unrelated. */
  figure {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0;
    padding: var(--rus-quote-carousel-padding, var(--_space-l));
    background: var(--rus-quote-carousel-background, var(--_surface));
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  /* On a wide card the two sit in its middle, so the room the tallest slide keeps reads as
     intended; a narrow one keeps the words at the top, where a phone's screen shows them. */
  @container (min-width: 40em) {
    figure {
      justify-content: center;
    }
  }

  blockquote {
    margin: 0;
    font-size: var(--rus-quote-carousel-quote-size, 1.125em);
  }

  blockquote::before {
    content: '\\201D' / '';
    display: block;
    height: 0.5em;
    font-size: 3em;
    line-height: 1;
    color: var(--_accent);
  }

  p {
    margin: 0 0 var(--_space-s);
  }

  p:last-child {
    margin: 0;
  }

  figcaption {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-size: var(--_font-size-small);
  }

  .name,
  .meta {
    display: block;
  }

  .name {
    font-weight: 700;
  }

  .meta {
    color: var(--_muted);
  }

  /* The portrait lies over the initials, in one grid cell of the portrait's size. */
  .portrait-stack {
    flex: none;
    display: grid;
  }

  .portrait-stack > * {
    grid-area: 1 / 1;
  }

  .portrait[hidden] {
    display: none;
  }

  .portrait {
    flex: none;
    display: grid;
    place-items: center;
    width: var(--rus-quote-carousel-portrait-size, 3.5em);
    height: var(--rus-quote-carousel-portrait-size, 3.5em);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .list .track {
    grid-auto-flow: row;
    grid-auto-columns: 100%;
    overflow: visible;
    min-height: 0;
  }

  @media print {
    .controls {
      display: none;
    }

    .track {
      grid-auto-flow: row;
      grid-auto-columns: 100%;
      overflow: visible;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }

  /* High contrast drops backgrounds: a border keeps each statement a visible box. */
  @media (forced-colors: active) {
    figure {
      border: 1px solid CanvasText;
    }
  }
`;
