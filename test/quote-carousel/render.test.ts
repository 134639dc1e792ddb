import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { renderPager, renderPlayButton, renderNextButton, renderPrevButton } from '../../src/quote-carousel/render-controls.js';
import { initials, renderSlide } from '../../src/quote-carousel/render-slide.js';
import { strings } from '../../src/quote-carousel/strings.js';
import type { ControlsView } from '../../src/quote-carousel/view.js';

/** Renders one template on its own, outside any carousel. */
const mount = (template: unknown) => {
  const box = document.createElement('div');
  render(template as TemplateResult, box);
  return box;
};

const view = (extra: Partial<ControlsView> = {}): ControlsView => ({
  s: strings.sv,
  list: false,
  n: 14,
  shown: 3,
  index: 1,
  last: 11,
  loop: false,
  go: () => {},
  step: () => {},
  toggle: () => {},
  ...extra,
});

const quote = { id: 'q', text: 'Ett.\n\nTvå.', name: 'Anna Maria Berg', role: 'vd', organisation: 'Almi', url: 'https://example.org' };

describe('rus-quote-carousel templates, one at a time', () => {
  it('renderSlide: a group "n av m", inert out of view, a figure with quote and caption', () => {
    const inView = mount(renderSlide(quote, 2, view())).firstElementChild as HTMLElement;
    expect(inView.getAttribute('role')).to.equal('group');
    expect(inView.getAttribute('aria-label')).to.equal('3 av 14');
    expect(inView.inert).to.be.false;
    expect([...inView.querySelectorAll('blockquote p')].map((p) => p.textContent)).to.deep.equal(['Ett.', 'Två.']);
    expect(inView.querySelector('figcaption a')!.textContent).to.equal('Almi');
    expect(inView.querySelector('[part~="initials"]')!.textContent).to.equal('AB');
    const outOfView = mount(renderSlide(quote, 4, view())).firstElementChild as HTMLElement;
    expect(outOfView.inert).to.be.true;
    const listItem = mount(renderSlide(quote, 4, view({ list: true }))).firstElementChild as HTMLElement;
    expect(listItem.getAttribute('role')).to.equal('listitem');
    expect(listItem.inert || listItem.hasAttribute('aria-label')).to.be.false;
  });

  it('initials: first and last name', () => {
    expect([initials('Cher'), initials(' bodil  hansson ')]).to.deep.equal(['C', 'BH']);
  });

  it('renderPager: one option per position, ranges when several are in view; choosing one calls go', () => {
    const chosen: number[] = [];
    const select = mount(renderPager(view({ go: (to) => chosen.push(to) }))).querySelector('select')!;
    expect(select.options).to.have.length(12);
    expect(select.options[1].textContent).to.equal('2–4 av 14');
    expect(select.value).to.equal('1');
    select.value = '5';
    select.dispatchEvent(new Event('change'));
    expect(chosen).to.deep.equal([5]);
  });

  it('renderPlayButton: none without autoplay; its name says what a press does', () => {
    expect(mount(renderPlayButton(view())).querySelector('button')).to.be.null;
    expect(mount(renderPlayButton(view({ playing: true }))).textContent).to.equal('Stoppa automatisk visning');
    expect(mount(renderPlayButton(view({ playing: false }))).textContent).to.equal('Starta automatisk visning');
  });

  it('renderPrevButton / renderNextButton: step by one; aria-disabled at the ends unless loop', () => {
    const steps: number[] = [];
    const prev = mount(renderPrevButton(view({ index: 0, step: (by) => steps.push(by) }))).querySelector('button')!;
    const next = mount(renderNextButton(view({ index: 11, step: (by) => steps.push(by) }))).querySelector('button')!;
    expect([prev.getAttribute('aria-disabled'), next.getAttribute('aria-disabled')]).to.deep.equal(['true', 'true']);
    prev.click();
    next.click();
    expect(steps).to.deep.equal([-1, 1]);
    expect(mount(renderNextButton(view({ index: 11, loop: true }))).querySelector('button')!.getAttribute('aria-disabled')).to.equal('false');
  });
});
