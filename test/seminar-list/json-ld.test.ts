import { expect, waitUntil } from '@open-wc/testing';
import { mount } from './helpers.js';

const ldScripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
const ld = (el: Element) => {
  const scripts = ldScripts(el);
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0].textContent!) as Record<string, unknown>[];
};

describe('rus-seminar-list: structured data (JSON-LD)', () => {
  it('adds nothing to the page unless `structured-data` is set', async () => {
    const el = await mount({ now: '2020-10-20' });
    expect(ldScripts(el)).to.have.length(0);
    expect(el.children).to.have.length(1); // only the inline data
  });

  it('describes the upcoming seminars as schema.org online Events in the light DOM', async () => {
    const el = await mount({ now: '2020-10-20', 'structured-data': '' });
    const events = ld(el);
    expect(events.map((e) => e.name)).to.deep.equal([
      'Smarta samhällen',
      'Post Corona',
      'Hur vi alla kan bidra till RUS:en',
    ]);
    const [smarta, corona] = events;
    expect(smarta['@context']).to.equal('https://schema.org');
    expect(smarta['@type']).to.equal('Event');
    expect(smarta.startDate).to.equal('2020-10-29T09:00:00+01:00');
    expect(smarta.endDate).to.equal('2020-10-29T10:00:00+01:00');
    expect(smarta.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(smarta.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(smarta.organizer).to.deep.equal([
      { '@type': 'Organization', name: 'Regional utveckling' },
      { '@type': 'Organization', name: 'Örnsköldsviks kommun' },
    ]);
    expect(smarta.url).to.equal('https://example.org/anmalan?id=smarta');
    expect(smarta.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/anmalan?id=smarta' });
    expect(smarta.description).to.equal('Hur digitaliseringen, förändrar; länet.\nAndra raden.');
    expect(corona.startDate).to.equal('2020-11-26');
    expect('endDate' in corona).to.equal(false);
  });

  it('escapes <, > and & so a saved copy of the page cannot run a title as script', async () => {
    const title = '</script><script>window.__ld = 1</script> & <b>';
    const data = { version: 1, seminars: [{ id: 'x', title, start: '2099-01-01' }] };
    const el = await mount({ 'structured-data': '' }, data);
    const text = ldScripts(el)[0].textContent!;
    expect(text).not.to.match(/[<>&]/);
    expect(text).to.contain('\\u003c/script\\u003e');
    expect(ld(el)[0].name).to.equal(title);
    // The script as a serialised copy of the page holds it, parsed again: one script, nothing after it.
    const copy = new DOMParser().parseFromString(`<body>${ldScripts(el)[0].outerHTML}</body>`, 'text/html');
    expect(copy.querySelectorAll('script')).to.have.length(1);
    expect(copy.body.textContent).to.equal(text);
  });

  it('follows the shown list (limit, series) and leaves out past seminars', async () => {
    const el = await mount({ now: '2020-11-27', 'structured-data': '', show: 'all', limit: '5' });
    expect(ld(el).map((e) => e.name)).to.deep.equal(['Hur vi alla kan bidra till RUS:en']);
    el.setAttribute('limit', '0');
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('is replaced when the data or `now` changes, and removed when turned off or disconnected', async () => {
    const el = await mount({ now: '2020-10-20', 'structured-data': '' });
    el.setAttribute('now', '2020-11-01');
    await el.updateComplete;
    expect(ld(el).map((e) => e.name)).to.deep.equal(['Post Corona', 'Hur vi alla kan bidra till RUS:en']);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    expect(ldScripts(el)).to.have.length(0);
    parent.append(el);
    await waitUntil(() => ldScripts(el).length === 1, 'added again when reconnected');
    expect(ld(el)).to.have.length(2);
  });

  /** A page with this CSP (meta) that loads the element, then one list with structured data on it. */
  async function pageWithCsp(csp: string) {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="sv"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="/src/seminar-list/define.ts"></script></head><body></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('rus-seminar-list');
    const report = { errors: [] as string[], violations: [] as string[], warnings: [] as string[] };
    win.addEventListener('error', (e) => report.errors.push(e.message));
    win.document.addEventListener('securitypolicyviolation', (e) => report.violations.push(e.violatedDirective));
    win.console.warn = (message: string) => report.warnings.push(message);
    const el = win.document.createElement('rus-seminar-list');
    el.setAttribute('now', '2020-10-20');
    el.setAttribute('structured-data', '');
    el.setAttribute(
      'src',
      `/test-api/json?body=${encodeURIComponent(JSON.stringify([{ id: 'a', title: 'A', start: '2030-01-01' }]))}`,
    );
    const ready = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
    win.document.body.append(el);
    await ready;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // violation reports are queued
    return { frame, el, report };
  }

  it('works under enforced Trusted Types, with no violation', async () => {
    const { frame, el, report } = await pageWithCsp("require-trusted-types-for 'script'");
    try {
      expect(el.shadowRoot!.querySelector('[part~="item-heading"]')!.textContent).to.equal('A');
      expect(ld(el).map((e) => e.name)).to.deep.equal(['A']);
      expect(report).to.deep.equal({ errors: [], violations: [], warnings: [] });
    } finally {
      frame.remove();
    }
  });

  it('where the host allows only Lit’s policy it adds nothing, warns and throws nothing', async () => {
    const { frame, el, report } = await pageWithCsp("require-trusted-types-for 'script'; trusted-types lit-html");
    try {
      expect(el.shadowRoot!.querySelector('[part~="item-heading"]')!.textContent).to.equal('A');
      expect(el.querySelector('script')).to.equal(null);
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings.some((w) => w.includes('rus-widgets-json-ld'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
