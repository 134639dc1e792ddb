import { html, nothing } from 'lit';
import type { RusQuote } from '../data/types.js';

// The parts of a statement's figure that vary with the data; the slide template in the
// component holds them (one template per slide renders faster than nested ones).
// Templates are written tight: Lit ships their whitespace as is.

/** "BH" for "Bodil Hansson": shown in place of a missing portrait. */
export const initials = (name: string) => {
  const words = name.trim().split(/\s+/);
  return (words[0][0] + (words[1] ? words.pop()![0] : '')).toUpperCase();
};

/** The statement's paragraphs: the data separates them with blank lines. */
export const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim());

export const renderParagraphs = (text: string) => paragraphs(text).map((p) => html`<p>${p}</p>`);

/** The statements on show: those of `organisation` (case and spaces aside), at most `max`. */
export const selectQuotes = (quotes: RusQuote[], organisation: string | undefined, max: number) => {
  const org = organisation?.trim().toLowerCase();
  return quotes.filter((q) => !org || q.organisation?.trim().toLowerCase() === org).slice(0, max);
};

/** The portrait with fixed dimensions (no layout shift when it loads), or initials, hidden from screen readers as the name follows. */
export const renderPortrait = (q: RusQuote) =>
  q.image
    ? html`<img
        class="portrait"
        part="portrait"
        src=${q.image.src}
        alt=${q.image.alt}
        width="56"
        height="56"
        loading="lazy"
        decoding="async"
      />`
    : html`<span class="portrait" part="portrait initials" aria-hidden="true">${initials(q.name)}</span>`;

/** "Role, Organisation" under the name; the organisation links to `url` when there is one. */
export const renderMeta = (q: RusQuote) =>
  q.role || q.organisation
    ? html`<span class="meta" part="meta"
        >${q.role}${q.role && q.organisation ? ', ' : ''}${q.url && q.organisation ? html`<a href=${q.url}>${q.organisation}</a>` : q.organisation}</span
      >`
    : nothing;
