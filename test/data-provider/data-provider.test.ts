import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/data-provider/define.js';
import { RusDataElement } from '../../src/data-provider/data-provider.component.js';
import { clearDataCache } from '../../src/data/load-json.js';
import { commonStrings } from '../../src/i18n/common.js';
import type { DataErrorDetail } from '../../src/data/data-error.js';
import { jsonUrl, key, part, requestCount, sampleQuotes, shownText, widget } from '../base/test-widget.js';

afterEach(() => {
  document.querySelectorAll('rus-data, test-quotes').forEach((el) => el.remove());
  clearDataCache();
});

/** `<rus-data>` with the given attributes around `children`, appended to the page. */
function provider(attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement {
  const el = document.createElement('rus-data');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

const doc = {
  version: 1,
  quotes: [{ id: 'q', text: 'Från leverantören', name: 'N' }],
  goals: [{ id: 'g', title: 'Mål från leverantören' }],
};

describe('<rus-data>', () => {
  it('loads once and hands the document to every widget inside it; they need no src', async () => {
    const k = key('provider');
    const quotes = widget('test-quotes');
    const goals = widget('test-goals');
    const nested = document.createElement('section');
    const deep = widget('test-quotes');
    nested.append(deep);
    const events = Promise.all(
      [quotes, goals, deep].map(
        (w) => new Promise<Event>((resolve) => w.addEventListener('rus-load', resolve, { once: true })),
      ),
    );
    document.body.append(provider({ src: jsonUrl(doc, { key: k, delay: 50 }) }, quotes, goals, nested));
    await events;
    await waitUntil(() => deep.shadowRoot!.querySelector('li') && goals.shadowRoot!.querySelector('li'));
    expect(shownText(quotes)).to.contain('Från leverantören');
    expect(shownText(deep)).to.contain('Från leverantören');
    expect(shownText(goals)).to.contain('Mål från leverantören');
    expect(await requestCount(k)).to.equal(1);
  });

  it('adds no box of its own', async () => {
    const el = provider({ src: jsonUrl(doc) });
    document.body.append(el);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it("hands a root array to each widget as that widget's own list", async () => {
    const quotes = widget('test-quotes');
    document.body.append(provider({ src: jsonUrl([{ id: 'a', text: 'Rot', name: 'N' }]) }, quotes));
    await waitUntil(() => quotes.shadowRoot!.querySelector('li'));
    expect(shownText(quotes)).to.contain('Rot');
  });

  it('a widget with its own src inside it uses its own', async () => {
    const own = widget('test-quotes', { src: jsonUrl(sampleQuotes('Egen')) });
    document.body.append(provider({ src: jsonUrl(doc) }, own));
    await waitUntil(() => own.shadowRoot!.querySelector('li'));
    expect(shownText(own)).to.contain('Egen').and.not.contain('leverantören');
  });

  it('a widget added later, inside a loaded provider, gets the document at once', async () => {
    const k = key('later');
    const first = widget('test-quotes');
    const el = provider({ src: jsonUrl(doc, { key: k }) }, first);
    document.body.append(el);
    await waitUntil(() => first.shadowRoot!.querySelector('li'));
    const later = widget('test-quotes');
    el.append(later);
    await waitUntil(() => later.shadowRoot!.querySelector('li'));
    expect(await requestCount(k)).to.equal(1);
  });

  it('every widget inside shows the error, and retry asks the provider to load again', async () => {
    const k = key('provider-error');
    const a = widget('test-quotes');
    const b = widget('test-goals', { lang: 'en' });
    const errors: DataErrorDetail[] = [];
    for (const w of [a, b]) w.addEventListener('rus-error', (e) => errors.push(e.detail));
    document.body.append(provider({ src: `/test-api/status?code=500&key=${k}` }, a, b));
    await waitUntil(() => part(a, 'retry-button') && part(b, 'retry-button'));
    expect(errors.map((e) => [e.kind, e.status])).to.deep.equal([
      ['http', 500],
      ['http', 500],
    ]);
    expect(part(a, 'error')!.textContent).to.contain(commonStrings.sv.errors.http);
    expect(part(b, 'error')!.textContent).to.contain(commonStrings.en.errors.http);
    part(a, 'retry-button')!.click();
    await waitUntil(() => errors.length === 4);
    expect(await requestCount(k)).to.equal(2);
  });

  it('after a timeout, retry from a widget inside loads the provider again and every widget shows the data', async () => {
    const a = widget('test-quotes');
    const b = widget('test-goals');
    const el = provider({ src: jsonUrl(doc, { delay: 500 }), timeout: '150' }, a, b);
    document.body.append(el);
    await waitUntil(() => part(a, 'retry-button') && part(b, 'retry-button'));
    el.setAttribute('timeout', '5000');
    part(b, 'retry-button')!.click();
    await waitUntil(() => part(a, 'loading') && part(b, 'loading'));
    await waitUntil(() => a.shadowRoot!.querySelector('li') && b.shadowRoot!.querySelector('li'), undefined, {
      timeout: 3000,
    });
    expect(shownText(a)).to.contain('Från leverantören');
  });

  it('a document the widgets cannot read gives each widget its error', async () => {
    const a = widget('test-quotes');
    const event = new Promise<CustomEvent<DataErrorDetail>>((resolve) =>
      a.addEventListener('rus-error', resolve, { once: true }),
    );
    document.body.append(provider({ src: jsonUrl({ version: 2 }) }, a));
    expect((await event).detail.kind).to.equal('version');
    await waitUntil(() => part(a, 'error'));
    expect(part(a, 'retry-button')).to.be.null;
  });

  it('a new src on the provider reaches the widgets; the old answer is ignored', async () => {
    const a = widget('test-quotes');
    const el = provider({ src: jsonUrl(sampleQuotes('Gammal'), { delay: 300 }) }, a);
    document.body.append(el);
    await aTimeout(30);
    el.setAttribute('src', jsonUrl(sampleQuotes('Ny')));
    await waitUntil(() => a.shadowRoot!.querySelector('li'));
    await aTimeout(450);
    expect(shownText(a)).to.contain('Ny').and.not.contain('Gammal');
  });

  it('a provider without src gives its widgets the no-source error', async () => {
    const a = widget('test-quotes');
    const event = new Promise<CustomEvent<DataErrorDetail>>((resolve) =>
      a.addEventListener('rus-error', resolve, { once: true }),
    );
    document.body.append(provider({}, a));
    expect((await event).detail.kind).to.equal('no-source');
  });

  it('a provider removed while loading aborts its request', async () => {
    const k = key('provider-abort');
    const el = provider({ src: `/test-api/hang?ms=2000&key=${k}` }, widget('test-quotes'));
    document.body.append(el);
    await aTimeout(50);
    el.remove();
    await aTimeout(0);
    // The next provider on that URL has to ask again.
    const again = provider({ src: `/test-api/hang?ms=2000&key=${k}`, timeout: '100' }, widget('test-quotes'));
    document.body.append(again);
    // Waits for the server to see it (a loaded machine takes its time), not a fixed while.
    await waitUntil(async () => (await requestCount(k)) === 2, 'the second provider did not ask again', {
      timeout: 1500,
    });
  });
});

describe('the provider under a name of the host’s own', () => {
  it('hands its data to the widgets inside it, as <rus-data> does', async () => {
    customElements.define('region-data', class extends RusDataElement {});
    const el = document.createElement('region-data');
    el.setAttribute('src', jsonUrl(doc));
    const quotes = widget('test-quotes');
    el.append(quotes);
    document.body.append(el);
    await waitUntil(() => shownText(quotes).includes('Från leverantören'), 'no data from <region-data>');
    el.remove();
  });

  it('also when the page registers it after the widgets inside it', async () => {
    const el = document.createElement('late-data');
    el.setAttribute('src', jsonUrl(doc));
    const quotes = widget('test-quotes');
    el.append(quotes);
    document.body.append(el);
    await aTimeout(50);
    expect(part(quotes, 'error'), 'no error while the provider may still come').to.equal(null);
    customElements.define('late-data', class extends RusDataElement {});
    await waitUntil(() => shownText(quotes).includes('Från leverantören'), 'no data from <late-data>');
    el.remove();
  });
});
