import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { widgetWithData } from '../support/widget-with-data.js';

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: at 320 px, and at 320 px with the root font at
 * 200 %, long Swedish compounds and one unbreakable string wrap inside their widget.
 */
const long = 'Kompetensförsörjningsutmaningarna';
const unbreakable = 'x'.repeat(300);
const text = `${long} och ${unbreakable} i Infrastrukturinvesteringsplanen`;
const data = {
  version: 1,
  quotes: [
    {
      id: 'q',
      text,
      name: `${long} ${unbreakable}`,
      role: long,
      organisation: unbreakable,
      url: 'https://example.org',
    },
  ],
  seminars: [
    {
      id: 's',
      title: text,
      start: '2099-01-01T09:00:00+01:00',
      description: text,
      organisers: [long, unbreakable],
      url: 'https://example.org',
    },
  ],
  goals: [
    { id: 'g', title: text, area: unbreakable, owner: long, target: { value: 1, unit: unbreakable, year: 2099 } },
  ],
};

describe('reflow with long words', () => {
  const made: Element[] = [];
  afterEach(() => {
    made.splice(0).forEach((el) => el.remove());
    document.documentElement.style.fontSize = '';
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const fontSize of ['', '200%']) {
    it(`no sideways scroll and no text out of its widget at 320 px${fontSize ? ' with the root font at 200 %' : ''}`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = fontSize;
      for (const tag of ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges']) {
        const el = widgetWithData(tag, data, { now: '2020-01-01' }) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        const loaded = new Promise((resolve) => el.addEventListener('rus-load', resolve, { once: true }));
        document.body.append(el);
        made.push(el);
        await loaded;
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        expect(document.documentElement.scrollWidth, `${tag}: the page scrolls sideways`).to.be.at.most(innerWidth);
        const box = el.getBoundingClientRect();
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Text only screen readers get sits clipped in a 1 px box: nobody sees it stick out.
          if (!node.textContent!.trim() || node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (!rect.width) continue;
            expect(rect.right, `${tag}: "${node.textContent!.slice(0, 30)}…" sticks out`).to.be.at.most(box.right + 1);
            expect(rect.left).to.be.at.least(box.left - 1);
          }
        }
        el.remove();
      }
    });
  }
});
