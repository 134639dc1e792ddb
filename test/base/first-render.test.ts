import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/data-provider/define.js';
import { clearDataCache } from '../../src/data/load-json.js';
import type { RusDocument } from '../../src/data/types.js';
import { widgetWithData } from '../support/widget-with-data.js';
import { jsonUrl, sampleQuotes, shownText, TestQuotes } from './test-widget.js';

/** A test widget that counts its updates and the states it rendered. */
class CountingQuotes extends TestQuotes {
  updates = 0;
  shown: string[] = [];
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.updates += 1;
    super.update(changed);
    this.shown.push(this.shadowRoot!.querySelector('[part~="loading"]') ? 'loading' : 'data');
  }
  protected override renderDocument(document: RusDocument): TemplateResult {
    return super.renderDocument(document);
  }
}
customElements.define('counting-quotes', CountingQuotes);

afterEach(() => {
  document.querySelectorAll('counting-quotes, rus-data').forEach((el) => el.remove());
  clearDataCache();
});

function loaded(el: Element): Promise<Event> {
  return new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
}

describe('RusWidget: first render', () => {
  it('with inline data, renders once, straight to the items (no loading box first)', async () => {
    const el = widgetWithData('counting-quotes', sampleQuotes('Ett', 'Två')) as CountingQuotes;
    const done = loaded(el);
    document.body.append(el);
    await done;
    await el.updateComplete;
    expect(el.shown).to.deep.equal(['data']);
    expect(el.updates).to.equal(1);
    expect(shownText(el)).to.contain('Ett').and.contain('Två');
  });

  it('rus-load fires after the items are in the shadow root', async () => {
    const el = widgetWithData('counting-quotes', sampleQuotes('Synlig'));
    const items = new Promise<number>((resolve) =>
      el.addEventListener('rus-load', () => resolve(el.shadowRoot!.querySelectorAll('li').length), { once: true }),
    );
    document.body.append(el);
    expect(await items).to.equal(1);
  });

  it('inside an already loaded <rus-data>, a new widget renders once, straight to the items', async () => {
    const first = document.createElement('counting-quotes') as CountingQuotes;
    const provider = document.createElement('rus-data');
    provider.setAttribute('src', jsonUrl(sampleQuotes('Delad')));
    provider.append(first);
    const firstLoaded = loaded(first);
    document.body.append(provider);
    await firstLoaded;
    await first.updateComplete;
    expect(first.shown).to.deep.equal(['loading', 'data']);
    const later = document.createElement('counting-quotes') as CountingQuotes;
    const laterLoaded = loaded(later);
    provider.append(later);
    await laterLoaded;
    await later.updateComplete;
    expect(later.shown).to.deep.equal(['data']);
    expect(shownText(later)).to.contain('Delad');
  });

  it('with a src, shows the loading box, then the items: two updates, no more', async () => {
    const el = document.createElement('counting-quotes') as CountingQuotes;
    el.setAttribute('src', jsonUrl(sampleQuotes('Hämtad'), { delay: 50 }));
    const done = loaded(el);
    document.body.append(el);
    await done;
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(el.shown).to.deep.equal(['loading', 'data']);
  });
});

describe('RusWidget: token layer', () => {
  it('takes its font from the page, or from --rus-font-family and --rus-font-size', async () => {
    const page = document.createElement('div');
    page.style.font = '13px Georgia, serif';
    const plain = widgetWithData('counting-quotes', sampleQuotes('A'));
    const themed = widgetWithData('counting-quotes', sampleQuotes('B'));
    themed.style.setProperty('--rus-font-family', 'monospace');
    themed.style.setProperty('--rus-font-size', '1.5em');
    page.append(plain, themed);
    document.body.append(page);
    try {
      expect(getComputedStyle(plain).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(plain).fontSize).to.equal('13px');
      expect(getComputedStyle(themed).fontFamily).to.equal('monospace');
      expect(getComputedStyle(themed).fontSize).to.equal('19.5px');
    } finally {
      page.remove();
    }
  });
});
