import { css } from 'lit';

/** Pieces every widget uses: buttons, focus ring, the states, visually hidden text. */
export const shared = css`
  /* Texts from the data wrap inside their box, even a 300-character word, and no grid or flex
     item is held wider than its track by one (WCAG 1.4.10 Reflow, 1.4.4 Resize text). */
  :host {
    overflow-wrap: anywhere;
  }

  * {
    min-width: 0;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--rus-color-link, var(--_accent));
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  button {
    font: inherit;
    font-size: var(--_font-size-small);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-height: 2.75em;
    min-width: 2.75em;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  button svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_font-size-large);
    line-height: 1.25;
    margin: 0 0 var(--_space-s);
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  /* Loading and error hold the widget's space; the host can match its real height
     here (--rus-reserved-height) for a load without layout shift. */
  .state.loading,
  .state.error {
    min-height: var(--rus-reserved-height, var(--_reserved-height, 12em));
  }

  .state.error {
    border-style: solid;
    border-color: var(--_danger);
    color: var(--_text);
  }

  .state p {
    margin: 0;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
