import { expect, waitUntil } from '@open-wc/testing';

/** The demo's front page: every widget on the sample data, each with the snippet that made it. */
describe('demo page', () => {
  let main: HTMLElement;
  before(async () => {
    document.body.innerHTML = '<main id="widgets"></main>';
    main = document.querySelector('#widgets')!;
    await import('../../demo/src/demo.js');
  });

  it('shows seminars at first look: the sample is from 2020, the list is dated inside it', async () => {
    const list = main.querySelector('rus-seminar-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="item"]'), 'the seminar list is empty');
  });

  it('lets the keyboard scroll every code block (axe scrollable-region-focusable)', async () => {
    const blocks = [...main.querySelectorAll('pre')];
    expect(blocks.length).to.be.greaterThan(0);
    for (const block of blocks) expect(block.tabIndex).to.equal(0);
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
  });
});
