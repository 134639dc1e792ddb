import { css } from 'lit';

/**
 * The shared token layer. Every widget reads these `--rus-*` properties; its own
 * properties fall back to them. Defaults inherit the host page's font and text colour,
 * so an untouched widget looks at home. Sizes are in `em` from `:host`, so a host page
 * with `html { font-size: 62.5% }` cannot shrink the layout.
 */
export const tokens = css`
  :host {
    --_text: var(--rus-color-text, currentColor);
    --_muted: var(--rus-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_accent: var(--rus-color-accent, #0b5a8a);
    --_on-accent: var(--rus-color-on-accent, #ffffff);
    --_surface: var(--rus-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--rus-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_focus: var(--rus-color-focus, #d4351c);
    --_danger: var(--rus-color-danger, #b3261e);
    --_font: var(--rus-font-family, inherit);
    --_font-size: var(--rus-font-size, 1em);
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
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
  }

  :host([theme='dark']) {
    --_accent: var(--rus-color-accent, #8cc7f0);
    --_on-accent: var(--rus-color-on-accent, #0c1a24);
    --_focus: var(--rus-color-focus, #ffbf47);
    --_danger: var(--rus-color-danger, #ffb4ab);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--rus-color-accent, #8cc7f0);
      --_on-accent: var(--rus-color-on-accent, #0c1a24);
      --_focus: var(--rus-color-focus, #ffbf47);
      --_danger: var(--rus-color-danger, #ffb4ab);
    }
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
