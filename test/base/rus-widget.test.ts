import { sendKeys } from '@web/test-runner-commands';
import { aTimeout, expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { clearDataCache } from '../../src/data/load-json.js';
import { commonStrings } from '../../src/i18n/common.js';
import type { DataErrorDetail } from '../../src/data/data-error.js';
import type { RusDocument } from '../../src/data/types.js';
import {
  captureWarnings,
  jsonUrl,
  key,
  mount,
  part,
  requestCount,
  sampleQuotes,
  shownText,
  widget,
} from './test-widget.js';

const sv = commonStrings.sv;
const en = commonStrings.en;

afterEach(() => {
  document.querySelectorAll('test-quotes, test-goals, .test-host').forEach((el) => el.remove());
  fixtureCleanup();
  clearDataCache();
});

/** Mounts a widget on `src` and returns it with the `rus-error` detail it fired. */
async function failing(src: string, attrs: Record<string, string> = {}) {
  const el = widget('test-quotes', { src, ...attrs });
  const event = await mount(el);
  expect(event.type).to.equal('rus-error');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, detail: event.detail as DataErrorDetail };
}

describe('RusWidget: loading and ready', () => {
  it('shows a localized loading box that reserves space, then the items', async () => {
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('Första', 'Andra'), { delay: 300 }) });
    const loaded = mount(el);
    await waitUntil(() => part(el, 'loading'));
    const box = part(el, 'loading')!;
    expect(box.textContent).to.contain(sv.loading);
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(parseFloat(getComputedStyle(box).minHeight)).to.be.greaterThan(50);
    const event = await loaded;
    expect(event.type).to.equal('rus-load');
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Första', 'Andra']);
    expect(part(el, 'loading')).to.be.null;
  });

  it('fires rus-load with the validated document, bubbling out of the widget', async () => {
    const host = document.createElement('div');
    host.className = 'test-host';
    document.body.append(host);
    const seen = new Promise<CustomEvent<{ document: RusDocument }>>((resolve) =>
      host.addEventListener('rus-load', (e) => resolve(e), { once: true }),
    );
    await mount(widget('test-quotes', { src: jsonUrl({ ...sampleQuotes('Hej'), extra: true }) }), host);
    const { detail } = await seen;
    expect(detail.document.quotes.map((q) => q.text)).to.deep.equal(['Hej']);
    expect(detail.document.version).to.equal(1);
  });

  it('shows text as text: markup in the data is characters, never HTML', async () => {
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('<b>fet</b><img src=x onerror="window.hacked=1">')) });
    await mount(el);
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('<b>fet</b><img src=x onerror="window.hacked=1">');
    expect(el.shadowRoot!.querySelector('b, img')).to.be.null;
  });

  it('reads a document whose root is an array as its own list', async () => {
    const el = widget('test-quotes', { src: jsonUrl([{ id: 'a', text: 'Rotlista', name: 'N' }]) });
    expect((await mount(el)).type).to.equal('rus-load');
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(shownText(el)).to.contain('Rotlista');
  });

  it('shows the empty state when the list is empty, and respects limit', async () => {
    const empty = widget('test-quotes', { src: jsonUrl({ version: 1, quotes: [] }) });
    await mount(empty);
    await waitUntil(() => part(empty, 'empty'));
    expect(part(empty, 'empty')!.textContent).to.contain(sv.empty);
    const limited = widget('test-quotes', { src: jsonUrl(sampleQuotes('1', '2', '3')), limit: '2' });
    await mount(limited);
    await waitUntil(() => limited.shadowRoot!.querySelector('li'));
    expect(limited.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });

  it('warns on the console about each dropped item, naming list, index, id and field; the good items still show', async () => {
    const marker = key('warn');
    const doc = {
      version: 1,
      quotes: [
        { id: `good-${marker}`, text: 'Bra', name: 'A' },
        { id: `bad-${marker}`, text: 'Dålig' },
        { id: `link-${marker}`, text: 'Länk', name: 'B', url: 'javascript:alert(1)' },
      ],
    };
    const el = widget('test-quotes', { src: jsonUrl(doc) });
    const warnings = await captureWarnings(async () => {
      await mount(el);
      await waitUntil(() => el.shadowRoot!.querySelector('li'));
    });
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Bra', 'Länk']);
    const dropped = warnings.filter((w) => w.includes('$.quotes[1]'));
    expect(dropped).to.have.length(1);
    expect(dropped[0])
      .to.contain('quotes[1]')
      .and.contain(`bad-${marker}`)
      .and.contain('"name"')
      .and.contain('$.quotes[1].name');
    const link = warnings.filter((w) => w.includes('$.quotes[2].url'));
    expect(link).to.have.length(1);
    expect(link[0]).to.contain('javascript:alert(1)');
  });
});

