import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { partLang } from '../../src/i18n/lang.js';
import { widgetWithData } from '../support/widget-with-data.js';

/**
 * WCAG 3.1.2 Language of Parts: Swedish data in an English widget is marked Swedish, so a
 * screen reader switches voice for it, while the interface's own words stay English.
 */
const data = {
  version: 1,
  lang: 'sv',
  quotes: [
    { id: 'q', text: 'Vi bygger länet tillsammans.', name: 'Anna Berg', organisation: 'Region Västernorrland' },
    { id: 'r', text: 'Två.', name: 'Bo' },
  ],
  seminars: [
    { id: 's', title: 'Smarta samhällen', start: '2030-10-29T09:00:00+01:00', description: 'Om digitalisering.' },
  ],
  goals: [
    { id: 'g', title: 'Nya jobb', owner: 'Sundsvalls kommun', area: 'näringsliv', target: { value: 5, year: 2030 } },
  ],
};

/** The language an element inside a widget is in: its nearest `lang`, else the widget's. */
function languageOf(node: Element | null | undefined): string {
  const marked = node?.closest('[lang]');
  return marked ? marked.getAttribute('lang')! : ((node?.getRootNode() as ShadowRoot).host.getAttribute('lang') ?? '');
}

async function show(tag: string, lang: string, attributes: Record<string, string> = {}): Promise<ShadowRoot> {
  const element = widgetWithData(tag, data, { lang, ...attributes });
  const loaded = oneEvent(element, 'rus-load');
  document.body.append(element);
  await loaded;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot!;
}

afterEach(() => document.querySelectorAll('body > [lang]').forEach((element) => element.remove()));

describe('language of parts', () => {
  it('partLang marks only a language that differs from the interface', () => {
    expect(partLang('sv', 'en')).to.equal('sv');
    expect(partLang('sv-SE', 'sv')).to.equal(undefined);
    expect(partLang('nb', 'sv')).to.equal('nb');
    expect(partLang(undefined, 'en')).to.equal(undefined);
  });

  it('carousel: the statement is Swedish, the controls English', async () => {
    const root = await show('rus-quote-carousel', 'en');
    expect(languageOf(root.querySelector('blockquote p'))).to.equal('sv');
    expect(languageOf(root.querySelector('[part~="name"]'))).to.equal('sv');
    expect(languageOf(root.querySelector('[part~="next-button"]'))).to.equal('en');
    expect(languageOf(root.querySelector('.slide'))).to.equal('en'); // its label "1 of 2"
  });

  it('seminar list: title and description Swedish, date and buttons English', async () => {
    const root = await show('rus-seminar-list', 'en', { now: '2030-01-01' });
    expect(languageOf(root.querySelector('[part~="item-heading"]'))).to.equal('sv');
    expect(languageOf(root.querySelector('[part~="description"]'))).to.equal('sv');
    expect(languageOf(root.querySelector('[part~="when"]'))).to.equal('en');
    expect(languageOf(root.querySelector('[part~="calendar-button"]'))).to.equal('en');
  });

  it('goal badges: title, area and owner Swedish, their hidden labels and years left English', async () => {
    const root = await show('rus-goal-badges', 'en', { now: '2026-01-01' });
    expect(languageOf(root.querySelector('[part~="title"]'))).to.equal('sv');
    expect(languageOf(root.querySelector('.owner'))).to.equal('sv');
    expect(languageOf(root.querySelector('.owner .visually-hidden'))).to.equal('en');
    expect(languageOf(root.querySelector('.left'))).to.equal('en');
  });

  it('adds no lang attribute when data and interface speak the same language', async () => {
    for (const tag of ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges']) {
      const root = await show(tag, 'sv', { now: '2026-01-01' });
      expect(root.querySelectorAll('[lang]'), tag).to.have.length(0);
    }
  });
});
