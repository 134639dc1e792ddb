import { expect } from '@open-wc/testing';
import { $, $$, mount, text } from './helpers.js';
import { doc } from './data.js';

const feeds = { calendar: 'https://example.org/rus/seminarier.ics', atom: 'https://example.org/rus/seminarier.xml' };
const links = (el: Element) => $$(el, '[part~="feeds"] a').map((a) => [text(a), a.getAttribute('href')]);

describe('rus-seminar-list: subscribing to the feeds the document names', () => {
  it('offers "Prenumerera på kalendern" (webcal:), the https address and the Atom feed', async () => {
    const el = await mount({ now: '2020-10-20' }, { ...doc, feeds });
    expect(links(el)).to.deep.equal([
      ['Prenumerera på kalendern', 'webcal://example.org/rus/seminarier.ics'],
      ['Kalenderadress (https)', 'https://example.org/rus/seminarier.ics'],
      ['Atomflöde', 'https://example.org/rus/seminarier.xml'],
    ]);
  });

  it('in English, and also in the empty state, where a subscription helps most', async () => {
    const el = await mount({ now: '2030-01-01', lang: 'en' }, { ...doc, feeds });
    expect($(el, '[part~="list"]')).to.equal(null);
    expect(links(el).map(([words]) => words)).to.deep.equal([
      'Subscribe to the calendar',
      'Calendar address (https)',
      'Atom feed',
    ]);
  });

  it('makes a relative calendar address absolute for webcal:, and shows only the feeds named', async () => {
    const el = await mount({ now: '2020-10-20' }, { ...doc, feeds: { calendar: '/rus/seminarier.ics' } });
    const page = new URL('/rus/seminarier.ics', document.baseURI);
    expect(links(el).map(([, href]) => href)).to.deep.equal([`webcal://${page.host}/rus/seminarier.ics`, page.href]);
  });

  it('shows no subscription links when the document names no feeds, or only unsafe ones', async () => {
    const el = await mount({ now: '2020-10-20' });
    expect($(el, '[part~="feeds"]')).to.equal(null);
    const unsafe = await mount({ now: '2020-10-20' }, { ...doc, feeds: { calendar: 'javascript:alert(1)' } });
    expect($(unsafe, '[part~="feeds"]')).to.equal(null);
  });
});
