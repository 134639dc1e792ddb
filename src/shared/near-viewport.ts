/**
 * Resolves when one of `elements` comes within `margin` of the viewport: `loading="lazy"`
 * fetches no data for a widget far down the page until the visitor scrolls towards it.
 * Never resolves once `signal` aborts (the widget left the page); the observer goes with it.
 */
export function whenNearViewport(elements: Element[], signal: AbortSignal, margin = '300px'): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    for (const element of elements) observer.observe(element);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}
