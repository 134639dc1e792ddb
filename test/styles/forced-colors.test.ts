import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { widgetWithData } from '../support/widget-with-data.js';

/**
 * Windows high contrast (forced colors): the browser swaps every colour for the visitor's own
 * few, and drops backgrounds and shadows. What told a card, a button or a progress bar apart by
 * colour alone must still show: a border in the text or button colour, the bar in the highlight
 * colour, the focus ring in the highlight colour.
 */
const EXAMPLE = {
  version: 1,
  quotes: [
    { id: 'a', text: 'Tillsammans bygger vi länet.', name: 'Anna Andersson', organisation: 'Kommunen' },
    { id: 'b', text: 'Fler jobb i hela regionen.', name: 'Bertil Berg', organisation: 'Företagarna' },
  ],
  seminars: [{ id: 's', title: 'Smarta samhällen', start: '2030-10-29T09:00:00+01:00', url: 'https://example.org/' }],
  // An example with progress (the sample data gives no progress figures).
  goals: [
    {
      id: 'g',
      title: 'Nya jobb',
      area: 'näringsliv',
      target: { value: 5000, unit: 'jobb', year: 2030 },
      current: { value: 1200, date: '2024-12-31' },
    },
  ],
};

const mounted: Element[] = [];

async function mount(tag: string): Promise<HTMLElement> {
  const element = widgetWithData(tag, EXAMPLE, { now: tag === 'rus-quote-carousel' ? undefined : '2026-01-01' });
  const loaded = oneEvent(element, 'rus-load');
  document.body.append(element);
  mounted.push(element);
  await loaded;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** A system colour as the forced palette paints it now. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The visible edge of an element: its top border's width, style and colour. */
function edge(element: Element | null): string {
  if (!element) return 'no element';
  const style = getComputedStyle(element);
  return `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`;
}

describe('Windows high contrast (forced colors)', () => {
  before(async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });
  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
  });

  it('is in force (else the checks below would prove nothing)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('the carousel: each statement framed, each button outlined in the button text colour', async () => {
    const root = (await mount('rus-quote-carousel')).shadowRoot!;
    expect(edge(root.querySelector('figure'))).to.equal(`1px solid ${systemColor('CanvasText')}`);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length, 'previous and next').to.be.greaterThan(1);
    for (const button of buttons)
      expect(edge(button), button.textContent!).to.equal(`1px solid ${systemColor('ButtonText')}`);
  });

  it('the seminar list: each seminar framed, its calendar button outlined', async () => {
    const root = (await mount('rus-seminar-list')).shadowRoot!;
    expect(edge(root.querySelector('[part~="item"]'))).to.equal(`1px solid ${systemColor('CanvasText')}`);
    expect(edge(root.querySelector('[part~="calendar-button"]'))).to.equal(`1px solid ${systemColor('ButtonText')}`);
  });

  it('the goal badges: the card and its mark framed, the progress bar in the highlight colour', async () => {
    const root = (await mount('rus-goal-badges')).shadowRoot!;
    expect(edge(root.querySelector('.badge'))).to.equal(`1px solid ${systemColor('CanvasText')}`);
    expect(edge(root.querySelector('.mark'))).to.equal(`1px solid ${systemColor('CanvasText')}`);
    expect(getComputedStyle(root.querySelector('.meter rect')!).fill).to.equal(systemColor('Highlight'));
  });

  it('the keyboard focus ring is drawn in the highlight colour', async () => {
    const carousel = await mount('rus-quote-carousel');
    carousel.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    // A key press makes the focus :focus-visible, as a keyboard user's would be.
    await sendKeys({ press: 'Shift' });
    const focused = carousel.shadowRoot!.activeElement!;
    expect(focused.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(focused);
    expect(`${style.outlineStyle} ${style.outlineColor}`).to.equal(`solid ${systemColor('Highlight')}`);
  });
});
