import { waitUntil } from '@open-wc/testing';

export interface Harness {
  errors: string[];
  violations: string[];
  loads: string[];
  failures: string[];
}

export interface EmbedPage {
  frame: HTMLIFrameElement;
  document: Document;
  harness: Harness;
}

/** Opens a host page in an iframe and waits until `expected` widgets have loaded or failed. */
export async function openPage(url: string, expected: number, timeout = 8000): Promise<EmbedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '60em';
  frame.style.height = '40em';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const harness = () => (frame.contentWindow as unknown as { harness: Harness }).harness;
  await waitUntil(
    () => harness().loads.length + harness().failures.length >= expected,
    `${url}: expected ${expected} widgets to settle, got ${JSON.stringify(harness())}`,
    { timeout },
  );
  return { frame, document: frame.contentDocument!, harness: harness() };
}

/** The visible text of a widget, as a visitor would read it. */
export function widgetText(page: EmbedPage, tag: string): string {
  return page.document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
