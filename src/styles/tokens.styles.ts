import { css } from 'lit';

/**
 * The shared token layer. Every widget reads these `--rus-*` properties; its own
 * properties fall back to them. Defaults inherit the host page's font and text colour,
 * so an untouched widget looks at home. Sizes are in `em` from `:host`, so a host page
 * with `html { font-size: 62.5% }` cannot shrink the layout.
 *
 * Dark: the widget looks like its host page: light, unless the page declares
 * `color-scheme: dark` (or `light dark`: then it follows `prefers-color-scheme`, as
 * `theme="auto"` does); `theme="light|dark"` or the class `rus-theme-light` /
 * `rus-theme-dark` on the element decide outright. In dark it
 * draws its own background and text colour, because a page that is light whatever the
 * visitor prefers would otherwise put light accents on white.
 */
const light = css`
  --_text: var(--rus-color-text, currentColor);
  --_bg: var(--rus-color-background, transparent);
  --_accent: var(--rus-color-accent, #0b5a8a);
  --_on-accent: var(--rus-color-on-accent, #ffffff);
  --_focus: var(--rus-color-focus, #b3261e);
  --_danger: var(--rus-color-danger, #b3261e);
`;

const dark = css`
  --_text: var(--rus-color-text, #eef1f3);
  --_bg: var(--rus-color-background, #161b1f);
  --_accent: var(--rus-color-accent, #8cc7f0);
  --_on-accent: var(--rus-color-on-accent, #0c1a24);
  --_focus: var(--rus-color-focus, #ffbf47);
  --_danger: var(--rus-color-danger, #ffb4ab);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    ${light}
    --_muted: var(--rus-color-muted, color-mix(in srgb, var(--_text) 80%, transparent));
    --_surface: var(--rus-color-surface, color-mix(in srgb, var(--_text) 5%, transparent));
    --_border: var(--rus-color-border, color-mix(in srgb, var(--_text) 35%, transparent));
    --_font-size-small: var(--rus-font-size-small, 0.875em);
    --_font-size-large: var(--rus-font-size-large, 1.25em);
    --_space-xs: var(--rus-space-xs, 0.25em);
    --_space-s: var(--rus-space-s, 0.5em);
    --_space-m: var(--rus-space-m, 1em);
    --_space-l: var(--rus-space-l, 1.5em);
    --_radius: var(--rus-radius, 0.375em);
    --_shadow: var(--rus-shadow, none);

    display: block;
    box-sizing: border-box;
    font-family: var(--rus-font-family, inherit);
    font-size: var(--rus-font-size, 1em);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.5;
  }

  :host([theme='dark']),
  :host(.rus-theme-dark) {
    ${dark}
  }

  /* Set by the widget from its theme and the host page's declared colour scheme; a rule of its
     own, so a browser without custom states drops only this one. */
  :host(:state(dark)) {
    ${dark}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
