import { html, nothing } from 'lit';
import type { RusQuote } from '../data/types.js';
import type { CarouselView } from './view.js';

/** "BH" for "Bodil Hansson": shown in place of a missing portrait. */
export const initials = (name: string) => {
  const words = name.trim().split(/\s+/);
  return (words[0][0] + (words[1] ? words.pop()![0] : '')).toUpperCase();
};

// Templates are written tight: Lit ships their whitespace as is.

/** The statement's paragraphs: the data separates them with blank lines. */
const renderParagraphs = (text: string) => text.split(/\n\s*\n/).map((p) => html`<p>${p.trim()}</p>`);

/** The portrait with fixed dimensions (no layout shift when it loads), or initials, hidden from screen readers as the name follows. */
const renderPortrait = (q: RusQuote) =>
  q.image
    ? html`<img class="portrait" part="portrait" src=${q.image.src} alt=${q.image.alt} width="56" height="56" loading="lazy" decoding="async">`
    : html`<span class="portrait" part="portrait initials" aria-hidden="true">${initials(q.name)}</span>`;

/** "Role, Organisation" under the name; the organisation links to `url` when there is one. */
const renderMeta = (q: RusQuote) =>
  q.role || q.organisation
    ? html`<span class="meta" part="meta">${q.role}${q.role && q.organisation ? ', ' : ''}${q.url && q.organisation ? html`<a href=${q.url}>${q.organisation}</a>` : q.organisation}</span>`
    : nothing;

/**
 * A slide: the statement as a `figure` (`blockquote` and `figcaption`). In the carousel a
 * group named "3 av 14" (the APG pattern; the role sits on a wrapper because axe rejects
 * `figure role=group`), focusable by script so focus can follow a slide change, and `inert`
 * when out of view so Tab never lands in it. In the list layout, a list item.
 */
export const renderSlide = (q: RusQuote, k: number, { s, list, n, shown, index }: CarouselView) =>
  html`<div class="slide" part="slide" role=${list ? 'listitem' : 'group'} aria-roledescription=${list ? nothing : s.slide} aria-label=${list ? nothing : `${k + 1} ${s.of} ${n}`} tabindex=${list ? nothing : -1} ?inert=${!list && (k < index || k >= index + shown)}><figure part="figure"><blockquote part="quote">${renderParagraphs(q.text)}</blockquote><figcaption part="caption">${renderPortrait(q)}<span><span class="name" part="name">${q.name}</span>${renderMeta(q)}</span></figcaption></figure></div>`;
