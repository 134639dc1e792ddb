import { expect } from '@open-wc/testing';
import { openPage, widgetText, type EmbedPage } from './embed-page.js';

const WIDGETS = ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges'];

/** Every button inside the widgets can be seen: the host's `button { display:none !important }` does not reach them. */
function hiddenWidgetButtons(page: EmbedPage): string[] {
  const hidden: string[] = [];
  for (const tag of WIDGETS) {
    const buttons = page.document.querySelector(tag)!.shadowRoot!.querySelectorAll('button');
    buttons.forEach((button) => {
      const style = page.frame.contentWindow!.getComputedStyle(button);
      const insideHiddenSlide = button.closest('[inert]');
      if (!insideHiddenSlide && (style.display === 'none' || style.visibility === 'hidden'))
        hidden.push(`${tag}: ${button.textContent}`);
    });
  }
  return hidden;
}

describe('widgets on hostile host pages', () => {
  it('render fully under Bootstrap and leave its styles alone', async () => {
    const page = await openPage('/test/embed/pages/host-bootstrap.html', 3);
    expect(page.harness.errors).to.deep.equal([]);
    expect(page.harness.loads).to.have.length(3);
    for (const tag of WIDGETS) expect(widgetText(page, tag)).not.to.equal('');
    expect(hiddenWidgetButtons(page)).to.deep.equal([]);
    // Bootstrap's own body font is still Bootstrap's.
    expect(page.frame.contentWindow!.getComputedStyle(page.document.body).fontFamily).to.contain('system-ui');
    page.frame.remove();
  });

  it('keep their buttons and layout under aggressive global CSS, and change nothing on the host', async () => {
    const page = await openPage('/test/embed/pages/host-aggressive.html', 3);
    const win = page.frame.contentWindow!;
    expect(page.harness.errors).to.deep.equal([]);
    expect(hiddenWidgetButtons(page)).to.deep.equal([]);
    // The host's rules still hold for the host's own elements.
    expect(win.getComputedStyle(page.document.querySelector('#host-button')!).display).to.equal('none');
    expect(win.getComputedStyle(page.document.documentElement).fontSize).to.equal('10px');
    // The widgets size their text from the host element, not from the shrunken root.
    for (const tag of WIDGETS) {
      const size = parseFloat(win.getComputedStyle(page.document.querySelector(tag)!).fontSize);
      expect(size, tag).to.be.at.least(10);
      const paragraph = page.document.querySelector(tag)!.shadowRoot!.querySelector('p, blockquote, h2, h3');
      if (paragraph)
        expect(parseFloat(win.getComputedStyle(paragraph).fontSize), `${tag} text`).to.be.at.least(size * 0.8);
    }
    page.frame.remove();
  });

  it('render in a right-to-left page', async () => {
    const page = await openPage('/test/embed/pages/host-rtl.html', 3);
    expect(page.harness.errors).to.deep.equal([]);
    for (const tag of WIDGETS) {
      expect(widgetText(page, tag)).not.to.equal('');
      const host = page.document.querySelector(tag)!;
      expect(host.getBoundingClientRect().width, tag).to.be.greaterThan(200);
    }
    page.frame.remove();
  });
});
