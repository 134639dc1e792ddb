import { css } from 'lit';

export const styles = css`
  ul {
    list-style: none;
    margin: 0 0 var(--_space-l);
    padding: 0;
    display: grid;
    gap: var(--rus-seminar-list-gap, var(--_space-m));
  }

  li {
    padding: var(--rus-seminar-list-item-padding, var(--_space-m));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  li > * {
    margin: 0 0 var(--_space-s);
  }

  li > :last-child {
    margin-bottom: 0;
  }

  [part~='when'] {
    font-weight: 600;
  }

  [part~='description'] {
    white-space: pre-line;
  }

  [part~='organisers'],
  .marks {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  [part~='mark'] {
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--rus-seminar-list-mark-color, var(--_accent));
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  .state {
    margin-bottom: var(--_space-l);
  }
`;
