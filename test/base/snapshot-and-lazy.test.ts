import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearDataCache } from '../../src/data/load-json.js';
import type { RusQuoteCarousel } from '../../src/quote-carousel/quote-carousel.component.js';
import { captureWarnings, jsonUrl, key, requestCount, sampleQuotes, widget } from './test-widget.js';

const made: Element[] = [];
afterEach(() => {
  made.splice(0).forEach((el) => el.remove());
  clearDataCache();
});

/** The statements a test widget lists, joined. */
const listed = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim()).join(' | ');

/** Counts `rus-load` events of `el`. */
function loads(el: Element): { count: number } {
  const counter = { count: 0 };
  el.addEventListener('rus-load', () => counter.count++);
  return counter;
}

describe('a snapshot beside src', () => {
  it('shows the snapshot at once, then the current data from src when it differs', async () => {
    const k = key('snapshot-changed');
    const el = widget(
      'test-quotes',
      { src: jsonUrl(sampleQuotes('Nytt'), { key: k, delay: 200 }) },
      JSON.stringify(sampleQuotes('Gammalt')),
    );
    const counter = loads(el);
    document.body.append(el);
    made.push(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(listed(el), 'no loading state').to.equal('Gammalt');
    await waitUntil(() => listed(el) === 'Nytt', 'src did not replace the snapshot');
    expect(counter.count).to.equal(2);
    expect(await requestCount(k)).to.equal(1);
  });

  it('renders nothing again when src says the same: a carousel the visitor moved stays put', async () => {
    const k = key('snapshot-same');
    const data = { version: 1, quotes: sampleQuotes('Ett', 'Två', 'Tre').quotes };
    const carousel = document.createElement('rus-quote-carousel') as RusQuoteCarousel;
    carousel.setAttribute('src', jsonUrl(data, { key: k, delay: 200 }));
    const snapshot = document.createElement('script');
    snapshot.type = 'application/json';
    snapshot.textContent = JSON.stringify(data);
    carousel.append(snapshot);
    const counter = loads(carousel);
    document.body.append(carousel);
    made.push(carousel);
    await carousel.updateComplete;
    carousel.goTo(1);
    await waitUntil(async () => (await requestCount(k)) === 1);
    await aTimeout(300);
    const pager = carousel.shadowRoot!.querySelector('select')!;
    expect(pager.selectedOptions[0].text.trim()).to.equal('2 av 3');
    expect(counter.count).to.equal(1);
  });

  it('keeps the snapshot, with a console warning, when src fails', async () => {
    const warnings = await captureWarnings(async () => {
      const el = widget('test-quotes', { src: '/test-api/status?code=500' }, JSON.stringify(sampleQuotes('Sparat')));
      document.body.append(el);
      made.push(el);
      await aTimeout(300);
      expect(listed(el)).to.equal('Sparat');
    });
    expect(warnings.some((w) => w.includes('shows its snapshot') && w.includes('500'))).to.be.true;
  });

  for (const [name, snapshot] of [
    ['not JSON', '{"version": 1, "quotes": ['],
    ['of an unknown version', JSON.stringify({ version: 2, quotes: [] })],
  ]) {
    it(`falls back to src, with a console warning, when the snapshot is ${name}`, async () => {
      const warnings = await captureWarnings(async () => {
        const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('Från src')) }, snapshot);
        document.body.append(el);
        made.push(el);
        await waitUntil(() => listed(el) === 'Från src', 'src was not shown');
      });
      expect(warnings.some((w) => w.includes('ignores its snapshot'))).to.be.true;
    });
  }
});

describe('loading="lazy"', () => {
  /** A spacer that puts what follows it far below the viewport. */
  function farDown(el: Element): void {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer, el);
    made.push(spacer, el);
  }

  it('fetches only when the widget comes near the viewport', async () => {
    const k = key('lazy');
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('Sent'), { key: k }), loading: 'lazy' });
    farDown(el);
    await aTimeout(300);
    expect(await requestCount(k), 'no request while far away').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
    el.scrollIntoView();
    await waitUntil(() => listed(el) === 'Sent', 'it did not load once in view');
    expect(await requestCount(k)).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('<rus-data loading="lazy"> fetches when one of its widgets comes near', async () => {
    const k = key('lazy-provider');
    const provider = document.createElement('rus-data');
    provider.setAttribute('src', jsonUrl(sampleQuotes('Delat'), { key: k }));
    provider.setAttribute('loading', 'lazy');
    const el = widget('test-quotes');
    provider.append(el);
    farDown(provider);
    await aTimeout(300);
    expect(await requestCount(k)).to.equal(0);
    el.scrollIntoView();
    await waitUntil(() => listed(el) === 'Delat', 'the provider did not load once in view');
    window.scrollTo(0, 0);
  });

  it('without it, a widget far down loads at once', async () => {
    const k = key('eager');
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('Direkt'), { key: k }) });
    farDown(el);
    await waitUntil(() => listed(el) === 'Direkt');
  });
});