describe('RusWidget: each error kind, as a visitor sees it', () => {
  it('http 500: plain Swedish words, a retry button, and rus-error with kind, status, url and message', async () => {
    const k = key('500');
    const { el, detail } = await failing(`/test-api/status?code=500&key=${k}`);
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    expect(detail.url).to.equal(new URL(`/test-api/status?code=500&key=${k}`, location.href).href);
    expect(detail.message).to.contain('500');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors.http);
    expect(part(el, 'retry-button')!.textContent).to.equal(sv.retry);
  });

  it('http 404: says there is nothing at the address, and offers no retry', async () => {
    const { el, detail } = await failing('/test-api/status?code=404');
    expect(detail).to.include({ kind: 'http', status: 404 });
    expect(part(el, 'error')!.textContent).to.contain(sv.notFound);
    expect(part(el, 'retry-button')).to.be.null;
  });

  it('an unknown path on the server is a 404 too', async () => {
    const { detail } = await failing('/test-api/no-such-thing');
    expect(detail).to.include({ kind: 'http', status: 404 });
  });

  it('an HTML page served with status 200 (a login page) is not-json, not a crash', async () => {
    const { el, detail } = await failing('/test-api/html');
    expect(detail.kind).to.equal('not-json');
    expect(detail.url).to.contain('/test-api/html');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors['not-json']);
    expect(part(el, 'retry-button')).to.be.null;
  });

  it('broken JSON is not-json', async () => {
    const { el, detail } = await failing('/test-api/broken');
    expect(detail.kind).to.equal('not-json');
    expect(detail.message).to.contain('not valid JSON');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors['not-json']);
  });

  it('no answer within `timeout` is a timeout, with a retry', async () => {
    const { el, detail } = await failing('/test-api/hang?ms=3000', { timeout: '200' });
    expect(detail.kind).to.equal('timeout');
    expect(detail.message).to.contain('200 ms');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors.timeout);
    expect(part(el, 'retry-button')).to.exist;
  });

  it('an unreachable server is a network error, with a retry', async () => {
    const { el, detail } = await failing('http://127.0.0.1:9/rus.json');
    expect(detail.kind).to.equal('network');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors.network);
    expect(part(el, 'retry-button')).to.exist;
  });

  it('an address that cannot be parsed is a network error, never an exception', async () => {
    const { detail } = await failing('http://[broken');
    expect(detail.kind).to.equal('network');
  });

  it('JSON that is no document is invalid, with no retry', async () => {
    const { el, detail } = await failing(jsonUrl('just a string'));
    expect(detail.kind).to.equal('invalid');
    expect(part(el, 'error')!.textContent).to.contain(sv.errors.invalid);
    expect(part(el, 'retry-button')).to.be.null;
  });

  it('a document of version 2 is a version error, with no retry', async () => {
    for (const version of [2, '2.0']) {
      const { el, detail } = await failing(jsonUrl({ version, quotes: [] }));
      expect(detail.kind).to.equal('version');
      expect(detail.url).to.contain('/test-api/json');
      expect(part(el, 'error')!.textContent).to.contain(sv.errors.version);
      expect(part(el, 'retry-button')).to.be.null;
    }
  });

  it('a widget with no source at all says so', async () => {
    const el = widget('test-quotes');
    const event = await mount(el);
    expect((event.detail as DataErrorDetail).kind).to.equal('no-source');
    await waitUntil(() => part(el, 'error'));
    expect(part(el, 'error')!.textContent).to.contain(sv.errors['no-source']);
  });

  it('speaks English with lang="en", and the error box is announced', async () => {
    const { el } = await failing('/test-api/status?code=503', { lang: 'en' });
    expect(part(el, 'error')!.textContent).to.contain(en.errors.http);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'retry-button')!.textContent).to.equal(en.retry);
  });

  it('names CORS and the address in the console when a data URL on another origin sends no CORS header', async () => {
    const src = `http://127.0.0.1:${location.port}/test-api/json?body=${encodeURIComponent('{"version":1}')}`;
    const warnings = await captureWarnings(async () => {
      const { detail } = await failing(src);
      expect(detail.kind).to.equal('network');
    });
    const warning = warnings.find((w) => w.includes(src));
    expect(warning, warnings.join('\n')).to.contain('probably blocked by CORS');
    expect(warning).to.contain('Access-Control-Allow-Origin');
  });

  it('logs the failure with console.warn', async () => {
    const warnings = await captureWarnings(async () => {
      await failing('/test-api/status?code=502');
    });
    expect(warnings.some((w) => w.includes('http') && w.includes('502'))).to.be.true;
  });

  it('the error state is accessible', async () => {
    const { el } = await failing('/test-api/status?code=500');
    await expect(el).to.be.accessible();
  });
});

