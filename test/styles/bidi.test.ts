import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { widgetWithData } from '../support/widget-with-data.js';

/** Data texts on one line are isolated: an unclosed right-to-left override reverses nothing after it. */
describe('bidi isolation of data texts', () => {
  const made: Element[] = [];
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  async function show(tag: string, data: unknown, attributes: Record<string, string> = {}) {
    const el = widgetWithData(tag, data, attributes) as HTMLElement & { updateComplete: Promise<unknown> };
    const loaded = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
    document.body.append(el);
    made.push(el);
    await loaded;
    await el.updateComplete;
    return el;
  }

  /** Where on screen the text `word` starts, found in `root`'s text nodes. */
  function leftOf(root: Node, word: string): number {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`no "${word}"`);
  }

  it('a role with U+202E leaves the organisation after it, in reading order', async () => {
    const el = await show('rus-quote-carousel', {
      version: 1,
      quotes: [{ id: 'q', text: 'Citat.', name: 'Anna Berg', role: '\u202Erektor', organisation: 'Sundsvall' }],
    });
    const meta = el.shadowRoot!.querySelector('[part~="meta"]')!;
    expect(meta.querySelectorAll('bdi')).to.have.length(2);
    expect(leftOf(meta, 'Sundsvall')).to.be.above(leftOf(meta, 'r'));
  });

  it('an organiser with U+202E leaves the next organiser in reading order', async () => {
    const el = await show(
      'rus-seminar-list',
      {
        version: 1,
        seminars: [{ id: 's', title: 'T', start: '2099-01-01', organisers: ['\u202EFörsta', 'Andra'] }],
      },
      { now: '2020-01-01' },
    );
    const line = el.shadowRoot!.querySelector('[part~="organisers"]')!;
    expect(leftOf(line, 'Andra')).to.be.above(leftOf(line, 'Arrangörer'));
    expect(leftOf(line, 'Andra')).to.be.above(leftOf(line, 'F'));
  });
});
