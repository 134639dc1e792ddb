import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

describe('smoke', () => {
  it('errors on 500', async () => {
    const el = document.createElement('rus-quote-carousel');
    el.src = '/test-api/status?code=500';
    const ev = oneEvent(el, 'rus-error');
    document.body.append(el);
    const e = await ev;
    expect(e.detail.kind).to.equal('http');
    el.remove();
  });
  it('renders', async () => {
    const el = await fixture(html`<rus-data></rus-data>`);
    expect(el).to.exist;
  });
});