describe('RusWidget: retry', () => {
  it('the retry button requests the data again', async () => {
    const k = key('retry');
    const { el } = await failing(`/test-api/status?code=500&key=${k}`);
    expect(await requestCount(k)).to.equal(1);
    const again = new Promise((resolve) => el.addEventListener('rus-error', resolve, { once: true }));
    part(el, 'retry-button')!.click();
    await again;
    expect(await requestCount(k)).to.equal(2);
  });

  it('after a timeout, a retry with more patience shows the data', async () => {
    const k = key('patience');
    const src = jsonUrl(sampleQuotes('Till slut'), { delay: 500, key: k });
    const { el } = await failing(src, { timeout: '150' });
    el.setAttribute('timeout', '5000');
    const loaded = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'loading'));
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(shownText(el)).to.contain('Till slut');
    expect(part(el, 'error')).to.be.null;
  });

  /** What has keyboard focus inside `el`'s shadow root (null when focus left the widget). */
  const focusedIn = (el: HTMLElement) => (document.activeElement === el ? el.shadowRoot!.activeElement : null);

  it('keeps focus in the widget through a retry that fails again: on the new retry button', async () => {
    const { el } = await failing('/test-api/status?code=500&delay=100');
    part(el, 'retry-button')!.focus();
    const again = new Promise((resolve) => el.addEventListener('rus-error', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'loading'));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusedIn(el), 'while loading').to.equal(part(el, 'loading'));
    await again;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusedIn(el)).to.equal(part(el, 'retry-button'));
  });

  it('keeps focus in the widget through a retry that recovers: on its heading', async () => {
    const src = jsonUrl(sampleQuotes('Åter'), { delay: 400, key: key('focus-recover') });
    const { el } = await failing(src, { timeout: '150' });
    el.setAttribute('timeout', '5000');
    part(el, 'retry-button')!.focus();
    const loaded = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await loaded;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusedIn(el)).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('reload() of a loaded widget skips the page cache', async () => {
    const k = key('reload');
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('A'), { key: k }) }) as HTMLElement & {
      reload(): void;
    };
    await mount(el);
    const again = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
    el.reload();
    await again;
    expect(await requestCount(k)).to.equal(2);
  });
});

