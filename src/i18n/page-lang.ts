/**
 * One watcher of `<html lang>` for every widget on the page: a site's language switch
 * without a reload re-renders the widgets that inherit their language (as Shoelace's
 * localize does). The observer exists only while a widget is connected.
 */
const followers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Re-renders `widget` when the page's language changes; call the returned function on disconnect. */
export function followPageLang(widget: { requestUpdate(): void }): () => void {
  followers.add(widget);
  if (!observer) {
    observer = new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    followers.delete(widget);
    if (followers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
