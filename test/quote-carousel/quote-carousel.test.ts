import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/quote-carousel/define.js';
import type { RusQuoteCarousel } from '../../src/quote-carousel/quote-carousel.component.js';
import { renderMeta, renderParagraphs, renderPortrait } from '../../src/quote-carousel/render-figure.js';
import { initials } from '../../src/quote-carousel/quote-texts.js';
import { widgetWithData } from '../support/widget-with-data.js';

const long = 'Ett långt stycke som tar plats. '.repeat(30);
const quotes = [
  {
    id: 'q1',
    text: 'Kort.',
    name: 'Bodil Hansson',
    role: 'ordförande',
    organisation: 'Sundsvalls kommun',
    url: 'https://example.org/a',
  },
  {
    id: 'q2',
    text: `Första stycket.\n\nAndra stycket.\n  \n${long}`,
    name: 'Matts Nyman',
    organisation: 'BizMaker',
    url: 'https://example.org/b',
  },
  {
    id: 'q3',
    text: 'Tre <b>fet</b>.',
    name: 'Cher',
    organisation: 'Region Västernorrland',
    image: { src: '/public/img/example-portrait-c.svg', alt: 'Porträtt av Cher' },
  },
  { id: 'q4', text: 'Fyra.', name: 'Anna Maria Berg', role: 'vd', organisation: 'region västernorrland ' },
  { id: 'q5', text: 'Fem.', name: 'Eva Högdahl', organisation: 'Almi', url: 'https://example.org/e' },
];

const made: HTMLElement[] = [];