describe('RusWidget: one request per URL, aborted only when nobody waits', () => {
  it('N widgets on one URL make one request and all show the data', async () => {
    const k = key('dedupe');
    const src = jsonUrl(sampleQuotes('Delad'), { key: k, delay: 100 });
    const widgets = [1, 2, 3, 4].map(() => widget('test-quotes', { src }));
    const events = await Promise.all(widgets.map((el) => mount(el)));
    expect(events.map((e) => e.type)).to.deep.equal(['rus-load', 'rus-load', 'rus-load', 'rus-load']);
    // A widget added later gets the page's result, too.
    await mount(widget('test-quotes', { src }));
    expect(await requestCount(k)).to.equal(1);
  });

  it('a widget removed while loading aborts the request when it was the only one waiting', async () => {
    const k = key('abort');
    const src = `/test-api/hang?ms=2000&key=${k}`;
    const signals = await spyOnFetch(async () => {
      const el = widget('test-quotes', { src });
      document.body.append(el);
      await aTimeout(50);
      el.remove();
      await aTimeout(0);
    });
    expect(signals).to.have.length(1);
    expect(signals[0].aborted).to.be.true;
    // The next widget on that URL starts afresh.
    const el = widget('test-quotes', { src, timeout: '100' });
    expect((await mount(el)).type).to.equal('rus-error');
    expect(await requestCount(k)).to.equal(2);
  });

  it('each widget on a shared request gives up on its own timeout; the patient one gets the data', async () => {
    const k = key('own-timeout');
    const src = jsonUrl(sampleQuotes('Värt att vänta på'), { key: k, delay: 600 });
    const hasty = widget('test-quotes', { src, timeout: '200' });
    const patient = widget('test-quotes', { src });
    const [hastyEvent, patientEvent] = await Promise.all([mount(hasty), mount(patient)]);
    expect(hastyEvent.type).to.equal('rus-error');
    expect((hastyEvent.detail as DataErrorDetail).kind).to.equal('timeout');
    expect(patientEvent.type).to.equal('rus-load');
    expect(await requestCount(k)).to.equal(1);
  });

  it('the shared request goes on while another widget still waits for it', async () => {
    const k = key('shared');
    const src = jsonUrl(sampleQuotes('Kvar'), { key: k, delay: 300 });
    let stay!: HTMLElement;
    let loaded!: Promise<CustomEvent>;
    const signals = await spyOnFetch(async () => {
      const leave = widget('test-quotes', { src });
      stay = widget('test-quotes', { src });
      document.body.append(leave);
      loaded = mount(stay);
      await aTimeout(50);
      leave.remove();
      await aTimeout(0);
    });
    expect(signals).to.have.length(1);
    expect(signals[0].aborted).to.be.false;
    expect((await loaded).type).to.equal('rus-load');
    await waitUntil(() => stay.shadowRoot!.querySelector('li'));
    expect(await requestCount(k)).to.equal(1);
  });

  it('moving a loading widget in the page keeps its request', async () => {
    const k = key('move');
    const src = jsonUrl(sampleQuotes('Flyttad'), { key: k, delay: 200 });
    const el = widget('test-quotes', { src });
    const loaded = mount(el);
    await aTimeout(30);
    const other = document.createElement('div');
    other.className = 'test-host';
    document.body.append(other);
    other.append(el);
    expect((await loaded).type).to.equal('rus-load');
    expect(await requestCount(k)).to.equal(1);
  });

  it('a response for an old src is ignored when src changes', async () => {
    const el = widget('test-quotes', { src: jsonUrl(sampleQuotes('Gammal'), { delay: 400 }) });
    const loads: string[] = [];
    el.addEventListener('rus-load', (e) => loads.push(e.detail.document.quotes[0].text));
    document.body.append(el);
    await aTimeout(50);
    el.setAttribute('src', jsonUrl(sampleQuotes('Ny')));
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    await aTimeout(600); // the old answer has come and gone
    expect(shownText(el)).to.contain('Ny').and.not.contain('Gammal');
    expect(loads).to.deep.equal(['Ny']);
  });

  it('an old error is ignored too', async () => {
    const el = widget('test-quotes', { src: '/test-api/status?code=500&delay=300' });
    const errors: unknown[] = [];
    el.addEventListener('rus-error', (e) => errors.push(e.detail));
    document.body.append(el);
    await aTimeout(30);
    el.setAttribute('src', jsonUrl(sampleQuotes('Rätt')));
    await aTimeout(500);
    expect(errors).to.deep.equal([]);
    expect(shownText(el)).to.contain('Rätt');
  });
});

describe('RusWidget: inline data', () => {
  // Inline data beside `src` is a snapshot, refreshed from `src`: see snapshot-and-lazy.test.ts.
  it('reads a child <script type="application/json"> without src, fetching nothing', async () => {
    const el = widget('test-quotes', {}, JSON.stringify(sampleQuotes('Inbäddad')));
    expect((await mount(el)).type).to.equal('rus-load');
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(shownText(el)).to.contain('Inbäddad');
  });

  it('reads an inline root array as its list', async () => {
    const el = widget('test-quotes', {}, JSON.stringify([{ id: 'x', text: 'Array', name: 'N' }]));
    expect((await mount(el)).type).to.equal('rus-load');
  });

  it('broken inline JSON is not-json, with no url and no retry', async () => {
    const el = widget('test-quotes', {}, '{"quotes": [');
    const event = await mount(el);
    const detail = event.detail as DataErrorDetail;
    expect(detail.kind).to.equal('not-json');
    expect(detail.url).to.be.undefined;
    expect(detail.message).to.contain('inline');
    await waitUntil(() => part(el, 'error'));
    expect(part(el, 'retry-button')).to.be.null;
  });
});

/** Records the signal of every fetch made while `fn` runs (the requests still go to the server). */
async function spyOnFetch(fn: () => Promise<void>): Promise<AbortSignal[]> {
  const signals: AbortSignal[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  try {
    await fn();
  } finally {
    window.fetch = original;
  }
  return signals;
}
