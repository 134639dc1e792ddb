/**
 * The tag names the data provider is defined under on this page: `rus-data`, and any a host
 * chose for it (classes.js invites "define under your own names"). The provider adds its own
 * name as it is created, so widgets find it by what it is, not by one literal tag.
 */
export const providerTags = new Set(['rus-data']);

/** The nearest enclosing data provider, by any of its names (upgraded or not yet). */
export function closestProvider(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (providerTags.has(node.localName)) return node;
  }
  return null;
}

/**
 * The nearest enclosing custom element that is not defined yet: it may be a provider under
 * a host's own name, whose class has not been registered so far.
 */
export function closestUndefinedElement(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.localName.includes('-') && !customElements.get(node.localName)) return node;
  }
  return null;
}