/** A carousel with its data inline (a child JSON script), connected, loaded and laid out. */
async function make(
  attributes: Record<string, string> = {},
  items: unknown[] = quotes,
  parent: HTMLElement = document.body,
): Promise<RusQuoteCarousel> {
  const el = widgetWithData('rus-quote-carousel', { version: 1, quotes: items }, attributes) as RusQuoteCarousel;
  const loaded = oneEvent(el, 'rus-load');
  parent.append(el);
  made.push(parent === document.body ? el : parent);
  await loaded;
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const slides = (el: HTMLElement) => $$(el, '[part~="slide"]');
const shown = (el: HTMLElement) =>
  slides(el)
    .filter((s) => !s.inert)
    .map((s) => s.getAttribute('aria-label'));
const pager = (el: HTMLElement) => $<HTMLSelectElement>(el, 'select');
const position = (el: HTMLElement) => pager(el).selectedOptions[0].text; // an option's label, white space collapsed as the select shows it
const button = (el: HTMLElement, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`);
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const settle = async (el: RusQuoteCarousel) => {
  await el.updateComplete;
  await aTimeout(50);
};

/** Tabs into the carousel from a button placed before it (keyboard focus, so :focus-visible). */
async function tabInto(el: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'före';
  el.before(before);
  made.push(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
}

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('rus-quote-carousel: markup', () => {
  it('is a region with the localized role description and default name', async () => {
    const el = await make();
    const region = $(el, 'section');
    expect(region.getAttribute('aria-roledescription')).to.equal('karusell');
    expect(region.getAttribute('aria-label')).to.equal('Uttalanden');
    expect(el.shadowRoot!.querySelector('h2')).to.be.null;
  });

  it('labels slides as groups "n av m", the group role on a wrapper of figure', async () => {
    const el = await make();
    const all = slides(el);
    expect(all.map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      '1 av 5',
      '2 av 5',
      '3 av 5',
      '4 av 5',
      '5 av 5',
    ]);
    for (const slide of all) {
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal('bild');
      expect(slide.querySelector(':scope > figure > blockquote')).to.exist;
      expect(slide.querySelector(':scope > figure > figcaption')).to.exist;
      expect(slide.querySelector('figure')!.hasAttribute('role')).to.be.false;
    }
  });

  it('splits paragraphs on blank lines and shows text as text', async () => {
    const el = await make();
    const paragraphs = [...slides(el)[1].querySelectorAll('blockquote p')].map((p) => p.textContent);
    expect(paragraphs.slice(0, 2)).to.deep.equal(['Första stycket.', 'Andra stycket.']);
    expect(paragraphs).to.have.length(3);
    const third = slides(el)[2].querySelector('blockquote')!;
    expect(third.textContent!.trim()).to.equal('Tre <b>fet</b>.');
    expect(third.querySelector('b')).to.be.null;
  });

  it('shows name, role and organisation, the organisation a link only when url is given', async () => {
    const el = await make();
    const [first, , third] = slides(el);
    expect(first.querySelector('[part="name"]')!.textContent).to.equal('Bodil Hansson');
    expect(first.querySelector('[part="meta"]')!.textContent!.trim()).to.equal('ordförande, Sundsvalls kommun');
    const link = first.querySelector('figcaption a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    expect(link.textContent).to.equal('Sundsvalls kommun');
    expect(third.querySelector('figcaption a')).to.be.null;
    expect(third.querySelector('[part="meta"]')!.textContent!.trim()).to.equal('Region Västernorrland');
  });

  it('lazy-loads a portrait with fixed dimensions and its alt, else shows initials', async () => {
    const el = await make();
    const img = slides(el)[2].querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('56');
    expect(img.getAttribute('height')).to.equal('56');
    expect(img.alt).to.equal('Porträtt av Cher');
    const initials = slides(el).map((s) => s.querySelector('[part~="initials"]')?.textContent);
    // Cher's initials lie beneath her portrait, for the day it fails to load.
    expect(initials).to.deep.equal(['BH', 'MN', 'C', 'AB', 'EH']);
    expect(slides(el)[0].querySelector('[part~="initials"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('a portrait that fails to load shows the initials, as a quote without a portrait does', async () => {
    const el = await make({}, [{ ...quotes[0], image: { src: '/test-api/status?code=404&img', alt: 'Bodil' } }]);
    const img = $<HTMLImageElement>(el, 'img');
    await waitUntil(() => img.hidden, 'the broken image stays in view');
    const initialsBox = $(el, '[part~="initials"]');
    expect(initialsBox.textContent).to.equal('BH');
    expect(initialsBox.getBoundingClientRect().width).to.be.above(0);
    expect(img.getBoundingClientRect().width, 'no broken-image icon').to.equal(0);
  });

  it('a slow portrait moves nothing when it arrives, and then covers the initials', async () => {
    const src = `/test-api/portrait?delay=400&k=${Math.random()}`;
    const el = await make({}, [{ ...quotes[0], image: { src, alt: 'Bodil' } }]);
    const name = () => $(el, '[part~="name"]').getBoundingClientRect();
    const before = name();
    const img = $<HTMLImageElement>(el, 'img');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the portrait did not arrive', { timeout: 3000 });
    expect([name().left, name().top]).to.deep.equal([before.left, before.top]);
    expect(img.hidden).to.be.false;
    expect(img.getBoundingClientRect().width).to.equal($(el, '[part~="initials"]').getBoundingClientRect().width);
  });

  it('a short statement’s name follows its words, though the tallest slide sets the height', async () => {
    const el = await make();
    const first = slides(el)[0];
    const words = first.querySelector('blockquote')!.getBoundingClientRect();
    const caption = first.querySelector('figcaption')!.getBoundingClientRect();
    expect(first.getBoundingClientRect().height).to.be.greaterThan(300); // the long second statement
    expect(caption.top - words.bottom).to.be.lessThan(40);
  });
  it('on a narrow screen a short statement starts at the top of its card, where a phone shows it', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    made.push(box);
    const el = await make({}, quotes, box);
    const figure = slides(el)[0].querySelector('figure')!.getBoundingClientRect();
    expect($(el, '[part~="quote"]').getBoundingClientRect().top - figure.top).to.be.below(40);
  });

  it('a short statement sits in the middle of the card the tallest one sizes, not at its top', async () => {
    const el = await make();
    const figure = slides(el)[0].querySelector('figure')!.getBoundingClientRect();
    const quote = $(el, '[part~="quote"]').getBoundingClientRect();
    const caption = $(el, '[part~="caption"]').getBoundingClientRect();
    const above = quote.top - figure.top;
    const below = figure.bottom - caption.bottom;
    expect(figure.height, 'the tallest statement gives the card room').to.be.above(caption.bottom - quote.top + 100);
    expect(Math.abs(above - below)).to.be.below(2);
  });

  it('heading: a visible heading at heading-level names the carousel', async () => {
    const el = await make({ heading: 'Så tycker partnerna', 'heading-level': '3' });
    const h = el.shadowRoot!.querySelector('h3')!;
    expect(h.textContent).to.equal('Så tycker partnerna');
    const region = $(el, 'section');
    expect(region.getAttribute('aria-labelledby')).to.equal(h.id);
    expect(region.hasAttribute('aria-label')).to.be.false;
  });

  it('lang="en": English names and positions', async () => {
    const el = await make({ lang: 'en', autoplay: '' });
    expect($(el, 'section').getAttribute('aria-label')).to.equal('Statements');
    expect($(el, 'section').getAttribute('aria-roledescription')).to.equal('carousel');
    expect(slides(el)[0].getAttribute('aria-roledescription')).to.equal('slide');
    expect(slides(el)[0].getAttribute('aria-label')).to.equal('1 of 5');
    expect(position(el)).to.equal('1 of 5');
    expect(button(el, 'next-button').textContent!.trim()).to.equal('Next statement');
    expect(button(el, 'prev-button').textContent!.trim()).to.equal('Previous statement');
    expect(pager(el).getAttribute('aria-label')).to.equal('Go to statement');
  });

  it('one statement: no controls', async () => {
    const el = await make({ autoplay: '' }, quotes.slice(0, 1));
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.be.null;
    expect(shown(el)).to.deep.equal(['1 av 1']);
  });

  it('empty: a localized empty state', async () => {
    const el = await make({}, []);
    expect($(el, '[part~="empty"]').textContent!.trim()).to.equal('Det finns inga uttalanden att visa just nu.');
  });
});

describe('rus-quote-carousel: navigation', () => {
  it('prev/next move one statement; at the ends the button is aria-disabled and does nothing', async () => {
    const el = await make();
    expect(button(el, 'prev-button').getAttribute('aria-disabled')).to.equal('true');
    button(el, 'prev-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['1 av 5']);
    button(el, 'next-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['2 av 5']);
    expect(position(el)).to.equal('2 av 5');
    expect(button(el, 'prev-button').getAttribute('aria-disabled')).to.equal('false');
    for (let i = 0; i < 5; i++) button(el, 'next-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['5 av 5']);
    expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('true');
  });

  it('loop: past the last comes the first, before the first the last', async () => {
    const el = await make({ loop: '' });
    expect(button(el, 'prev-button').getAttribute('aria-disabled')).to.equal('false');
    button(el, 'prev-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['5 av 5']);
    button(el, 'next-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['1 av 5']);
  });

  it('the pager says where you are and jumps', async () => {
    const el = await make();
    expect(pager(el).getAttribute('aria-label')).to.equal('Gå till uttalande');
    expect([...pager(el).options].map((o) => o.text)).to.deep.equal(['1 av 5', '2 av 5', '3 av 5', '4 av 5', '5 av 5']);
    pager(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['3 av 5']);
    expect(position(el)).to.equal('3 av 5');
    button(el, 'prev-button').click();
    await settle(el);
    expect(position(el)).to.equal('2 av 5');
  });

  it('keyboard: Tab reaches prev, pager, next, then the visible slide’s link; arrows, Home and End move', async () => {
    const el = await make();
    await tabInto(el);
    expect(focused(el)).to.equal(button(el, 'prev-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(pager(el));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el, 'next-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['2 av 5']);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['3 av 5']);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['5 av 5']);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['5 av 5']);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['4 av 5']);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['1 av 5']);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.closest('[part~="slide"]')!.getAttribute('aria-label')).to.equal('1 av 5');
    expect(focused(el)!.localName).to.equal('a');
  });

  it('hidden slides are inert: Tab never lands inside them', async () => {
    const el = await make();
    button(el, 'next-button').click(); // slide 2 has a link, as do 1 and 5
    await settle(el);
    expect(slides(el).map((s) => s.inert)).to.deep.equal([true, false, true, true, true]);
    await tabInto(el);
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      const active = focused(el);
      if (!active) break;
      stops.push(active.closest('[part~="slide"]')?.getAttribute('aria-label') ?? active.getAttribute('part')!);
      await sendKeys({ press: 'Tab' });
    }
    expect(stops).to.deep.equal(['control prev-button', 'pager', 'control next-button', '2 av 5']);
  });

  it('with no link in view, the scrolling track is no extra tab stop', async () => {
    const el = await make({}, [quotes[2], quotes[0]]);
    await tabInto(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el, 'next-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.be.null;
  });

  it('focus inside the slide that leaves moves to the new slide', async () => {
    const el = await make();
    await tabInto(el);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)!.localName).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal(slides(el)[1]);
    expect(slides(el)[1].inert).to.be.false;
  });

  it('fires rus-slide-change with index, id and who moved it', async () => {
    const el = await make();
    const changed = oneEvent(el, 'rus-slide-change');
    button(el, 'next-button').click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ index: 1, id: 'q2', auto: false });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('next(), previous() and goTo() move as a visitor would; goTo stays within the statements', async () => {
    const el = await make({ autoplay: '' });
    const changed = oneEvent(el, 'rus-slide-change');
    el.next();
    expect((await changed).detail).to.deep.equal({ index: 1, id: 'q2', auto: false });
    await settle(el);
    expect(position(el)).to.equal('2 av 5');
    expect(button(el, 'play-button').textContent).to.contain('Starta');
    el.goTo(3);
    await settle(el);
    expect(shown(el)).to.deep.equal(['4 av 5']);
    el.previous();
    await settle(el);
    expect(position(el)).to.equal('3 av 5');
    el.goTo(99);
    await settle(el);
    expect(position(el)).to.equal('5 av 5');
    el.next();
    await settle(el);
    expect(position(el), 'no wrap without loop').to.equal('5 av 5');
  });

  it('swipe: a scroll that comes to rest on another slide moves the carousel', async () => {
    const el = await make();
    const track = $(el, '[part="slides"]');
    expect(getComputedStyle(track).scrollSnapType).to.contain('x mandatory');
    const changed = oneEvent(el, 'rus-slide-change');
    track.scrollTo({ left: slides(el)[2].offsetLeft - slides(el)[0].offsetLeft, behavior: 'instant' });
    const event = await changed;
    expect(event.detail.index).to.equal(2);
    await settle(el);
    expect(shown(el)).to.deep.equal(['3 av 5']);
  });

  it('mouse drag moves to the next slide', async () => {
    const el = await make();
    const box = $(el, '[part="slides"]').getBoundingClientRect();
    const y = Math.round(box.top + 40);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 100), y] });
    await sendMouse({ type: 'up' });
    await waitUntil(() => shown(el)[0] === '2 av 5', 'dragging left shows the next slide');
  });
});

describe('rus-quote-carousel: rotation', () => {
  const nextChange = (el: HTMLElement) => oneEvent(el, 'rus-slide-change');
  const rotating = (el: HTMLElement) => $(el, '[part="slides"]').getAttribute('aria-live') === 'off';
  const playName = (el: HTMLElement) => button(el, 'play-button').textContent!.trim();

  it('without autoplay there is no play button and nothing moves; the live region is polite', async () => {
    const el = await make({ interval: '100' });
    expect(el.shadowRoot!.querySelector('[part~="play-button"]')).to.be.null;
    expect($(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
    await aTimeout(300);
    expect(shown(el)).to.deep.equal(['1 av 5']);
  });

  it('autoplay rotates every interval, wrapping at the end; aria-live is off while rotating', async () => {
    const el = await make({ autoplay: '', interval: '150' }, quotes.slice(0, 2));
    expect(playName(el)).to.equal('Stoppa automatisk visning');
    expect(rotating(el)).to.be.true;
    let event = await nextChange(el);
    expect(event.detail).to.deep.equal({ index: 1, id: 'q2', auto: true });
    event = await nextChange(el);
    expect(event.detail.index).to.equal(0);
  });

  it('the play button comes first in tab order; keyboard focus stops rotation until the button starts it', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    await tabInto(el);
    expect(focused(el)).to.equal(button(el, 'play-button'));
    expect(playName(el)).to.equal('Starta automatisk visning');
    expect(rotating(el)).to.be.false;
    expect($(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
    await aTimeout(400);
    expect(shown(el)).to.deep.equal(['1 av 5']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(playName(el)).to.equal('Stoppa automatisk visning');
    expect(rotating(el)).to.be.true;
    await nextChange(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(playName(el)).to.equal('Starta automatisk visning');
    expect(rotating(el)).to.be.false;
  });

  it('hovering pauses rotation; it resumes when the pointer leaves', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 80)] });
    await el.updateComplete;
    expect(rotating(el)).to.be.false;
    expect(playName(el)).to.equal('Stoppa automatisk visning');
    const before = shown(el);
    await aTimeout(450);
    expect(shown(el)).to.deep.equal(before);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom + 200)] });
    await el.updateComplete;
    expect(rotating(el)).to.be.true;
    await nextChange(el);
  });

  it('stays stopped after the visitor moves the carousel', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    button(el, 'next-button').click();
    await el.updateComplete;
    expect(playName(el)).to.equal('Starta automatisk visning');
    expect(rotating(el)).to.be.false;
    await aTimeout(450);
    expect(shown(el)).to.deep.equal(['2 av 5']);
  });

  it('prefers-reduced-motion: no automatic rotation, no slide animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await make({ autoplay: '', interval: '100' });
    expect(playName(el)).to.equal('Starta automatisk visning');
    expect(rotating(el)).to.be.false;
    expect(getComputedStyle($(el, '[part="slides"]')).scrollBehavior).to.equal('auto');
    await aTimeout(350);
    expect(shown(el)).to.deep.equal(['1 av 5']);
  });

  it('slides animate without reduced motion', async () => {
    const el = await make();
    expect(getComputedStyle($(el, '[part="slides"]')).scrollBehavior).to.equal('smooth');
  });

  it('disconnecting stops the timer; reconnecting resumes', async () => {
    const el = await make({ autoplay: '', interval: '100' });
    let changes = 0;
    el.addEventListener('rus-slide-change', () => changes++);
    el.remove();
    await aTimeout(350);
    expect(changes).to.equal(0);
    document.body.append(el);
    await waitUntil(() => changes > 0, 'rotation resumes after reconnecting');
  });
});

describe('rus-quote-carousel: layout and attributes', () => {
  it('keeps one height across slides: the tallest sets it', async () => {
    const el = await make();
    const height = el.offsetHeight;
    const tallest = Math.max(...slides(el).map((s) => s.querySelector('figure')!.scrollHeight));
    expect($(el, '[part="slides"]').offsetHeight).to.be.at.least(tallest);
    for (let i = 0; i < 4; i++) {
      button(el, 'next-button').click();
      await settle(el);
      expect(el.offsetHeight).to.equal(height);
    }
  });

  it('per-view: several side by side on a wide container only', async () => {
    const wide = document.createElement('div');
    wide.style.width = '1100px';
    document.body.append(wide);
    const el = await make({ 'per-view': '3' }, quotes, wide);
    expect(shown(el)).to.deep.equal(['1 av 5', '2 av 5', '3 av 5']);
    expect(position(el)).to.equal('1–3 av 5');
    expect(pager(el).options).to.have.length(3);
    button(el, 'next-button').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['2 av 5', '3 av 5', '4 av 5']);
    wide.style.width = '400px';
    await waitUntil(() => shown(el).length === 1, 'a narrow container shows one');
    expect(position(el)).to.equal('2 av 5');
  });

  it('layout="list": all statements stacked, none hidden, no controls', async () => {
    const el = await make({ layout: 'list' });
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.be.null;
    expect(slides(el).every((s) => !s.inert)).to.be.true;
    expect($(el, '[part="slides"]').getAttribute('role')).to.equal('list');
    expect(slides(el)[0].getAttribute('role')).to.equal('listitem');
    const [a, b] = slides(el).map((s) => s.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.bottom - 1);
    expect($(el, 'section').hasAttribute('aria-roledescription')).to.be.false;
  });

  it('print stacks the statements', async () => {
    const el = await make();
    await emulateMedia({ media: 'print' });
    try {
      const [a, b] = slides(el).map((s) => s.getBoundingClientRect());
      expect(b.top).to.be.greaterThan(a.bottom - 1);
      expect(getComputedStyle($(el, '[part="controls"]')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shuffle: starts at a random statement', async () => {
    const random = Math.random;
    Math.random = () => 0.7;
    try {
      const el = await make({ shuffle: '' });
      expect(shown(el)).to.deep.equal(['4 av 5']);
      expect(position(el)).to.equal('4 av 5');
    } finally {
      Math.random = random;
    }
  });

  it('limit: at most that many statements', async () => {
    const el = await make({ limit: '2' });
    expect(slides(el)).to.have.length(2);
    expect(position(el)).to.equal('1 av 2');
  });

  it('organisation: only that organisation’s statements, case and spaces aside', async () => {
    const el = await make({ organisation: 'REGION Västernorrland' });
    expect(slides(el).map((s) => s.querySelector('[part="name"]')!.textContent)).to.deep.equal([
      'Cher',
      'Anna Maria Berg',
    ]);
    const none = await make({ organisation: 'Ingen' });
    expect(none.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
  });

  it('interval: the rotation waits that long', async () => {
    const el = await make({ autoplay: '', interval: '600' });
    await aTimeout(300);
    expect(shown(el)).to.deep.equal(['1 av 5']);
    await waitUntil(() => shown(el)[0] === '2 av 5', 'moves after the interval', { timeout: 2000 });
  });

  it('a src that fails shows the shared error state', async () => {
    const el = document.createElement('rus-quote-carousel');
    el.src = '/test-api/status?code=500';
    const failed = oneEvent(el, 'rus-error');
    document.body.append(el);
    made.push(el);
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  });
});

describe('rus-quote-carousel: right-to-left', () => {
  /** A carousel in a `dir="rtl"` container: the first slide at the right, the next to its left. */
  async function makeRtl(attributes: Record<string, string> = {}, width = '') {
    const box = document.createElement('div');
    box.dir = 'rtl';
    box.style.width = width;
    document.body.append(box);
    return make(attributes, quotes, box);
  }
  /** The slides the visitor actually sees inside the track (by geometry, not by `inert`). */
  const onScreen = (el: HTMLElement) => {
    const track = $(el, '[part="slides"]').getBoundingClientRect();
    return slides(el)
      .filter((s) => {
        const box = s.getBoundingClientRect();
        return box.left >= track.left - 2 && box.right <= track.right + 2;
      })
      .map((s) => s.getAttribute('aria-label'));
  };

  it('lays slides out from the right; the shown slide is the one on screen', async () => {
    const el = await makeRtl();
    const [first, second] = slides(el).map((s) => s.getBoundingClientRect());
    expect(second.right).to.be.at.most(first.left + 1);
    expect(onScreen(el)).to.deep.equal(['1 av 5']);
    button(el, 'next-button').click();
    await waitUntil(() => onScreen(el)[0] === '2 av 5', 'next scrolls the second slide into view');
    expect($(el, '[part="slides"]').scrollLeft).to.be.below(0);
    expect(shown(el)).to.deep.equal(['2 av 5']);
  });

  it('arrow keys follow the visual direction: ArrowLeft is next, ArrowRight previous', async () => {
    const el = await makeRtl();
    await tabInto(el);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['2 av 5']);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['3 av 5']);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['2 av 5']);
    await sendKeys({ press: 'End' });
    await waitUntil(() => onScreen(el)[0] === '5 av 5', 'End scrolls to the last slide, at the left');
  });

  it('the previous and next icons are mirrored, the play icon is not', async () => {
    const el = await makeRtl({ autoplay: '' });
    const flipped = (part: string) =>
      new DOMMatrix(getComputedStyle(button(el, part).querySelector('svg')!).transform).a < 0 ||
      getComputedStyle(button(el, part).querySelector('svg')!).scale.startsWith('-1');
    expect(flipped('prev-button')).to.be.true;
    expect(flipped('next-button')).to.be.true;
    expect(flipped('play-button')).to.be.false;
    const ltr = await make();
    expect(getComputedStyle(button(ltr, 'next-button').querySelector('svg')!).scale).to.equal('none');
  });

  it('a swipe to the left end (negative scrollLeft) shows the last statements, per-view too', async () => {
    const el = await makeRtl({ 'per-view': '3' }, '1100px');
    expect(shown(el)).to.deep.equal(['1 av 5', '2 av 5', '3 av 5']);
    expect(onScreen(el)).to.deep.equal(['1 av 5', '2 av 5', '3 av 5']);
    const track = $(el, '[part="slides"]');
    const changed = oneEvent(el, 'rus-slide-change');
    track.scrollTo({ left: -track.scrollWidth, behavior: 'instant' });
    expect((await changed).detail.index).to.equal(2);
    await settle(el);
    expect(position(el)).to.equal('3–5 av 5');
    expect(onScreen(el)).to.deep.equal(['3 av 5', '4 av 5', '5 av 5']);
  });

  it('mouse drag to the right shows the next slide', async () => {
    const el = await makeRtl();
    const box = $(el, '[part="slides"]').getBoundingClientRect();
    const y = Math.round(box.top + 40);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 100), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'up' });
    await waitUntil(
      () => shown(el)[0] === '2 av 5' && onScreen(el)[0] === '2 av 5',
      'dragging right shows the next slide',
    );
  });
});

describe('rus-quote-carousel: reduced motion while connected', () => {
  const rotating = (el: HTMLElement) => $(el, '[part="slides"]').getAttribute('aria-live') === 'off';
  const playName = (el: HTMLElement) => button(el, 'play-button').textContent!.trim();

  it('turning reduced motion on stops rotation; turning it off resumes it', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    expect(rotating(el)).to.be.true;
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => !rotating(el), 'the carousel reacts to the new preference');
    expect(playName(el)).to.equal('Starta automatisk visning');
    const before = shown(el);
    await aTimeout(400);
    expect(shown(el)).to.deep.equal(before);
    expect(getComputedStyle($(el, '[part="slides"]')).scrollBehavior).to.equal('auto');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await waitUntil(() => rotating(el), 'rotation resumes');
    expect(playName(el)).to.equal('Stoppa automatisk visning');
    await oneEvent(el, 'rus-slide-change');
  });

  it('does not restart a rotation the visitor stopped', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    button(el, 'next-button').click();
    await emulateMedia({ reducedMotion: 'reduce' });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await aTimeout(400);
    expect(rotating(el)).to.be.false;
    expect(shown(el)).to.deep.equal(['2 av 5']);
  });

  it('listens only while connected', async () => {
    const listeners = new Set<unknown>();
    const proto = MediaQueryList.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    proto.addEventListener = function (this: MediaQueryList, type: string, listener: unknown, options?: unknown) {
      if (type === 'change' && this.media.includes('reduced-motion')) listeners.add(listener);
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof proto.addEventListener;
    proto.removeEventListener = function (this: MediaQueryList, type: string, listener: unknown, options?: unknown) {
      if (type === 'change') listeners.delete(listener);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof proto.removeEventListener;
    try {
      const el = await make({ autoplay: '' });
      expect(listeners.size).to.equal(1);
      el.remove();
      expect(listeners.size).to.equal(0);
      document.body.append(el);
      expect(listeners.size).to.equal(1);
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    }
  });
});

describe('rus-quote-carousel: the track’s listeners', () => {
  it('are on the track only while the carousel is in the page', async () => {
    const live = new Set<EventListenerOrEventListenerObject>();
    const proto = HTMLElement.prototype;
    const { addEventListener: add, removeEventListener: remove } = proto;
    const track = (target: unknown) => (target as Element).classList?.contains('track');
    proto.addEventListener = function (this: HTMLElement, type: string, listener: unknown, options?: unknown) {
      if (type === 'pointerdown' && track(this)) live.add(listener as EventListener);
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof proto.addEventListener;
    proto.removeEventListener = function (this: HTMLElement, type: string, listener: unknown, options?: unknown) {
      if (type === 'pointerdown' && track(this)) live.delete(listener as EventListener);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof proto.removeEventListener;
    try {
      const el = await make();
      expect(live.size).to.equal(1);
      el.remove();
      expect(live.size).to.equal(0);
      document.body.append(el);
      expect(live.size, 'listening again at once, before any update').to.equal(1);
      await settle(el);
      button(el, 'next-button').click();
      await settle(el);
      expect(position(el)).to.equal('2 av 5');
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    }
  });
});

describe('rus-quote-carousel: mouse drag', () => {
  const drag = async (from: [number, number], dxs: number[]) => {
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    for (const dx of dxs) await sendMouse({ type: 'move', position: [from[0] + dx, from[1]] });
    await sendMouse({ type: 'up' });
  };
  const selected = (el: HTMLElement) =>
    (el.shadowRoot as unknown as { getSelection?(): Selection | null }).getSelection?.()?.toString() ??
    document.getSelection()!.toString();

  it('selects no text, even when the gesture began as a selection', async () => {
    const el = await make({}, [{ ...quotes[0], text: 'Ord som man kan markera. '.repeat(12) }, ...quotes.slice(1)]);
    const p = slides(el)[0].querySelector('p')!.getBoundingClientRect();
    const x = Math.round(p.left + 300);
    const y = Math.round(p.top + 8);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 30] }); // down first: the browser starts selecting
    for (const dx of [-50, -150, -250]) await sendMouse({ type: 'move', position: [x + dx, y + 30] });
    expect(selected(el)).to.equal('');
    await sendMouse({ type: 'up' });
    await waitUntil(() => shown(el)[0] === '2 av 5', 'the drag moved the carousel');
    expect(selected(el)).to.equal('');
  });

  it('a slow drag that starts on a link moves the carousel (no native link drag)', async () => {
    const el = await make();
    const link = slides(el)[0].querySelector('a')!.getBoundingClientRect();
    await drag(
      [Math.round(link.right - 4), Math.round(link.top + link.height / 2)],
      [-2, -4, -6, -8, -10, -30, -60, -120],
    );
    await waitUntil(() => shown(el)[0] === '2 av 5', 'the drag moved the carousel');
  });

  it('the click that ends a drag does not follow a link; a later click does', async () => {
    const el = await make(
      {},
      quotes.map((q) => ({ ...q, url: `#${q.id}` })),
    );
    const link = slides(el)[0].querySelector('a')!;
    const box = link.getBoundingClientRect();
    const hash = location.hash;
    try {
      await drag([Math.round(box.left + 4), Math.round(box.top + box.height / 2)], [-30, -60, -120]);
      // Browsers differ in where that click lands; some send it to the link itself.
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }));
      expect(location.hash).to.equal(hash);
      await waitUntil(() => shown(el)[0] === '2 av 5', 'the drag moved the carousel');
      const next = slides(el)[1].querySelector('a')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(next.left + 4), Math.round(next.top + next.height / 2)] });
      await waitUntil(() => location.hash === '#q2', 'a plain click follows the link');
    } finally {
      history.replaceState(null, '', location.pathname + location.search + hash);
    }
  });
});

