import { expect, waitUntil } from '@open-wc/testing';
import { api, openBuilder, squash, type BuilderPage } from './builder-page.js';

/**
 * The embed builder walked end to end as a web editor would, once in Swedish and once in
 * English: every widget it offers, an option of each, bad data addresses and a good one, copy.
 */

/** A small good document at its own address: the preview must show it, not the sample. */
const GOOD = {
  version: 1,
  quotes: [{ id: 'q1', text: 'Vi bygger länet tillsammans.', name: 'Testa Testsson', organisation: 'Testkommunen' }],
  seminars: [
    { id: 's1', title: 'Testseminariet', start: '2030-10-29T09:00:00+01:00', organisers: ['Region Västernorrland'] },
  ],
  goals: [{ id: 'test-mal', title: 'Testmålet', area: 'näringsliv', target: { value: 100, unit: 'jobb', year: 2030 } }],
};
/** The same, with one statement that has no name: the builder says it is left out, and why. */
const DROPPED = { ...GOOD, quotes: [...GOOD.quotes, { id: 'q2', text: 'Ett uttalande utan namn.' }] };

interface Walk {
  name: string;
  lang: 'sv' | 'en';
  widgets: string[];
  carousel: { autoplay: string; interval: string; play: RegExp };
  seminars: { show: string; past: string; heading: string };
  badges: { variant: string; compact: string; area: string };
  badge: { goal: string; noGoal: string };
  check: { notFound: string; notJson: string; version: string; dropped: string; good: string };
  preview: { notFound: string; notJson: string; version: string };
  copied: string;
  cssCopied: string;
}

const walks: Walk[] = [
  {
    name: 'Swedish',
    lang: 'sv',
    widgets: [
      'Uttalanden (karusell) <rus-quote-carousel>',
      'Webbseminarier <rus-seminar-list>',
      'Mål (flera) <rus-goal-badges>',
      'Ett mål <rus-goal-badge>',
    ],
    carousel: {
      autoplay: 'Byt uttalande automatiskt autoplay',
      interval: 'Visningstid per uttalande (millisekunder) interval',
      play: /^(Stoppa|Starta) automatisk visning$/,
    },
    seminars: { show: 'Vilka seminarier show', past: 'Tidigare', heading: 'Tidigare webbseminarier' },
    badges: { variant: 'Utseende variant', compact: 'Kompakt', area: 'Bara område area' },
    badge: { goal: 'Mål (id) goal', noGoal: 'Inget mål är valt (attributet goal).' },
    check: {
      notFound:
        'Servern svarar att filen inte finns (HTTP 404). ' +
        'Kontrollera adressen: den ska gå direkt till JSON-filen (börjar med https://).',
      notJson:
        'Adressen ger en webbsida eller annan text, inte JSON-data. ' +
        'Kontrollera adressen: den ska gå direkt till JSON-filen (börjar med https://).',
      version:
        'Datafilen är av en version som den här versionen av widgetarna inte kan läsa (den läser version 1). ' +
        'Be den som ansvarar för datafilen att kontrollera den med: npx rus-widgets validate <adress>',
      dropped:
        '1 uttalande, 1 webbseminarium, 1 mål — 1 uttalande utelämnat: namnet saknas. ' +
        'Resten visas. Be den som ansvarar för datafilen att rätta posterna (npx rus-widgets validate <adress> visar var).',
      good: '1 uttalande, 1 webbseminarium, 1 mål.',
    },
    preview: {
      notFound: 'Kunde inte hämta innehållet: det finns inget på den angivna adressen.',
      notJson: 'Kunde inte läsa innehållet: adressen gav inte data i rätt format.',
      version: 'Kunde inte visa innehållet: datafilen är av en nyare version än den här widgeten kan läsa.',
    },
    copied: 'Koden är kopierad.',
    cssCopied: 'CSS-raden är kopierad.',
  },
  {
    name: 'English',
    lang: 'en',
    widgets: [
      'Statements (carousel) <rus-quote-carousel>',
      'Web seminars <rus-seminar-list>',
      'Goals (several) <rus-goal-badges>',
      'One goal <rus-goal-badge>',
    ],
    carousel: {
      autoplay: 'Rotate automatically autoplay',
      interval: 'Time per statement (milliseconds) interval',
      play: /^(Stop|Start) automatic slide show$/,
    },
    seminars: { show: 'Which seminars show', past: 'Past', heading: 'Past web seminars' },
    badges: { variant: 'Variant variant', compact: 'Compact', area: 'Only area area' },
    badge: { goal: 'Goal (id) goal', noGoal: 'No goal chosen (the goal attribute).' },
    check: {
      notFound:
        'The server says the file does not exist (HTTP 404). ' +
        'Check the address: it must lead straight to the JSON file (starting with https://).',
      notJson:
        'The address gives a web page or other text, not JSON data. ' +
        'Check the address: it must lead straight to the JSON file (starting with https://).',
      version:
        'The data file is of a version this version of the widgets cannot read (it reads version 1). ' +
        'Ask whoever owns the data file to check it with: npx rus-widgets validate <address>',
      dropped:
        '1 statement, 1 web seminar, 1 goal — 1 statement left out: the name is missing. ' +
        'The rest shows. Ask whoever owns the data file to fix those items (npx rus-widgets validate <address> shows where).',
      good: '1 statement, 1 web seminar, 1 goal.',
    },
    preview: {
      notFound: 'Could not load the content: there is nothing at the given address.',
      notJson: 'Could not read the content: the address did not return data in the right format.',
      version: 'Could not show the content: the data file is of a newer version than this widget can read.',
    },
    copied: 'The code is copied.',
    cssCopied: 'The CSS line is copied.',
  },
];

