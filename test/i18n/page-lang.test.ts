import { expect } from '@open-wc/testing';
import { mount, part, widget } from '../base/test-widget.js';
import { commonStrings } from '../../src/i18n/common.js';

/** A site's language switch without a reload: `<html lang>` changes, the widgets follow. */
describe('the page language, followed at runtime', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    document.querySelectorAll('test-quotes').forEach((el) => el.remove());
  });

  it('a widget that inherits its language follows a change of <html lang>', async () => {
    document.documentElement.lang = 'sv';
    const el = widget('test-quotes', { src: '/test-api/status?code=500' });
    await mount(el);
    expect(part(el, 'retry-button')!.textContent).to.equal(commonStrings.sv.retry);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(part(el, 'retry-button')!.textContent).to.equal(commonStrings.en.retry);
  });

  it('a widget with its own lang keeps it', async () => {
    document.documentElement.lang = 'en';
    const el = widget('test-quotes', { src: '/test-api/status?code=500', lang: 'sv' });
    await mount(el);
    document.documentElement.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    expect(part(el, 'retry-button')!.textContent).to.equal(commonStrings.sv.retry);
  });

  it('watches with one observer, and none once the last widget has left', async () => {
    const observing = new Set<MutationObserver>();
    const proto = MutationObserver.prototype;
    const { observe, disconnect } = proto;
    proto.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      if (target === document.documentElement) observing.add(this);
      return observe.call(this, target, options);
    };
    proto.disconnect = function (this: MutationObserver) {
      observing.delete(this);
      return disconnect.call(this);
    };
    try {
      const a = widget('test-quotes', { src: '/test-api/status?code=500' });
      const b = widget('test-quotes', { src: '/test-api/status?code=500' });
      await Promise.all([mount(a), mount(b)]);
      expect(observing.size).to.equal(1);
      a.remove();
      expect(observing.size).to.equal(1);
      b.remove();
      expect(observing.size).to.equal(0);
    } finally {
      proto.observe = observe;
      proto.disconnect = disconnect;
    }
  });
});
