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

/**
 * The `lang` to put on the data's texts: the document's language when it is not the
 * interface language. An English page showing Swedish statements must mark them Swedish,
 * or a screen reader reads them with an English voice (WCAG 2.1, 3.1.2 Language of Parts).
 * `undefined` when the document does not say, or says the interface language.
 */
export function partLang(documentLang: string | undefined, uiLang: Lang): string | undefined {
  const tag = documentLang?.trim();
  return tag && tag.split('-')[0].toLowerCase() !== uiLang ? tag : undefined;
}
