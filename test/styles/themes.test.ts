import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';

/**
 * A partner re-themes every widget with tokens alone: link a theme file and the
 * widgets' computed colours, font and corners change to the theme's values.
 */
const WIDGETS: [string, Record<string, string>][] = [
  ['rus-quote-carousel', {}],
  ['rus-seminar-list', { now: '2020-10-20' }],
  ['rus-goal-badges', { now: '2020-10-20' }],
];

interface Look {
  /** Border colour of the first button (the accent); goal badges have none. */
  button?: string;
  font: string;
  radius: string;
  surface: string;
}

async function render(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  element.setAttribute('src', '/data/rus2030.json');
  element.setAttribute('theme', 'light');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = oneEvent(element, 'rus-load');
  document.body.append(element);
  await loaded;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** What a visitor sees of the theme: the first button, the text font, a card's corner and fill. */
function look(element: HTMLElement): Look {
  const root = element.shadowRoot!;
  const button = root.querySelector('button');
  const card = getComputedStyle(root.querySelector('figure, li[part~="item"], .badge')!);
  return {
    button: button ? getComputedStyle(button).borderTopColor : undefined,
    font: getComputedStyle(root.querySelector('p, blockquote')!).fontFamily,
    radius: card.borderTopLeftRadius,
    surface: card.backgroundColor,
  };
}

async function withTheme<T>(file: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = await (await fetch(`/themes/${file}`)).text();
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('partner themes re-theme every widget with tokens only', () => {
  for (const [file, accent, surface, font, radius] of [
    ['kommunbla.css', '#003a70', '#eef3f8', 'Arial', '0px'],
    ['kust.css', '#9c3d1c', '#fbf3e6', 'Georgia', '16px'],
  ]) {
    for (const [tag, attributes] of WIDGETS) {
      it(`${file} on <${tag}>`, async () => {
        const untouched = look(await render(tag, attributes));
        const themed = await withTheme(file, async () => look(await render(tag, attributes)));
        document.querySelectorAll(tag).forEach((element) => element.remove());
        if (untouched.button) {
          expect(themed.button, 'accent').to.equal(rgb(accent));
          expect(untouched.button, 'accent before').not.to.equal(rgb(accent));
        }
        expect(themed.surface, 'surface').to.equal(rgb(surface));
        expect(untouched.surface, 'surface before').not.to.equal(rgb(surface));
        expect(themed.font, 'font').to.contain(font);
        expect(untouched.font, 'font before').not.to.contain(font);
        expect(themed.radius, 'corners').to.equal(radius);
        expect(untouched.radius, 'corners before').not.to.equal(radius);
      });
    }
  }
});

describe('light and dark', () => {
  const background = (element: HTMLElement) => getComputedStyle(element).backgroundColor;
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.querySelectorAll('rus-seminar-list').forEach((element) => element.remove());
  });

  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    document.querySelector('meta[name="color-scheme"]')?.remove();
  });

  it('on a light page stays light in the visitor’s dark mode, unless theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await render('rus-seminar-list', { now: '2020-10-20' });
    element.removeAttribute('theme');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(background(element)).to.equal('rgba(0, 0, 0, 0)');
    element.setAttribute('theme', 'auto');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(background(element)).to.equal('rgb(22, 27, 31)');
    expect(getComputedStyle(element).color).to.equal('rgb(238, 241, 243)');
    await emulateMedia({ colorScheme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background(element), 'auto follows the change').to.equal('rgba(0, 0, 0, 0)');
  });

  it('every widget is light on a light page in the visitor’s dark mode: no dark box, the light accent', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const all: [string, Record<string, string>][] = [...WIDGETS, ['rus-goal-badge', { goal: 'sundsvall-jobb' }]];
    for (const [tag, attributes] of all) {
      const element = await render(tag, attributes);
      element.removeAttribute('theme');
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const style = getComputedStyle(element);
      expect(background(element), tag).to.equal('rgba(0, 0, 0, 0)');
      expect(style.color, `${tag}: the page's text colour`).to.equal(getComputedStyle(document.body).color);
      expect(style.getPropertyValue('--_accent').trim(), `${tag}: accent`).to.equal('#0b5a8a');
      // The same widget asked to follow the OS turns dark: the check above can tell the two apart.
      element.setAttribute('theme', 'auto');
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(element).getPropertyValue('--_accent').trim(), `${tag} auto`).to.equal('#8cc7f0');
      element.remove();
    }
  });

  it('is dark on a page that declares color-scheme: dark, and follows the visitor on one that declares both', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const element = await render('rus-seminar-list', { now: '2020-10-20' });
    element.removeAttribute('theme');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(background(element)).to.equal('rgb(22, 27, 31)');
    document.documentElement.style.colorScheme = '';
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    await emulateMedia({ colorScheme: 'dark' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background(element)).to.equal('rgb(22, 27, 31)');
    await emulateMedia({ colorScheme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background(element)).to.equal('rgba(0, 0, 0, 0)');
  });

  it('theme="light" and theme="dark" override the preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await render('rus-seminar-list', { now: '2020-10-20' });
    expect(background(element)).to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ colorScheme: 'light' });
    element.setAttribute('theme', 'dark');
    expect(background(element)).to.equal('rgb(22, 27, 31)');
  });
});
