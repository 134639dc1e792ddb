/**
 * A widget element with its data inline, in a child `<script type="application/json">`,
 * as an editor could paste it; not yet in the page. `data` that is a string goes in as
 * it is (to test broken JSON); anything else is serialised. Used by tests and stories.
 */
export function widgetWithData(
  tag: string,
  data: unknown,
  attributes: Record<string, string | number | undefined> = {},
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, String(value));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  element.append(script);
  return element;
}