describe('rus-quote-carousel: Lit dev mode', () => {
  it('logs no "change-in-update" warning while laying out, per-view and all', async () => {
    (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wide = document.createElement('div');
      wide.style.width = '1100px';
      document.body.append(wide);
      const el = await make({ 'per-view': '3', shuffle: '' }, quotes, wide);
      expect(shown(el)).to.have.length(3);
      el.perView = 2;
      await waitUntil(() => shown(el).length === 2, 'per-view 2');
      wide.style.width = '400px';
      await waitUntil(() => shown(el).length === 1, 'narrow: one');
      await aTimeout(50);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
  });
});

describe('rus-quote-carousel: APG details', () => {
  it('the slides wrapper is a live region with aria-atomic="false"', async () => {
    const el = await make();
    expect($(el, '[part="slides"]').getAttribute('aria-atomic')).to.equal('false');
  });

  it('starting rotation with the mouse rotates at once, though the pointer is over the carousel', async () => {
    const el = await make({ autoplay: '', interval: '150' });
    button(el, 'next-button').click(); // stopped by the visitor
    await el.updateComplete;
    const play = button(el, 'play-button').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(play.left + play.width / 2), Math.round(play.top + play.height / 2)],
    });
    await el.updateComplete;
    expect(button(el, 'play-button').textContent!.trim()).to.equal('Stoppa automatisk visning');
    expect($(el, '[part="slides"]').getAttribute('aria-live')).to.equal('off');
    expect((await oneEvent(el, 'rus-slide-change')).detail.auto).to.be.true;
    // Leaving and coming back pauses it again, as hovering always does.
    await sendMouse({ type: 'move', position: [5, Math.round(el.getBoundingClientRect().bottom + 100)] });
    await sendMouse({ type: 'move', position: [Math.round(play.left + 2), Math.round(play.top + 2)] });
    await el.updateComplete;
    expect($(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
  });
});

