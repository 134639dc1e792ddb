import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/goal-badges/define.js';
import type { RusGoalBadge, RusGoalBadges } from '../../src/goal-badges/define.js';
import { widgetWithData } from '../support/widget-with-data.js';

type Tag = 'rus-goal-badges' | 'rus-goal-badge';
const NBSP = '\u00a0';
const mounted: HTMLElement[] = [];

const goal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Mål ${id}`,
  target: { value: 5000, unit: 'jobb', year: 2030 },
  owner: 'Sundsvalls kommun',
  ...extra,
});

/** Mounts an element with the document as inline JSON, and waits until it has rendered its data. */
async function mount<T extends Tag>(tag: T, doc: unknown, attrs: Record<string, string> = {}, width?: string) {
  const el = widgetWithData(tag, doc, attrs) as HTMLElementTagNameMap[T];
  if (width) el.style.width = width;
  const loaded = oneEvent(el, 'rus-load');
  document.body.append(el);
  mounted.push(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const doc = (...goals: unknown[]) => ({ version: 1, goals });
const root = (el: HTMLElement) => el.shadowRoot!;
const $ = (el: HTMLElement, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const titles = (el: HTMLElement) => $$(el, '[part~="title"]').map(text);

afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
});

describe('goal badges: target', () => {
  it('formats the target in Swedish with a no-break thousands separator and the year', async () => {
    const el = await mount('rus-goal-badges', doc(goal('a')));
    expect($(el, '.target')!.textContent!.trim()).to.equal(`5${NBSP}000 jobb till 2030`);
  });

  it('keeps a Swedish figure on one line in a narrow badge', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(goal('a', { target: { value: 245000, unit: 'invånare' } })),
      {},
      '5em',
    );
    const strong = $(el, '.target strong')!;
    const figure = [...strong.querySelector('.number')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const range = document.createRange();
    range.setStart(figure, 0);
    range.setEnd(figure, 7); // "245 000"
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(tops.size).to.equal(1);
  });

  it('formats the target in English', async () => {
    const el = await mount('rus-goal-badges', doc(goal('a', { target: { value: 5000, unit: 'jobs', year: 2030 } })), {
      lang: 'en',
    });
    expect(text($(el, '.target'))).to.equal('5,000 jobs by 2030');
  });

  it('shows a target without unit or year as the figure alone', async () => {
    const el = await mount('rus-goal-badges', doc(goal('a', { target: { value: 245000 } })));
    expect($(el, '.target')!.textContent!.trim()).to.equal(`245${NBSP}000`);
    expect($(el, '.left')).to.equal(null);
  });

  it('shows owner and area, and links the title when a url is given', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(goal('a', { area: 'näringsliv', url: 'https://example.org/mal' }), goal('b')),
    );
    const [first, second] = $$(el, '.badge');
    expect(text(first.querySelector('.owner'))).to.equal('Ansvarig: Sundsvalls kommun');
    expect(text(first.querySelector('.area'))).to.equal('Område: näringsliv');
    expect(first.querySelector('[part~="title"] a')!.getAttribute('href')).to.equal('https://example.org/mal');
    expect(second.querySelector('a')).to.equal(null);
    expect(second.querySelector('.area')).to.equal(null);
  });
});

describe('goal badges: areas', () => {
  it('gives each known area its class and mark, and others the neutral one', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(
        goal('a', { area: 'Näringsliv' }),
        goal('b', { area: 'besöksnäring' }),
        goal('c', { area: 'folkhälsa' }),
        goal('d', { area: 'Miljö och klimat' }),
        goal('e', { area: 'kultur' }),
        goal('f'),
      ),
    );
    const classes = $$(el, '.badge').map((badge) => [...badge.classList].find((name) => name.startsWith('area-')));
    expect(classes).to.deep.equal([
      'area-naringsliv',
      'area-besoksnaring',
      'area-folkhalsa',
      'area-miljo',
      'area-other',
      'area-other',
    ]);
    const paths = $$(el, '.mark path').map((path) => path.getAttribute('d'));
    expect(new Set(paths.slice(0, 5)).size).to.equal(5);
    expect(paths[5]).to.equal(paths[4]);
    $$(el, '.mark').forEach((mark) => expect(mark.getAttribute('aria-hidden')).to.equal('true'));
  });

  it('takes area colours from custom properties', async () => {
    const el = await mount('rus-goal-badges', doc(goal('a', { area: 'näringsliv' }), goal('b', { area: 'kultur' })));
    el.style.setProperty('--rus-goal-area-naringsliv', 'rgb(1, 2, 3)');
    el.style.setProperty('--rus-goal-area-other', 'rgb(4, 5, 6)');
    const [a, b] = $$(el, '.mark');
    expect(getComputedStyle(a).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(b).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('goal badges: progress', () => {
  const progressGoal = (extra: Record<string, unknown> = {}) =>
    goal('p', {
      title: 'Jobb i besöksnäringen',
      target: { value: 800, unit: 'jobb', year: 2025 },
      current: { value: 312, date: '2024-12-31' },
      ...extra,
    });

  it('shows a meter with its accessible name, value and value text (sv)', async () => {
    const el = await mount('rus-goal-badges', doc(progressGoal()));
    const meter = $(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-label')).to.equal('Framsteg: Jobb i besöksnäringen');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('100');
    expect(meter.getAttribute('aria-valuenow')).to.equal('39');
    expect(meter.getAttribute('aria-valuetext')).to.equal(`312 av 800 jobb, 39${NBSP}%`);
    expect(meter.querySelector('rect')!.getAttribute('width')).to.equal('39');
    expect($(el, '.figures')!.textContent!.trim()).to.equal(`312 av 800 jobb, 39${NBSP}%`);
    expect(text($(el, '.as-of'))).to.equal('Läget den 31 december 2024');
  });

  it('fills the bar as far as the value', async () => {
    const el = await mount('rus-goal-badges', doc(progressGoal()), {}, '30em');
    const bar = $(el, '.meter svg')!.getBoundingClientRect();
    const fill = $(el, '.meter rect')!.getBoundingClientRect();
    expect(fill.width / bar.width).to.be.closeTo(0.39, 0.01);
  });

  it('says the same in English', async () => {
    const el = await mount('rus-goal-badges', doc(progressGoal({ target: { value: 800, unit: 'jobs', year: 2025 } })), {
      lang: 'en',
    });
    const meter = $(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-label')).to.equal('Progress: Jobb i besöksnäringen');
    expect(meter.getAttribute('aria-valuetext')).to.equal('312 of 800 jobs, 39%');
    expect(text($(el, '.as-of'))).to.equal('As of 31 December 2024');
  });

  it('runs from the baseline to the target', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(progressGoal({ baseline: { value: 200, year: 2020 }, current: { value: 500 } })),
    );
    const meter = $(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('50');
    expect(meter.getAttribute('aria-valuetext')).to.equal(`500 av 800 jobb, 50${NBSP}% (räknat från 200 år 2020)`);
    expect($(el, '.as-of')).to.equal(null);
  });

  it('works for a goal that goes down', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(progressGoal({ target: { value: 50, unit: 'ton' }, baseline: { value: 100 }, current: { value: 80 } })),
    );
    expect($(el, '[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('40');
  });

  it('clamps the bar but states the true figures beyond the target and below the baseline', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(
        progressGoal({ current: { value: 900 } }),
        progressGoal({ id: 'q', baseline: { value: 200 }, current: { value: 100 } }),
      ),
    );
    const [over, under] = $$(el, '[role="meter"]');
    expect(over.getAttribute('aria-valuenow')).to.equal('100');
    expect(over.getAttribute('aria-valuetext')).to.equal(`900 av 800 jobb, 113${NBSP}%`);
    expect(under.getAttribute('aria-valuenow')).to.equal('0');
    expect(under.getAttribute('aria-valuetext')).to.match(/^100 av 800 jobb, [−-]17\u00a0% \(räknat från 200\)$/);
  });

  it('shows no meter and no figure for a goal without a current value', async () => {
    const el = await mount('rus-goal-badges', doc(goal('a')));
    expect($(el, '[role="meter"]')).to.equal(null);
    expect(text($(el, '.badge'))).not.to.contain('%');
    expect($(el, '.as-of')).to.equal(null);
  });
});

describe('goal badges: years left', () => {
  const left = async (now: string | undefined, lang = 'sv', year = 2030) => {
    const attrs: Record<string, string> = { lang };
    if (now) attrs.now = now;
    const el = await mount('rus-goal-badge', doc(goal('a', { target: { value: 1, year } })), { goal: 'a', ...attrs });
    return text($(el, '.left'));
  };

  it('counts whole target years from now, in Swedish', async () => {
    expect(await left('2026-05-01')).to.equal('4 år kvar');
    expect(await left('2029-12-31')).to.equal('1 år kvar');
    expect(await left('2030-01-01')).to.equal('Målåret är i år');
    expect(await left('2030-12-31')).to.equal('Målåret är i år');
    expect(await left('2031-01-01')).to.equal('Målåret har passerat');
  });

  it('counts in English', async () => {
    expect(await left('2026-05-01', 'en')).to.equal('4 years left');
    expect(await left('2029-06-01', 'en')).to.equal('1 year left');
    expect(await left('2030-06-01', 'en')).to.equal('The target year is this year');
    expect(await left('2035-06-01', 'en')).to.equal('The target year has passed');
  });

  it('takes the year of a date-time in Stockholm, not in the browser’s zone', async () => {
    // 23:30 UTC on New Year’s Eve is already 2030 in Stockholm (the test browser runs in New York).
    expect(await left('2029-12-31T23:30:00Z')).to.equal('Målåret är i år');
  });

  it('counts from today without now', async () => {
    const thisYear = new Date().getFullYear();
    expect(await left(undefined, 'sv', thisYear + 3)).to.equal('3 år kvar');
  });
});

describe('goal badges: filters and headings', () => {
  const three = doc(
    goal('a', { area: 'näringsliv' }),
    goal('b', { area: 'besöksnäring' }),
    goal('c', { area: 'Näringsliv' }),
  );

  it('shows all goals in document order', async () => {
    const el = await mount('rus-goal-badges', three);
    expect(titles(el)).to.deep.equal(['Mål a', 'Mål b', 'Mål c']);
  });

  it('filters by area, ignoring case', async () => {
    const el = await mount('rus-goal-badges', three, { area: 'NÄRINGSLIV' });
    expect(titles(el)).to.deep.equal(['Mål a', 'Mål c']);
  });

  it('shows the listed goals in the listed order, skipping unknown ids', async () => {
    const el = await mount('rus-goal-badges', three, { goals: ' c  nope a ' });
    expect(titles(el)).to.deep.equal(['Mål c', 'Mål a']);
  });

  it('applies limit', async () => {
    const el = await mount('rus-goal-badges', three, { limit: '2' });
    expect(titles(el)).to.deep.equal(['Mål a', 'Mål b']);
    el.limit = 1;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Mål a']);
  });

  it('shows a localized empty state when nothing matches', async () => {
    const sv = await mount('rus-goal-badges', three, { area: 'kultur' });
    expect(text($(sv, '[part~="empty"]'))).to.equal('Det finns inga mål att visa.');
    const en = await mount('rus-goal-badges', three, { area: 'kultur', lang: 'en' });
    expect(text($(en, '[part~="empty"]'))).to.equal('There are no goals to show.');
    expect($(en, 'ul')).to.equal(null);
  });

  it('puts badge titles at heading-level without a heading, and one below the heading with one', async () => {
    const plain = await mount('rus-goal-badges', three);
    expect($$(plain, 'h2').length).to.equal(3);
    const headed = await mount('rus-goal-badges', three, { heading: 'Våra mål', 'heading-level': '3' });
    expect(text($(headed, 'h3'))).to.equal('Våra mål');
    expect($$(headed, 'h4').map(text)).to.deep.equal(['Mål a', 'Mål b', 'Mål c']);
  });

  it('lists the badges as a list', async () => {
    const el = await mount('rus-goal-badges', three);
    expect($$(el, 'ul[role="list"] > li > article').length).to.equal(3);
  });
});

describe('goal badges: single badge', () => {
  const two = doc(goal('a'), goal('b', { title: 'Bee' }));

  it('shows the chosen goal with its title at heading-level', async () => {
    const el: RusGoalBadge = await mount('rus-goal-badge', two, { goal: 'b' });
    expect($$(el, 'article').length).to.equal(1);
    expect(text($(el, 'h2'))).to.equal('Bee');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(text($(el, 'h4'))).to.equal('Bee');
  });

  it('says clearly when the goal is not in the data', async () => {
    const el = await mount('rus-goal-badge', two, { goal: 'nope' });
    expect(text($(el, '[part~="empty"]'))).to.equal('Målet ”nope” finns inte i datan.');
    const en = await mount('rus-goal-badge', two, { goal: 'nope', lang: 'en' });
    expect(text($(en, '[part~="empty"]'))).to.equal('The goal “nope” is not in the data.');
    const none = await mount('rus-goal-badge', two);
    expect(text($(none, '[part~="empty"]'))).to.equal('Inget mål är valt (attributet goal).');
  });

  it('follows a change of goal', async () => {
    const el = await mount('rus-goal-badge', two, { goal: 'a' });
    el.goal = 'b';
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Bee');
  });
});

describe('goal badges: layout', () => {
  const many = doc(...['a', 'b', 'c', 'd'].map((id) => goal(id, { area: 'näringsliv' })));
  const columns = (el: HTMLElement) =>
    new Set($$(el, 'li').map((li) => Math.round(li.getBoundingClientRect().left))).size;

  it('is one column at 320 px and several when its container is wide', async () => {
    const narrow = await mount('rus-goal-badges', many, {}, '320px');
    expect(columns(narrow)).to.equal(1);
    const wide = await mount('rus-goal-badges', many, {}, '900px');
    expect(columns(wide)).to.be.greaterThan(1);
  });

  it('does not overflow at 320 px with text at 200 %', async () => {
    const el = await mount('rus-goal-badges', many, {}, '320px');
    el.style.fontSize = '200%';
    await aTimeout(0);
    expect(columns(el)).to.equal(1);
    for (const badge of $$(el, '.badge')) expect(badge.scrollWidth).to.be.at.most(badge.clientWidth + 1);
  });

  it('renders compact pills that keep the meter and drop the years left', async () => {
    const el = await mount(
      'rus-goal-badges',
      doc(goal('a', { area: 'näringsliv', current: { value: 1200, date: '2024-12-31' } }), goal('b')),
      { variant: 'compact', now: '2026-01-01' },
    );
    const badge = $(el, '.badge')!;
    expect(badge.querySelector('[role="meter"]')).to.exist;
    expect(getComputedStyle(badge.querySelector('.left')!).display).to.equal('none');
    expect(getComputedStyle(badge.querySelector('.owner')!).display).not.to.equal('none');
    expect(parseFloat(getComputedStyle(badge).borderTopLeftRadius)).to.be.greaterThan(10);
  });

  it('keeps a lone compact pill as wide as its text, with its meter showing', async () => {
    const el = await mount(
      'rus-goal-badge',
      doc(goal('a', { current: { value: 1200, date: '2024-12-31' } })),
      { goal: 'a', variant: 'compact', now: '2026-01-01' },
      '60em',
    );
    const badge = $(el, '.badge')!;
    expect(badge.getBoundingClientRect().width).to.be.lessThan(el.getBoundingClientRect().width / 2);
    expect(badge.querySelector('[role="meter"]')!.getBoundingClientRect().width).to.be.greaterThan(40);
  });
});

describe('goal badges: data states and sample', () => {
  it('shows the sample document without progress', async () => {
    const el = document.createElement('rus-goal-badges') as RusGoalBadges;
    el.src = '/public/data/rus2030.json';
    el.now = '2026-01-01';
    const loaded = oneEvent(el, 'rus-load');
    document.body.append(el);
    mounted.push(el);
    await loaded;
    await el.updateComplete;
    expect($$(el, 'article').length).to.equal(3);
    expect($(el, '[role="meter"]')).to.equal(null);
    expect($(el, '.target')!.textContent!.trim()).to.equal(`5${NBSP}000 jobb till 2030`);
    expect($$(el, '.left').map(text)).to.deep.equal(['4 år kvar', 'Målåret har passerat']);
  });

  it('shows the error state when the data fails', async () => {
    const el = document.createElement('rus-goal-badges');
    el.src = '/test-api/status?code=500';
    const failed = oneEvent(el, 'rus-error');
    document.body.append(el);
    mounted.push(el);
    await failed;
    await waitUntil(() => $(el, '[part~="error"]'));
    expect($(el, 'article')).to.equal(null);
  });
});

describe('goal badges: accessibility (axe)', () => {
  const full = doc(
    goal('a', {
      area: 'näringsliv',
      url: 'https://example.org/',
      current: { value: 1200, date: '2024-12-31' },
      baseline: { value: 0, year: 2020 },
    }),
    goal('b', { area: 'besöksnäring', target: { value: 800, unit: 'jobb', year: 2025 } }),
    goal('c', { area: 'kultur' }),
  );

  it('passes as cards with a heading', async () => {
    const el = await mount('rus-goal-badges', full, { heading: 'Mål', now: '2026-01-01' });
    await expect(el).to.be.accessible();
  });

  it('passes as compact pills in English', async () => {
    const el = await mount('rus-goal-badges', full, { variant: 'compact', lang: 'en' });
    await expect(el).to.be.accessible();
  });

  it('passes as a single badge and when empty', async () => {
    const one = await mount('rus-goal-badge', full, { goal: 'a' });
    await expect(one).to.be.accessible();
    const empty = await mount('rus-goal-badges', full, { area: 'folkhälsa' });
    await expect(empty).to.be.accessible();
  });

  it('passes in the dark theme', async () => {
    const el = await mount('rus-goal-badges', full, { theme: 'dark' });
    document.body.style.background = '#111';
    document.body.style.color = '#eee';
    try {
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
      document.body.style.color = '';
    }
  });
});
