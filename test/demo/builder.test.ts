import { expect, waitUntil } from '@open-wc/testing';

/** The embed builder, driven as an editor would: pick, see, copy, paste. */
describe('embed builder', () => {
  let root: HTMLElement;
  const snippet = () => root.querySelector('#snippet')!.textContent!;
  const preview = () => root.querySelector('#preview')!.firstElementChild!;
  const choose = (selector: string, value: string) => {
    const control = root.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };

  before(async () => {
    document.body.innerHTML = '<h1></h1><main id="builder"></main>';
    root = document.querySelector('#builder')!;
    await import('../../demo/src/builder.js');
  });

  it('starts with the carousel on the sample data, as a module script', () => {
    expect(preview().localName).to.equal('rus-quote-carousel');
    expect(snippet()).to.equal(
      `<script type="module" src="${location.origin}/rus-widgets/rus-widgets.js"></script>\n` +
        `<rus-quote-carousel src="${location.origin}/data/rus2030.json"></rus-quote-carousel>`,
    );
  });

  it('switches widget and shows that widget’s options from the manifest', () => {
    root.querySelector<HTMLInputElement>('#widget-rus-seminar-list')!.click();
    expect(preview().localName).to.equal('rus-seminar-list');
    expect(snippet()).to.contain('<rus-seminar-list src=');
    expect(root.querySelector('#option-heading-level')).to.exist;
    expect(root.querySelector('#option-limit')).to.exist;
  });

  it('puts each chosen option into both the preview and the snippet', () => {
    choose('#option-limit', '2');
    choose('#widget-lang', 'en');
    choose('#widget-scheme', 'dark');
    expect(preview().getAttribute('limit')).to.equal('2');
    expect(preview().getAttribute('lang')).to.equal('en');
    expect(preview().getAttribute('theme')).to.equal('dark');
    expect(snippet()).to.contain(' lang="en" theme="dark" limit="2"></rus-seminar-list>');
  });

  it('adds a partner theme link and the classic build on request', () => {
    choose('#widget-theme', 'kust');
    choose('#widget-build', 'classic');
    expect(snippet()).to.contain(`<link rel="stylesheet" href="${location.origin}/themes/kust.css">`);
    expect(snippet()).to.contain(`<script src="${location.origin}/rus-widgets/rus-widgets.iife.js" defer></script>`);
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

  it('copies exactly the snippet and says so', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    root.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => root.querySelector('#copy-status')!.textContent!.trim() !== '');
    expect(copied).to.equal(snippet());
    expect(root.querySelector('#copy-status')!.textContent).to.equal('Koden är kopierad.');
  });

  it('gives a snippet that works pasted into a plain HTML page', async () => {
    choose('#widget-build', 'module');
    root.querySelector<HTMLInputElement>('#widget-rus-quote-carousel')!.click();
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

  it('speaks English on request, and is accessible', async () => {
    root.querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    expect(document.documentElement.lang).to.equal('en');
    expect(document.querySelector('h1')!.textContent).to.equal('Build an embed snippet');
    await expect(root).to.be.accessible();
  });
});
