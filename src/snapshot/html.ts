import { clampLevel } from '../base/heading-level.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Data text as HTML text: a title holding `<script>` shows those characters, as in the widgets. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]);

/** Attributes from a record; `undefined`, `null` and `false` leave the attribute out, `true` writes it bare. */
export function attributes(values: Record<string, string | number | boolean | undefined | null>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/** `<tag …>inner</tag>`; `inner` is HTML already (build it from `escapeHtml` and these helpers). */
export const element = (tag: string, attrs: Parameters<typeof attributes>[0], inner = ''): string =>
  `<${tag}${attributes(attrs)}>${inner}</${tag}>`;

/** An element without content or end tag, such as `<img>`. */
export const voidElement = (tag: string, attrs: Parameters<typeof attributes>[0]): string =>
  `<${tag}${attributes(attrs)}>`;

/** A heading at `level` (clamped like the widgets' `heading-level`), with `lang` where the text is the data's. */
export const headingHtml = (level: number, inner: string, lang?: string): string =>
  element(`h${clampLevel(level)}`, { lang }, inner);

/** A link when there is an address (the validator has already left out unsafe ones), else the text. */
export const linkHtml = (href: string | undefined, inner: string): string =>
  href ? element('a', { href }, inner) : inner;