describe('rus-quote-carousel: accessibility (axe)', () => {
  it('carousel', async () => {
    const el = await make({ heading: 'Uttalanden från partner', autoplay: '' });
    await expect(el).to.be.accessible();
  });

  it('carousel in English, looping, on another slide', async () => {
    const el = await make({ lang: 'en', loop: '' });
    button(el, 'next-button').click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('list layout', async () => {
    const el = await make({ layout: 'list' });
    await expect(el).to.be.accessible();
  });
});

/** Renders one template on its own. */
const mount = (template: unknown) => {
  const box = document.createElement('div');
  render(template as TemplateResult, box);
  return box;
};

describe('rus-quote-carousel: the parts of a statement’s figure (render-figure.ts)', () => {
  const quote = {
    id: 'q',
    text: 'Ett.\n \nTvå.\n\n  Tre. ',
    name: 'Anna Maria Berg',
    role: 'vd',
    organisation: 'Almi',
    url: 'https://example.org',
  };

  it('renderParagraphs: one paragraph per blank-line-separated block, trimmed', () => {
    expect([...mount(renderParagraphs(quote.text)).querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Ett.',
      'Två.',
      'Tre.',
    ]);
  });

  it('renderMeta: "role, organisation", the organisation a link with url; nothing without both', () => {
    const meta = mount(renderMeta(quote)).querySelector('[part="meta"]')!;
    expect(meta.textContent).to.equal('vd, Almi');
    expect(meta.querySelector('a')!.getAttribute('href')).to.equal('https://example.org');
    expect(mount(renderMeta({ ...quote, url: undefined })).querySelector('a')).to.be.null;
    expect(mount(renderMeta({ ...quote, role: undefined, organisation: undefined })).children).to.have.length(0);
  });

  it('renderPortrait: the image with fixed size and alt, else initials hidden from screen readers', () => {
    const img = mount(renderPortrait({ ...quote, image: { src: '/x.svg', alt: 'Anna' } })).querySelector('img')!;
    expect([img.alt, img.getAttribute('width'), img.getAttribute('loading')]).to.deep.equal(['Anna', '56', 'lazy']);
    const initialsBox = mount(renderPortrait(quote)).querySelector('[part~="initials"]')!;
    expect([initialsBox.textContent, initialsBox.getAttribute('aria-hidden')]).to.deep.equal(['AB', 'true']);
  });

  it('initials: first and last name', () => {
    expect([initials('Cher'), initials(' bodil  hansson '), initials('Anna Maria Berg')]).to.deep.equal([
      'C',
      'BH',
      'AB',
    ]);
  });
});
