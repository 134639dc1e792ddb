import { waitUntil } from '@open-wc/testing';

/** Text as a person reads it: runs of white space as one space. */
export const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** An address of the test API (test/support/test-api.js). */
export const api = (route: string) => `${location.origin}/test-api/${route}`;

/**
 * The embed builder page, opened in the test's document with its own stylesheet (the 320 px
 * layout and the preview's host looks are its work), and the ways an editor drives it.
 */
export async function openBuilder() {
  const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
  const styled = new Promise((resolve) => style.addEventListener('load', resolve));
  document.head.append(style);
  await styled;
  document.body.innerHTML = '<h1></h1><main id="builder"></main>';
  const root = document.querySelector<HTMLElement>('#builder')!;
  await import('../../demo/src/builder.js');

  const text = (selector: string) => squash(root.querySelector(selector)?.textContent);
  const choose = (selector: string, value: string) => {
    const control = root.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };
  return {
    root,
    text,
    choose,
    snippet: () => root.querySelector('#snippet')!.textContent!,
    preview: () => root.querySelector('#preview')!.firstElementChild!,
    label: (id: string) => text(`label[for="${id}"]`),
    tick: (selector: string) => root.querySelector<HTMLInputElement>(selector)!.click(),
    /** Sets the data address and waits for the builder's verdict on it. */
    checkAddress: async (address: string) => {
      choose('#data-src', address);
      await waitUntil(() => !/Kontrollerar|Checking/.test(text('#data-status')), 'the address check never ended');
      return text('#data-status');
    },
  };
}

export type BuilderPage = Awaited<ReturnType<typeof openBuilder>>;
