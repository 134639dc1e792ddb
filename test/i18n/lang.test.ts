import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resolveLang, toLang, DEFAULT_LANG } from '../../src/i18n/lang.js';
import { commonStrings, type CommonStrings } from '../../src/i18n/common.js';
import { part, widget } from '../base/test-widget.js';

afterEach(() => document.querySelectorAll('.lang-host').forEach((el) => el.remove()));

function host(lang?: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'lang-host';
  if (lang !== undefined) div.setAttribute('lang', lang);
  document.body.append(div);
  return div;
}

/** The loading text the widget shows tells which language it speaks. */
async function spoken(el: HTMLElement): Promise<string> {
  await waitUntil(() => part(el, 'state'));
  const text = part(el, 'state')!.textContent ?? '';
  if (text.includes(commonStrings.sv.errors['no-source'])) return 'sv';
  if (text.includes(commonStrings.en.errors['no-source'])) return 'en';
  return `unknown: ${text}`;
}

describe('language', () => {
  it('maps tags to the supported languages', () => {
    expect(DEFAULT_LANG).to.equal('sv');
    expect(['en', 'en-GB', 'EN-us', ' en '].map(toLang)).to.deep.equal(['en', 'en', 'en', 'en']);
    expect(['sv', 'sv-FI', 'nb', 'de', '', 'enx', null, undefined].map(toLang)).to.deep.equal([
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
    ]);
  });

  it("own lang first, then the nearest ancestor's, then Swedish", async () => {
    const outer = host('en');
    const inner = document.createElement('div');
    inner.setAttribute('lang', 'sv');
    const leaf = document.createElement('span');
    inner.append(leaf);
    outer.append(inner);
    expect(resolveLang(leaf)).to.equal('sv');
    inner.removeAttribute('lang');
    expect(resolveLang(leaf)).to.equal('en');
    leaf.setAttribute('lang', 'sv');
    expect(resolveLang(leaf)).to.equal('sv');
    const orphan = document.createElement('span');
    expect(resolveLang(orphan)).to.equal('sv');
  });

  it('crosses shadow roots: a widget inside another component follows the page', () => {
    const outer = host('en-GB');
    const component = document.createElement('div');
    outer.append(component);
    const root = component.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    const leaf = document.createElement('span');
    wrapper.append(leaf);
    root.append(wrapper);
    expect(resolveLang(leaf)).to.equal('en');
  });

  it('a widget without lang on a page without lang speaks Swedish', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = widget('test-quotes');
      host().append(el);
      expect(await spoken(el)).to.equal('sv');
    } finally {
      if (before !== null) document.documentElement.setAttribute('lang', before);
    }
  });

  it("a widget follows its own lang, an ancestor's lang (en-GB → en), and across a shadow root", async () => {
    const own = widget('test-quotes', { lang: 'en' });
    host('sv').append(own);
    expect(await spoken(own)).to.equal('en');

    const inherits = widget('test-quotes');
    host('en-GB').append(inherits);
    expect(await spoken(inherits)).to.equal('en');

    const overrides = widget('test-quotes', { lang: 'sv' });
    host('en').append(overrides);
    expect(await spoken(overrides)).to.equal('sv');

    const component = document.createElement('div');
    host('en').append(component);
    const shadowed = widget('test-quotes');
    component.attachShadow({ mode: 'open' }).append(shadowed);
    expect(await spoken(shadowed)).to.equal('en');
  });

  it('lang set as a property re-renders in that language', async () => {
    const el = await fixture<HTMLElement & { lang: string; updateComplete: Promise<unknown> }>(
      html`<test-quotes></test-quotes>`,
    );
    expect(await spoken(el)).to.equal('sv');
    el.lang = 'en';
    await el.updateComplete;
    expect(await spoken(el)).to.equal('en');
    expect(el.getAttribute('lang')).to.equal('en');
  });
});

describe('the shared catalogue', () => {
  function leaves(strings: CommonStrings): Record<string, string> {
    const { errors, ...rest } = strings;
    return { ...rest, ...Object.fromEntries(Object.entries(errors).map(([k, v]) => [`errors.${k}`, v])) };
  }

  it('has every string in Swedish and English, none empty, none left untranslated', () => {
    const sv = leaves(commonStrings.sv);
    const en = leaves(commonStrings.en);
    expect(Object.keys(sv)).to.deep.equal(Object.keys(en));
    for (const name of Object.keys(sv)) {
      expect(sv[name].trim(), name).to.not.equal('');
      expect(en[name].trim(), name).to.not.equal('');
      expect(sv[name], name).to.not.equal(en[name]);
    }
    expect(commonStrings.sv.errors.network).to.contain('Kunde inte hämta innehållet');
  });
});
