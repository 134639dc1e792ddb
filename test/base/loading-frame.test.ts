import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

/**
 * Before the data: each widget shows what its attributes already tell (its heading) and holds
 * about the height the data will take, so a plain `src` embed does not push the page down.
 */
describe('loading state: the frame and the reserved height', () => {
  const made: HTMLElement[] = [];
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  /** A widget in a box of `width` px, on a data address that does not answer (or `src`). */
  async function loading(tag: string, attributes: Record<string, string> = {}, width = 800) {
    const box = document.createElement('div');
    box.style.width = `${width}px`;
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('src', '/test-api/hang?ms=20000');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    box.append(el);
    document.body.append(box);
    made.push(box);
    await el.updateComplete;
    return el;
  }
  const height = (el: HTMLElement) => el.getBoundingClientRect().height;
  const loadingBox = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="loading"]')!;

  it('the seminar list shows its heading at once, before the seminars', async () => {
    const el = await loading('rus-seminar-list');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kommande webbseminarier');
    expect(loadingBox(el)).to.exist;
    const past = await loading('rus-seminar-list', { show: 'past', lang: 'en', 'heading-level': '3' });
    expect(past.shadowRoot!.querySelector('h3')!.textContent).to.equal('Past web seminars');
  });

  it('a carousel or badges with a heading show it at once', async () => {
    const carousel = await loading('rus-quote-carousel', { heading: 'Röster om RUS' });
    expect(carousel.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Röster om RUS');
    const badges = await loading('rus-goal-badges', { heading: 'Våra mål' });
    expect(badges.shadowRoot!.querySelector('h2')!.textContent).to.equal('Våra mål');
  });

  it('holds more room for more seminars, for narrow carousels and for cards than for compact badges', async () => {
    expect(height(await loading('rus-seminar-list', { limit: '1' }))).to.be.below(
      height(await loading('rus-seminar-list')) / 2,
    );
    expect(height(await loading('rus-quote-carousel', {}, 360))).to.be.above(
      height(await loading('rus-quote-carousel', {}, 800)) * 1.4,
    );
    expect(height(await loading('rus-goal-badges', { variant: 'compact' }))).to.be.below(
      height(await loading('rus-goal-badges')) / 2,
    );
  });

  it('the host’s --rus-reserved-height still decides', async () => {
    const el = await loading('rus-seminar-list');
    el.style.setProperty('--rus-reserved-height', '5em');
    expect(loadingBox(el).getBoundingClientRect().height).to.equal(80);
  });

  for (const width of [800, 360]) {
    it(`with the sample data at ${width} px, the loaded widget is within a tenth of its loading height`, async () => {
      for (const [tag, attributes] of [
        ['rus-quote-carousel', {}],
        ['rus-seminar-list', { now: '2020-10-20' }],
        ['rus-goal-badges', { now: '2020-10-20' }],
      ] as const) {
        const el = await loading(tag, attributes, width);
        const before = height(el);
        const loaded = oneEvent(el, 'rus-load');
        el.setAttribute('src', '/public/data/rus2030.json');
        await loaded;
        await el.updateComplete;
        await waitUntil(() => !loadingBox(el));
        await new Promise(requestAnimationFrame);
        // Within a tenth: the estimate knows the widget's kind, attributes and width, not the texts.
        expect(
          Math.abs(height(el) - before) / height(el),
          `${tag}: ${before} px loading, ${height(el)} px loaded`,
        ).to.be.below(0.1);
      }
    });
  }
});
