import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

const SAMPLE = '/data/rus2030.json';

async function settled<T extends HTMLElement>(element: T): Promise<T> {
  const parent = document.createElement('div');
  const done = Promise.race([oneEvent(element, 'rus-load'), oneEvent(element, 'rus-error')]);
  parent.append(element);
  await fixture(parent);
  const event = await done;
  expect(event.type, `${element.localName} ${JSON.stringify((event as CustomEvent).detail?.message ?? '')}`).to.equal(
    'rus-load',
  );
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

function widget(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('scale: a 1,000-quote, 1,000-seminar, 200-goal document', () => {
  const LARGE = '/test-api/large?quotes=1000&seminars=1000&goals=200';
  it('renders every widget without error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const carousel = await settled(widget('rus-quote-carousel', { src: LARGE }));
    const seminars = await settled(widget('rus-seminar-list', { src: LARGE, show: 'all' }));
    const goals = await settled(widget('rus-goal-badges', { src: LARGE }));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(carousel.shadowRoot!.textContent).to.contain('Person 0');
    expect(seminars.shadowRoot!.textContent).to.contain('Seminarium');
    expect(goals.shadowRoot!.textContent).to.contain('Mål 199');
  });
});

describe('axe on every widget with the sample data', () => {
  for (const lang of ['sv', 'en']) {
    const cases: [string, Record<string, string>][] = [
      ['rus-quote-carousel', { src: SAMPLE, lang }],
      ['rus-quote-carousel', { src: SAMPLE, lang, layout: 'list' }],
      ['rus-seminar-list', { src: SAMPLE, lang, now: '2020-10-20', show: 'all' }],
      ['rus-seminar-list', { src: SAMPLE, lang, now: '2026-10-20' }],
      ['rus-goal-badges', { src: SAMPLE, lang, now: '2020-10-20' }],
      ['rus-goal-badges', { src: SAMPLE, lang, now: '2020-10-20', variant: 'compact' }],
      ['rus-goal-badge', { src: SAMPLE, lang, goal: 'sundsvall-jobb' }],
    ];
    for (const [tag, attributes] of cases) {
      it(`${tag} ${JSON.stringify(attributes)}`, async () => {
        const element = await settled(widget(tag, attributes));
        await expect(element).to.be.accessible();
      });
    }
  }

  it('the error state', async () => {
    const element = widget('rus-seminar-list', { src: '/test-api/status?code=503' });
    const failed = oneEvent(element, 'rus-error');
    await fixture(element);
    await failed;
    await expect(element).to.be.accessible();
  });
});
