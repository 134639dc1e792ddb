import type { RusDocument } from '../../src/data/types.js';
import { SNIPPET_WIDGETS, snippetHtml, type SnippetWidget } from '../../src/snapshot/index.js';

/** What the editor chose; the snippet and the live preview are both made from it. */
export interface EmbedChoice {
  tag: string;
  src: string;
  lang: 'sv' | 'en';
  /** '' (no attribute: the host page's look), 'light', 'dark' or 'auto' (follow the visitor). */
  scheme: string;
  /** Address of a partner theme stylesheet, or ''. */
  themeHref: string;
  /** 'module' (ES module) or 'classic' (one-file script for CMSes that allow only <script src>). */
  build: 'module' | 'classic';
  /** Library folder URL, ending in '/'. */
  libraryBase: string;
  /** Other attributes: name → value ('' for a boolean that is on). Unset options are left out. */
  attributes: Record<string, string>;
  /** Put the current content inside the tag as HTML and a JSON snapshot (HTML first). */
  snapshot: boolean;
}

/** The widgets a snapshot snippet can be written for (not the single goal badge). */
export const snapshotWidget = (tag: string): SnippetWidget | undefined =>
  Object.hasOwn(SNIPPET_WIDGETS, tag.slice(4)) ? (tag.slice(4) as SnippetWidget) : undefined;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's attributes in snippet order: data, language, scheme, then the options. */
export function elementAttributes(choice: EmbedChoice): [string, string][] {
  const attributes: [string, string][] = [['src', choice.src]];
  if (choice.lang !== 'sv') attributes.push(['lang', choice.lang]);
  if (choice.scheme) attributes.push(['theme', choice.scheme]);
  for (const [name, value] of Object.entries(choice.attributes)) attributes.push([name, value]);
  return attributes;
}

/** The HTML an editor pastes: the theme link (if any), the script, and the element. */
export function buildSnippet(choice: EmbedChoice, document?: RusDocument): string {
  const lines: string[] = [];
  if (choice.themeHref) lines.push(`<link rel="stylesheet" href="${escapeAttribute(choice.themeHref)}">`);
  lines.push(
    choice.build === 'classic'
      ? `<script src="${escapeAttribute(choice.libraryBase)}rus-widgets.iife.js" defer></script>`
      : `<script type="module" src="${escapeAttribute(choice.libraryBase)}rus-widgets.js"></script>`,
  );
  const attributes = elementAttributes(choice)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const widget = snapshotWidget(choice.tag);
  if (choice.snapshot && widget && document) {
    // The same writer as `rus-widgets snippet`: content for visitors without JavaScript, shown at once with it.
    const named = Object.fromEntries(elementAttributes(choice).map(([name, value]) => [name, value === '' || value]));
    lines.push(snippetHtml({ widget, document, attributes: named }));
  } else {
    lines.push(`<${choice.tag}${attributes}></${choice.tag}>`);
  }
  return lines.join('\n');
}

/** The README's reserve-space line for one element: holds its place before the script has run. */
export function reserveCss(tag: string): string {
  return `${tag}:not(:defined) { display: block; min-height: var(--rus-reserved-height, 12em); }`;
}
