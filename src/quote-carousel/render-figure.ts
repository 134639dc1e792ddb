import { html, nothing } from 'lit';
import type { RusQuote } from '../data/types.js';
import { initials, paragraphs } from './quote-texts.js';

// The parts of a statement's figure that vary with the data; the slide template in the
// component holds them (one template per slide renders faster than nested ones).
// Templates are written tight: Lit ships their whitespace as is.

/** One `<p>` per paragraph of the statement. */
export const renderParagraphs = (text: string) => paragraphs(text).map((p) => html`<p>${p}</p>`);

const renderInitials = (q: RusQuote) =>
  html`<span class="portrait" part="portrait initials" aria-hidden="true">${initials(q.name)}</span>`;

/** A portrait that fails to load (404, blocked) steps aside for the initials beneath it; one that loads covers them. */
const onPortrait = (event: Event) => {
  const image = event.target as HTMLImageElement;
  image.hidden = event.type === 'error';
};

/**
 * The portrait over the initials, both of fixed size (nothing moves when a slow image
 * arrives, and a broken one shows the initials as a quote without a portrait does); or the
 * initials alone, hidden from screen readers as the name follows.
 */
export const renderPortrait = (q: RusQuote) =>
  q.image
    ? html`<span class="portrait-stack"
        >${renderInitials(q)}<img
          class="portrait"
          part="portrait"
          src=${q.image.src}
          alt=${q.image.alt}
          width="56"
          height="56"
          loading="lazy"
          decoding="async"
          @error=${onPortrait}
          @load=${onPortrait}
      /></span>`
    : renderInitials(q);

/** "Role, Organisation" under the name, each isolated (`<bdi>`); the organisation links to `url` when there is one. */
export const renderMeta = (q: RusQuote) =>
  q.role || q.organisation
    ? html`<span class="meta" part="meta"
        >${q.role ? html`<bdi>${q.role}</bdi>` : ''}${q.role && q.organisation ? ', ' : ''}${q.organisation ? html`<bdi>${q.url ? html`<a href=${q.url}>${q.organisation}</a>` : q.organisation}</bdi>` : ''}</span
      >`
    : nothing;
