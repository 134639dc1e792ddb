/** Languages the widgets speak. Swedish is the default: the region's own language. */
export type Lang = 'sv' | 'en';

export const DEFAULT_LANG: Lang = 'sv';

/** Maps any BCP 47 tag to a supported language (`en-GB` → `en`, `nb` → `sv`). */
export function toLang(tag: string | null | undefined): Lang {
  return /^en(-|$)/i.test(tag?.trim() ?? '') ? 'en' : DEFAULT_LANG;
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's — crossing shadow
 * roots, so a widget inside another component follows the page — else Swedish.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return toLang(tag);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return DEFAULT_LANG;
}
