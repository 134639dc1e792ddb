import { oneEvent } from '@open-wc/testing';
import '../../src/seminar-list/define.js';
import type { RusSeminarList } from '../../src/seminar-list/define.js';
import { doc } from './data.js';
import { widgetWithData } from '../support/widget-with-data.js';

const mounted: Element[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
});

/** A `<rus-seminar-list>` with inline data and these attributes, rendered and ready. */
export async function mount(
  attrs: Record<string, string> = {},
  data: unknown = doc,
  wrapperLang?: string,
): Promise<RusSeminarList> {
  // Not open-wc's fixture(): for a plain element it waits for an animation frame, which a
  // background tab (the runner opens two at once) never gets.
  const wrapper = document.createElement('div');
  if (wrapperLang) wrapper.lang = wrapperLang;
  document.body.append(wrapper);
  mounted.push(wrapper);
  const el = widgetWithData('rus-seminar-list', data, attrs) as RusSeminarList;
  const loaded = oneEvent(el, 'rus-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/** The text as a reader sees it: white space collapsed, the invisible bidi isolates (U+2068, U+2069) left out. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
export const titles = (el: Element, selector = '[part~="item-heading"]'): string[] => $$(el, selector).map(text);
/** Titles per list, in page order. */
export const lists = (el: Element): string[][] =>
  $$(el, 'ul[part~="list"]').map((ul) => [...ul.querySelectorAll('[part~="item-heading"]')].map(text));
