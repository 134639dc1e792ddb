import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type EmbedPage } from './embed-page.js';

/** Every endpoint failure and hostile string a widget can meet, on one host page. */
describe('widgets fed broken endpoints and hostile data', () => {
  let page: EmbedPage;
  const text = (id: string) => page.document.getElementById(id)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  const root = (id: string) => page.document.getElementById(id)!.shadowRoot!;

  before(async () => {
    page = await openPage('/test/embed/pages/hostile-data.html', 10, 9000);
  });
  after(() => page.frame.remove());

  it('throws nothing into the page and runs nothing from the data', () => {
    expect(page.harness.errors).to.deep.equal([]);
    expect((page.frame.contentWindow as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('says in plain words what went wrong for each failing endpoint', () => {
    expect(page.harness.failures).to.have.members([
      'rus-quote-carousel:timeout',
      'rus-seminar-list:http',
      'rus-goal-badges:http',
      'rus-quote-carousel:not-json',
      'rus-seminar-list:not-json',
      'rus-goal-badges:version',
      'rus-quote-carousel:network',
    ]);
    expect(text('hang')).to.contain('Det tog för lång tid');
    expect(text('status-500')).to.contain('servern svarade med ett fel');
    expect(text('status-404')).to.contain('det finns inget på den angivna adressen');
    expect(text('html')).to.contain('gav inte data i rätt format');
    expect(text('broken')).to.contain('gav inte data i rätt format');
    expect(text('version')).to.contain('nyare version');
    expect(text('dead')).to.contain('Kontrollera anslutningen');
  });

  it('offers a retry only where a retry can help', () => {
    const retry = (id: string) => root(id).querySelector('[part~="retry-button"]');
    expect(retry('hang')).to.exist;
    expect(retry('status-500')).to.exist;
    expect(retry('dead')).to.exist;
    expect(retry('status-404')).to.equal(null);
    expect(retry('html')).to.equal(null);
    expect(retry('version')).to.equal(null);
  });

  it('shows hostile strings as text and keeps the good items', async () => {
    await waitUntil(
      () => text('hostile-quotes').includes('Ett bra uttalande') || text('hostile-quotes').includes('Anna'),
    );
    expect(text('hostile-quotes')).to.contain('<b>fet</b>');
    expect(text('hostile-seminars')).to.contain('<img src=x onerror=');
    expect(text('hostile-goals')).to.contain('<img src=x onerror=');
    for (const id of ['hostile-quotes', 'hostile-seminars', 'hostile-goals']) {
      expect(root(id).querySelectorAll('img[onerror], script, iframe'), id).to.have.length(0);
      root(id)
        .querySelectorAll('[href], [src]')
        .forEach((el) => {
          const address = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
          expect(address.trim().toLowerCase(), `${id} address`).not.to.match(/^(javascript|data|vbscript):/);
        });
    }
  });
});
