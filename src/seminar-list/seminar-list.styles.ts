import { css } from 'lit';

export const styles = css`
  ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--rus-seminar-list-gap, var(--_space-m));
  }

  ul,
  .state {
    margin: 0 0 var(--_space-l);
  }

  li {
    padding: var(--rus-seminar-list-item-padding, var(--_space-m));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  li > * {
    margin: 0;
  }

  li > * + * {
    margin-top: var(--_space-s);
  }

  time {
    font-weight: 600;
  }

  [part='description'] {
    white-space: pre-line;
  }

  [part='organisers'],
  .marks {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .marks,
  [part='actions'],
  [part='feeds'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  [part='mark'] {
    padding: 0 var(--_space-s);
    border: 1px solid;
    border-radius: var(--_radius);
    color: var(--rus-seminar-list-mark-color, var(--_accent));
  }
`;