describe('embed builder, walked by a web editor', () => {
  let root: BuilderPage['root'];
  let snippet: BuilderPage['snippet'];
  let preview: BuilderPage['preview'];
  let text: BuilderPage['text'];
  let label: BuilderPage['label'];
  let choose: BuilderPage['choose'];
  let tick: BuilderPage['tick'];
  let checkAddress: BuilderPage['checkAddress'];
  /** What the preview shows a visitor. */
  const shown = () => squash(preview().shadowRoot?.textContent);
  /** The words of the options a select offers. */
  const offered = (selector: string) =>
    [...root.querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((option) => option.text.trim());
  const json = (document: unknown) => api(`json?body=${encodeURIComponent(JSON.stringify(document))}`);
  /** Waits until the preview shows a visitor `words`. */
  const previewShows = (words: string) =>
    waitUntil(() => shown().includes(words), `the preview never showed "${words}"`);
  let copied = '';

  before(async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    ({ root, snippet, preview, text, label, choose, tick, checkAddress } = await openBuilder());
    await waitUntil(() => text('#data-status').includes('14'), 'the sample was not checked');
  });

  for (const walk of walks) {
    describe(`in ${walk.name}`, () => {
      before(async () => {
        if (document.documentElement.lang !== walk.lang) {
          root.querySelector<HTMLButtonElement>(`.page-actions button[lang="${walk.lang}"]`)!.click();
        }
        expect(document.documentElement.lang).to.equal(walk.lang);
        // The editor wants the widget in their own language too.
        choose('#widget-lang', walk.lang);
        await waitUntil(() => /^14 /.test(text('#data-status')), 'the sample was not checked again');
      });

      it('offers every widget, and each one previews and writes its own tag', () => {
        const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
        expect(radios.map((radio) => label(radio.id))).to.deep.equal(walk.widgets);
        for (const radio of radios) {
          radio.click();
          const tag = radio.value;
          expect(preview().localName).to.equal(tag);
          expect(snippet()).to.match(new RegExp(`\\n<${tag} src="[^"]+"( lang="en")?></${tag}>$`));
        }
      });

      it('the carousel: autoplay with an interval shows the play button and goes into the snippet', async () => {
        tick('#widget-rus-quote-carousel');
        expect(label('option-autoplay')).to.equal(walk.carousel.autoplay);
        tick('#option-autoplay');
        expect(label('option-interval')).to.equal(walk.carousel.interval);
        choose('#option-interval', '8000');
        expect(preview().hasAttribute('autoplay')).to.equal(true);
        expect(preview().getAttribute('interval')).to.equal('8000');
        expect(snippet()).to.contain(' autoplay interval="8000"></rus-quote-carousel>');
        await waitUntil(() => preview().shadowRoot?.querySelector('[part~="play-button"]'), 'no play button');
        expect(squash(preview().shadowRoot!.querySelector('[part~="play-button"]')!.textContent)).to.match(
          walk.carousel.play,
        );
      });

      it('the seminar list: which seminars to show, as of a date', async () => {
        tick('#widget-rus-seminar-list');
        expect(label('option-show')).to.equal(walk.seminars.show);
        expect(offered('#option-show')).to.include(walk.seminars.past);
        choose('#option-show', 'past');
        choose('#option-now', '2020-11-30');
        expect(snippet()).to.contain(' show="past" now="2020-11-30"></rus-seminar-list>');
        expect(preview().getAttribute('show')).to.equal('past');
        await previewShows(walk.seminars.heading);
        await previewShows('Smarta samhällen');
        expect(shown()).not.to.contain('Hur vi alla kan bidra');
      });

      it('the goal badges: compact, one area only', async () => {
        tick('#widget-rus-goal-badges');
        expect(label('option-variant')).to.equal(walk.badges.variant);
        expect(offered('#option-variant')).to.include(walk.badges.compact);
        expect(label('option-area')).to.equal(walk.badges.area);
        choose('#option-variant', 'compact');
        choose('#option-area', 'näringsliv');
        expect(snippet()).to.contain(' variant="compact" area="näringsliv"></rus-goal-badges>');
        expect(preview().getAttribute('variant')).to.equal('compact');
        await previewShows('Nya jobb i Sundsvall');
        expect(preview().shadowRoot!.querySelectorAll('[part~="badge"]')).to.have.length(1);
      });

      it('the single goal badge: says no goal is chosen, then shows the chosen one', async () => {
        tick('#widget-rus-goal-badge');
        await previewShows(walk.badge.noGoal);
        expect(label('option-goal')).to.equal(walk.badge.goal);
        choose('#option-goal', 'hoga-kusten-besoksnaring');
        choose('#option-variant', 'compact');
        expect(snippet()).to.contain(' goal="hoga-kusten-besoksnaring" variant="compact"></rus-goal-badge>');
        await previewShows('Nya jobb inom besöksnäringen i Höga Kusten');
      });

      it('says in plain words what is wrong with a bad data address, and what a good one holds', async () => {
        tick('#widget-rus-goal-badges');
        expect(await checkAddress(api('status?code=404'))).to.equal(walk.check.notFound);
        await previewShows(walk.preview.notFound);
        expect(await checkAddress(api('html'))).to.equal(walk.check.notJson);
        await previewShows(walk.preview.notJson);
        expect(await checkAddress(api('version'))).to.equal(walk.check.version);
        await previewShows(walk.preview.version);
        expect(await checkAddress(json(DROPPED))).to.equal(walk.check.dropped);
        expect(root.querySelector('#data-status .problem')).to.equal(null);
        expect(await checkAddress(json(GOOD))).to.equal(walk.check.good);
        expect(root.querySelector('#data-status .ok')).not.to.equal(null);
        expect(snippet()).to.contain(`<rus-goal-badges src="${json(GOOD)}"`);
        await previewShows('Testmålet');
      });

      it('copies the snippet and the reserve-space CSS, and announces each', async () => {
        choose('#option-variant', 'compact');
        root.querySelector<HTMLButtonElement>('#copy')!.click();
        await waitUntil(() => text('#copy-status') === walk.copied, 'the copy was not announced');
        expect(root.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');
        expect(copied).to.equal(snippet());
        expect(copied).to.contain('<script type="module" src=');
        expect(copied).to.contain(` variant="compact"></rus-goal-badges>`);
        expect(copied).to.contain(`<rus-goal-badges src="${json(GOOD)}"`);
        expect(copied.includes(' lang="en"')).to.equal(walk.lang === 'en');
        root.querySelector<HTMLButtonElement>('#copy-css')!.click();
        await waitUntil(() => text('#copy-status') === walk.cssCopied, 'the CSS copy was not announced');
        expect(copied).to.equal(
          'rus-goal-badges:not(:defined) { display: block; min-height: var(--rus-reserved-height, 12em); }',
        );
        // Back to the sample for the next walk.
        expect(await checkAddress('')).to.match(/^14 /);
      });

      it('is accessible at the end of the walk', async () => {
        await expect(root).to.be.accessible();
      });
    });
  }
});
