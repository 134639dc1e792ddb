import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { api, openBuilder, type BuilderPage } from './builder-page.js';

/** The embed builder, driven as an editor would: pick, see, check the data, copy, paste. */
describe('embed builder', () => {
  let root: BuilderPage['root'];
  let snippet: BuilderPage['snippet'];
  let preview: BuilderPage['preview'];
  let text: BuilderPage['text'];
  let label: BuilderPage['label'];
  let choose: BuilderPage['choose'];
  let tick: BuilderPage['tick'];
  let checkAddress: BuilderPage['checkAddress'];

  before(async () => {
    ({ root, snippet, preview, text, label, choose, tick, checkAddress } = await openBuilder());
  });

  it('starts with the carousel on the sample data, as a module script, with no theme attribute', async () => {
    expect(preview().localName).to.equal('rus-quote-carousel');
    expect(snippet()).to.equal(
      `<script type="module" src="${location.origin}/rus-widgets/rus-widgets.js"></script>\n` +
        `<rus-quote-carousel src="${location.origin}/data/rus2030.json"></rus-quote-carousel>`,
    );
    await waitUntil(() => text('#data-status').includes('uttalanden'), 'the sample was not checked');
    expect(text('#data-status')).to.equal('14 uttalanden, 3 webbseminarier, 3 mål.');
  });

  it('names every option in Swedish, with the attribute beside it, and hides what does not apply', () => {
    expect(label('option-per-view')).to.equal('Uttalanden sida vid sida per-view');
    expect(label('option-heading-level')).to.equal('Rubriknivå heading-level');
    expect(text('#option-heading-level-hint')).to.contain('Standard: 2.');
    expect(root.querySelector('#option-heading-level-hint')!.getAttribute('lang')).to.equal(null);
    // The interval means nothing until autoplay is on.
    expect(root.querySelector('#option-interval')).to.equal(null);
    tick('#option-autoplay');
    const interval = root.querySelector<HTMLInputElement>('#option-interval')!;
    expect([interval.min, interval.max, interval.placeholder]).to.deep.equal(['2000', '60000', '6000']);
    expect(text('#option-interval-hint')).to.contain('Standard: 6000.');
    choose('#option-interval', '100');
    expect(preview().getAttribute('interval')).to.equal('2000');
    expect(snippet()).to.contain(' autoplay interval="2000">');
    tick('#option-autoplay');
    expect(root.querySelector('#option-interval')).to.equal(null);
  });

  it('offers the colour schemes explicitly; the default adds no attribute', () => {
    const schemes = [...root.querySelectorAll<HTMLOptionElement>('#widget-scheme option')].map((o) => [
      o.value,
      o.text,
    ]);
    expect(schemes).to.deep.equal([
      ['', 'Sidans eget utseende (standard)'],
      ['light', 'Ljust'],
      ['dark', 'Mörkt'],
      ['auto', 'Följ besökarens inställning'],
    ]);
    choose('#widget-scheme', 'auto');
    expect(snippet()).to.contain(' theme="auto"');
    choose('#widget-scheme', '');
    expect(snippet()).not.to.contain('theme=');
  });

  it('switches widget and shows that widget’s options; the seminar preview is dated inside the sample', async () => {
    tick('#widget-rus-seminar-list');
    expect(preview().localName).to.equal('rus-seminar-list');
    expect(snippet()).to.contain('<rus-seminar-list src=');
    expect(root.querySelector('#option-per-view')).to.equal(null);
    expect(label('option-show')).to.equal('Vilka seminarier show');
    expect(text('#preview-now')).to.contain('20 oktober 2020');
    expect(preview().getAttribute('now')).to.equal('2020-10-20');
    expect(snippet()).not.to.contain('now=');
    await waitUntil(
      () => preview().shadowRoot?.textContent?.includes('Smarta samhällen'),
      'no seminars in the preview',
    );
    choose('#option-now', '2020-11-01');
    expect(snippet()).to.contain(' now="2020-11-01"');
    expect(root.querySelector('#preview-now')).to.equal(null);
    choose('#option-now', '');
  });

  it('writes a snapshot snippet on request: the content as HTML and a JSON snapshot inside the tag', async () => {
    tick('#widget-rus-seminar-list');
    await checkAddress(`${location.origin}/public/data/rus2030.json`);
    tick('#snapshot');
    expect(snippet()).to.match(/<rus-seminar-list src="[^"]+rus2030\.json">\n {2}<h2>Kommande webbseminarier<\/h2>/);
    expect(snippet()).to.contain('<script type="application/json">{"version":1');
    expect(snippet()).to.match(/<\/script>\n<\/rus-seminar-list>$/);
    tick('#widget-rus-goal-badge');
    expect(root.querySelector('#snapshot'), 'no snapshot for the single badge').to.equal(null);
    expect(snippet()).not.to.contain('application/json');
    tick('#widget-rus-seminar-list');
    tick('#snapshot');
    expect(snippet()).not.to.contain('application/json');
  });

  it('puts each chosen option into both the preview and the snippet', () => {
    choose('#option-limit', '2');
    choose('#widget-lang', 'en');
    choose('#widget-scheme', 'dark');
    expect(preview().getAttribute('limit')).to.equal('2');
    expect(preview().getAttribute('lang')).to.equal('en');
    expect(preview().getAttribute('theme')).to.equal('dark');
    expect(snippet()).to.contain(' lang="en" theme="dark" limit="2"></rus-seminar-list>');
    choose('#widget-scheme', '');
  });

  it('says in plain words what a data address holds, and what is wrong with it', async () => {
    const goals = {
      version: 1,
      goals: [
        { id: 'a', title: 'Jobb', target: { value: 5 } },
        { id: 'b', title: 'Utan', target: {} },
      ],
    };
    expect(await checkAddress(api(`json?body=${encodeURIComponent(JSON.stringify(goals))}`))).to.equal(
      '0 uttalanden, 0 webbseminarier, 1 mål — 1 mål utelämnat: målvärdet saknas. ' +
        'Resten visas. Be den som ansvarar för datafilen att rätta posterna (npx rus-widgets validate <adress> visar var).',
    );
    expect(await checkAddress(api('html'))).to.contain('ger en webbsida eller annan text, inte JSON-data');
    expect(await checkAddress(api('status?code=404'))).to.contain('filen inte finns (HTTP 404)');
    expect(await checkAddress(api('status?code=503'))).to.contain('ett fel (HTTP 503)');
    expect(await checkAddress(api('version'))).to.contain('version som den här versionen av widgetarna inte kan läsa');
    const unreachable = await checkAddress('http://127.0.0.1:9/rus2030.json');
    expect(unreachable).to.contain('gick inte att nå');
    expect(unreachable).to.contain('CORS');
    expect(unreachable).to.contain('Access-Control-Allow-Origin: *');
    expect(root.querySelector('#data-status')!.getAttribute('role')).to.equal('status');
    expect(await checkAddress('')).to.equal('14 uttalanden, 3 webbseminarier, 3 mål.');
  });

  it('adds a partner theme link, the classic build and a self-hosted script address on request', () => {
    choose('#widget-theme', 'kust');
    choose('#widget-build', 'classic');
    expect(snippet()).to.contain(`<link rel="stylesheet" href="${location.origin}/themes/kust.css">`);
    expect(snippet()).to.contain(`<script src="${location.origin}/rus-widgets/rus-widgets.iife.js" defer></script>`);
    expect(text('#widget-build-hint')).to.contain('bara tillåter en vanlig <script src>');
    choose('#library-base', 'https://kommun.example/js/rus');
    expect(snippet()).to.contain('<script src="https://kommun.example/js/rus/rus-widgets.iife.js" defer></script>');
    choose('#library-base', '');
    choose('#widget-theme', '');
    expect(snippet()).not.to.contain('<link');
  });

  it('escapes a hostile data address instead of breaking out of the attribute', () => {
    choose('#data-src', 'https://example.org/x.json" onload="alert(1)');
    expect(snippet()).to.contain('src="https://example.org/x.json&quot; onload=&quot;alert(1)"');
    expect(preview().getAttribute('onload')).to.equal(null);
    choose('#data-src', '');
    expect(snippet()).to.contain(`src="${location.origin}/data/rus2030.json"`);
  });

  it('previews on a host page’s look and at 320 px', () => {
    choose('#preview-host', 'kust');
    expect(getComputedStyle(preview()).fontFamily).to.contain('Georgia');
    tick('#preview-width-mobile');
    expect(preview().getBoundingClientRect().width).to.equal(320);
    tick('#preview-width-desktop');
    expect(preview().getBoundingClientRect().width).to.be.above(320);
    choose('#preview-host', 'plain');
  });

  it('copies exactly the snippet and the reserve-space CSS, and says so in a status message', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    expect(root.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');
    root.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => text('#copy-status') !== '');
    expect(copied).to.equal(snippet());
    expect(text('#copy-status')).to.equal('Koden är kopierad.');
    root.querySelector<HTMLButtonElement>('#copy-css')!.click();
    await waitUntil(() => text('#copy-status') === 'CSS-raden är kopierad.');
    expect(copied).to.equal(
      'rus-seminar-list:not(:defined) { display: block; min-height: var(--rus-reserved-height, 12em); }',
    );
  });

  it('gives a snippet that works pasted into a plain HTML page', async () => {
    choose('#widget-build', 'module');
    tick('#widget-rus-quote-carousel');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="sv"><head><link rel="icon" href="data:,"></head><body>${snippet()}</body></html>`;
    const loaded = new Promise<CustomEvent>((resolve) =>
      frame.addEventListener('load', () =>
        frame.contentDocument!.addEventListener('rus-load', (e) => resolve(e as CustomEvent)),
      ),
    );
    document.body.append(frame);
    const event = await loaded;
    expect(event.detail.document.quotes).to.have.length(14);
    const widget = frame.contentDocument!.querySelector('rus-quote-carousel')!;
    await waitUntil(() => widget.shadowRoot?.textContent?.trim(), 'the pasted widget rendered nothing');
    frame.remove();
  });

  it('links the accessibility statement kit', async () => {
    const link = root.querySelector<HTMLAnchorElement>('#accessibility-link')!;
    expect(link.textContent).to.contain('tillgänglighetsredogörelsen');
    const response = await fetch(link.href);
    expect(response.ok).to.equal(true);
    expect(await response.text()).to.contain('tillgänglighetsredogörelse');
  });

  it('is accessible in Swedish', async () => {
    await expect(root).to.be.accessible();
  });

  it('speaks English on request: labels, data check and copy', async () => {
    root.querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    expect(document.documentElement.lang).to.equal('en');
    expect(document.querySelector('h1')!.textContent).to.equal('Build an embed snippet');
    expect(label('option-per-view')).to.equal('Statements side by side per-view');
    await waitUntil(() => text('#data-status').includes('statements'), 'the data check did not switch language');
    expect(text('#data-status')).to.equal('14 statements, 3 web seminars, 3 goals.');
    expect(await checkAddress(api('html'))).to.contain('gives a web page or other text, not JSON data');
    const unreachable = await checkAddress('http://127.0.0.1:9/rus2030.json');
    expect(unreachable).to.contain('could not be reached');
    expect(unreachable).to.contain('Access-Control-Allow-Origin: *');
    await checkAddress('');
    tick('#widget-rus-seminar-list');
    expect(text('#preview-now')).to.contain('20 October 2020');
    root.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => text('#copy-status') === 'The code is copied.');
    await expect(root).to.be.accessible();
  });

  it('works with the keyboard alone at 320 px, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    tick('#widget-rus-quote-carousel');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const widgetRadio = root.querySelector<HTMLInputElement>('#widget-rus-quote-carousel')!;
    widgetRadio.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => preview()?.localName === 'rus-seminar-list', 'arrow keys did not choose the next widget');
    root.querySelector<HTMLInputElement>('#option-limit')!.focus();
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    expect(snippet()).to.contain(' limit="3"');
    root.querySelector<HTMLButtonElement>('#copy')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text('#copy-status') === 'The code is copied.');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(root).to.be.accessible();
    await setViewport({ width: 1280, height: 800 });
  });
});
