/**
 * One watcher of the page for every widget: a change of `<html lang>` (a site's language
 * switch without a reload, as Shoelace's localize follows it) or of the visitor's colour
 * scheme re-renders the widgets. The observers exist only while a widget is connected.
 */
const followers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;
let scheme: MediaQueryList | undefined;
const notify = () => followers.forEach((follower) => follower.requestUpdate());

/** The visitor's OS asks for dark. */
export const prefersDark = (): boolean => matchMedia('(prefers-color-scheme: dark)').matches;

/** Re-renders `widget` when the page's language or the visitor's colour scheme changes; call the returned function on disconnect. */
export function followPageChanges(widget: { requestUpdate(): void }): () => void {
  followers.add(widget);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'style', 'class'] });
    scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', notify);
  }
  return () => {
    followers.delete(widget);
    if (followers.size === 0) {
      observer?.disconnect();
      scheme?.removeEventListener('change', notify);
      observer = scheme = undefined;
    }
  };
}

/**
 * The colour scheme the host page declares: `color-scheme` on its root element or in
 * `<meta name="color-scheme">`. `dark` alone: a dark page. Both: the page follows the visitor.
 */
export function pageScheme(): 'light' | 'dark' | 'both' {
  const declared = `${getComputedStyle(document.documentElement).colorScheme} ${
    document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? ''
  }`;
  const dark = /\bdark\b/.test(declared);
  return dark && /\blight\b/.test(declared) ? 'both' : dark ? 'dark' : 'light';
}
