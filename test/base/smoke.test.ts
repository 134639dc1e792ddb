import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

describe('smoke', () => {
  it('loads inline data', async () => {
    const el = await fixture(html`<rus-seminar-list><script type="application/json">{"seminars":[{"id":"a","title":"T","start":"2020-10-29"}]}</script></rus-seminar-list>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.textContent).to.contain('1');
  });
  it('errors on 500', async () => {
    const el = document.createElement('rus-quote-carousel');
    el.src = '/test-api/status?code=500';
    const ev = oneEvent(el, 'rus-error');
    document.body.append(el);
    const e = await ev;
    expect(e.detail.kind).to.equal('http');
    el.remove();
  });
});
