import { expect } from '@open-wc/testing';
import { validateDocument, validateWith, readQuote, readSeminar, readGoal } from '../../src/data/validate/index.js';
import type { DataProblem, RusDocument } from '../../src/data/types.js';

/** Validates and expects a usable document. */
function ok(raw: unknown, rootList?: 'quotes' | 'seminars' | 'goals'): { doc: RusDocument; problems: DataProblem[] } {
  const result = validateDocument(raw, { rootList });
  if (!result.ok) throw new Error(`expected a usable document, got ${result.kind}: ${result.message}`);
  return { doc: result.document, problems: result.problems };
}

const quote = { id: 'q1', text: 'Tillsammans.', name: 'Anna Andersson' };
const seminar = { id: 's1', title: 'Smarta samhällen', start: '2020-10-29T09:00:00+01:00' };
const goal = { id: 'g1', title: 'Nya jobb i Sundsvall' };

/** One quote/seminar/goal with `patch` applied: the list after validation, and the problems. */
function quoteWith(patch: Record<string, unknown>) {
  const { doc, problems } = ok({ version: 1, quotes: [{ ...quote, ...patch }] });
  return { items: doc.quotes, problems };
}
function seminarWith(patch: Record<string, unknown>) {
  const { doc, problems } = ok({ version: 1, seminars: [{ ...seminar, ...patch }] });
  return { items: doc.seminars, problems };
}
function goalWith(patch: Record<string, unknown>) {
  const { doc, problems } = ok({ version: 1, goals: [{ ...goal, ...patch }] });
  return { items: doc.goals, problems };
}

/** Expects the single item to be dropped, with one problem at `path`. */
function expectDropped(result: { items: unknown[]; problems: DataProblem[] }, path: string): void {
  expect(result.items).to.have.length(0);
  expect(result.problems.map((p) => [p.path, p.effect])).to.deep.equal([[path, 'item']]);
}

describe('validator: the document', () => {
  it('reads a full version-1 document, every field of every list', () => {
    const { doc, problems } = ok({
      version: 1,
      lang: 'sv',
      quotes: [
        {
          id: 'bodil-hansson',
          text: 'Sundsvalls väg framåt …\n\nAndra stycket.',
          name: 'Bodil Hansson',
          role: 'kommunstyrelsens ordförande (S)',
          organisation: 'Sundsvalls kommun',
          image: { src: 'img/bodil.jpg', alt: 'Bodil Hansson' },
          url: 'https://sundsvall.se/',
        },
      ],
      seminars: [
        {
          id: '2020-10-29',
          title: 'Smarta samhällen',
          start: '2020-10-29T09:00:00+01:00',
          end: '2020-10-29T10:00:00+01:00',
          preliminary: true,
          extended: true,
          series: 'Här och nu',
          organisers: ['Regional utveckling', 'Örnsköldsviks kommun'],
          description: 'Om digitalisering.',
          url: 'https://example.org/anmalan',
          recordingUrl: '/play/1',
        },
      ],
      goals: [
        {
          id: 'sundsvall-jobs',
          title: 'Nya jobb i Sundsvall',
          area: 'näringsliv',
          target: { value: 5000, unit: 'jobb', year: 2030 },
          baseline: { value: 0, year: 2020 },
          current: { value: 1200, date: '2024-12-31' },
          owner: 'Sundsvalls kommun',
          description: 'Exempel.',
          url: 'http://x.se',
        },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(doc.version).to.equal(1);
    expect(doc.lang).to.equal('sv');
    expect(doc.quotes[0]).to.deep.equal({
      id: 'bodil-hansson',
      text: 'Sundsvalls väg framåt …\n\nAndra stycket.',
      name: 'Bodil Hansson',
      role: 'kommunstyrelsens ordförande (S)',
      organisation: 'Sundsvalls kommun',
      image: { src: 'img/bodil.jpg', alt: 'Bodil Hansson' },
      url: 'https://sundsvall.se/',
    });
    expect(doc.seminars[0]).to.deep.equal({
      id: '2020-10-29',
      title: 'Smarta samhällen',
      start: '2020-10-29T09:00:00+01:00',
      end: '2020-10-29T10:00:00+01:00',
      allDay: false,
      preliminary: true,
      extended: true,
      series: 'Här och nu',
      organisers: ['Regional utveckling', 'Örnsköldsviks kommun'],
      description: 'Om digitalisering.',
      url: 'https://example.org/anmalan',
      recordingUrl: '/play/1',
    });
    expect(doc.goals[0]).to.deep.equal({
      id: 'sundsvall-jobs',
      title: 'Nya jobb i Sundsvall',
      area: 'näringsliv',
      owner: 'Sundsvalls kommun',
      description: 'Exempel.',
      url: 'http://x.se',
      target: { value: 5000, unit: 'jobb', year: 2030 },
      baseline: { value: 0, year: 2020 },
      current: { value: 1200, date: '2024-12-31' },
    });
  });

  it('reads the sample document of the demo without a problem', async () => {
    const raw: unknown = await (await fetch('/public/data/rus2030.json')).json();
    const { doc, problems } = ok(raw);
    expect(problems).to.deep.equal([]);
    expect(doc.quotes).to.have.length(14);
    expect(doc.seminars).to.have.length(3);
    expect(doc.goals).to.have.length(3);
  });

  it('reads a missing version as 1', () => {
    expect(ok({ quotes: [quote] }).doc.quotes).to.have.length(1);
    expect(ok({ version: null, quotes: [quote] }).doc.version).to.equal(1);
  });

  it('accepts minor versions of 1 ("1.0", 1.2)', () => {
    expect(ok({ version: '1.0', quotes: [quote] }).doc.quotes).to.have.length(1);
    expect(ok({ version: 1.2, quotes: [quote] }).doc.quotes).to.have.length(1);
  });

  for (const version of [2, '2.0', 0, '2', 'one', true, '1abc']) {
    it(`refuses version ${JSON.stringify(version)} as a version error`, () => {
      const result = validateDocument({ version, quotes: [quote] });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.kind).to.equal('version');
      expect(result.message).to.contain(JSON.stringify(version));
      expect(result.problems).to.deep.equal([{ path: '$', message: result.message, effect: 'document' }]);
    });
  }

  for (const [label, raw] of [
    ['null', null],
    ['a number', 42],
    ['a string', 'quotes'],
    ['a boolean', true],
    ['undefined', undefined],
  ] as const) {
    it(`refuses ${label} as an invalid document`, () => {
      const result = validateDocument(raw);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.kind).to.equal('invalid');
    });
  }

  it("reads a root array as the widget's list, and refuses it when no list is named", () => {
    const { doc } = ok([quote, { ...quote, id: 'q2' }], 'quotes');
    expect(doc.quotes.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    expect(ok([seminar], 'seminars').doc.seminars).to.have.length(1);
    expect(ok([goal], 'goals').doc.goals).to.have.length(1);
    const bare = validateDocument([quote]);
    expect(bare.ok).to.be.false;
    if (!bare.ok) expect(bare.kind).to.equal('invalid');
  });

  it('ignores unknown fields, in the document and in items', () => {
    const { doc, problems } = ok({
      version: 1,
      generator: 'cms',
      extra: { a: 1 },
      quotes: [{ ...quote, mood: 'glad', likes: 3 }],
    });
    expect(problems).to.deep.equal([]);
    expect(doc.quotes[0]).to.not.have.property('mood');
    expect(doc).to.not.have.property('generator');
  });

  it('treats a missing or null list as empty, and a list that is no list as a problem', () => {
    expect(ok({ version: 1 }).doc.quotes).to.deep.equal([]);
    expect(ok({ version: 1, quotes: null }).problems).to.deep.equal([]);
    const { doc, problems } = ok({ version: 1, quotes: { q1: quote } });
    expect(doc.quotes).to.deep.equal([]);
    expect(problems[0].path).to.equal('$.quotes');
  });

  it('keeps the good items and names list, index, id and field of each dropped one', () => {
    const { doc, problems } = ok({
      version: 1,
      quotes: [quote, { id: 'no-name', text: 'x' }, 'a string', { ...quote, id: 'q3' }, null, { text: 't', name: 'n' }],
    });
    expect(doc.quotes.map((q) => q.id)).to.deep.equal(['q1', 'q3']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      '$.quotes[1].name',
      '$.quotes[2]',
      '$.quotes[4]',
      '$.quotes[5].id',
    ]);
    expect(problems[0].message).to.contain('quotes[1]').and.contain('"no-name"').and.contain('"name"');
    expect(problems[1].message).to.contain('quotes[2]').and.contain('a string');
    expect(problems[2].message).to.contain('null');
    expect(problems.every((p) => p.effect === 'item')).to.be.true;
  });

  it('drops an item whose id an earlier item of the same list uses', () => {
    const { doc, problems } = ok({
      version: 1,
      quotes: [quote, { ...quote, name: 'Another' }],
      goals: [{ ...goal, id: 'q1' }],
    });
    expect(doc.quotes.map((q) => q.name)).to.deep.equal(['Anna Andersson']);
    expect(doc.goals).to.have.length(1); // ids are unique within a list, not across lists
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('$.quotes[1].id');
    expect(problems[0].message).to.contain('"q1"');
  });

  it('reads only the lists it has readers for (a widget ships only its own)', () => {
    const result = validateWith({ goals: readGoal }, { quotes: [quote], goals: [goal, { id: 1 }] });
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.document.quotes).to.deep.equal([]);
    expect(result.document.goals).to.have.length(1);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['$.goals[1].id']);
  });

  it('exports the readers by name', () => {
    expect([readQuote, readSeminar, readGoal].every((f) => typeof f === 'function')).to.be.true;
  });
});

describe('validator: field types', () => {
  it('required strings: missing, null, empty, blank or of another type drop the item', () => {
    for (const field of ['id', 'text', 'name']) {
      for (const value of [undefined, null, '', '   ', 7, true, ['x'], { a: 1 }]) {
        expectDropped(quoteWith({ [field]: value }), `$.quotes[0].${field}`);
      }
    }
    for (const field of ['id', 'title', 'start'])
      expectDropped(seminarWith({ [field]: null }), `$.seminars[0].${field}`);
    for (const field of ['id', 'title']) expectDropped(goalWith({ [field]: 5 }), `$.goals[0].${field}`);
  });

  it('an id that is a number is not an id', () => {
    expectDropped(quoteWith({ id: 12 }), '$.quotes[0].id');
  });

  it('optional strings: absent, null or blank are left out; another type drops the item', () => {
    expect(quoteWith({ role: null }).items[0]).to.not.have.property('role', null);
    expect(quoteWith({ role: '  ' }).items[0].role).to.be.undefined;
    expect(quoteWith({ role: 'vd' }).items[0].role).to.equal('vd');
    expectDropped(quoteWith({ role: 5 }), '$.quotes[0].role');
    expectDropped(quoteWith({ organisation: ['a'] }), '$.quotes[0].organisation');
    expectDropped(seminarWith({ series: {} }), '$.seminars[0].series');
    expectDropped(seminarWith({ description: false }), '$.seminars[0].description');
    expectDropped(goalWith({ area: 1 }), '$.goals[0].area');
    expectDropped(goalWith({ owner: [] }), '$.goals[0].owner');
  });

  it('text is kept as written: markup is characters, not HTML', () => {
    expect(quoteWith({ text: '<b>fet</b> & <script>x</script>' }).items[0].text).to.equal(
      '<b>fet</b> & <script>x</script>',
    );
  });

  it('booleans: default false; a string "true" drops the item', () => {
    const [s] = seminarWith({}).items;
    expect([s.preliminary, s.extended]).to.deep.equal([false, false]);
    expect(seminarWith({ preliminary: true }).items[0].preliminary).to.be.true;
    expectDropped(seminarWith({ preliminary: 'true' }), '$.seminars[0].preliminary');
    expectDropped(seminarWith({ extended: 1 }), '$.seminars[0].extended');
  });

  it('string lists: empty by default, blank entries skipped, anything else drops the item', () => {
    expect(seminarWith({}).items[0].organisers).to.deep.equal([]);
    expect(seminarWith({ organisers: ['A', ' ', 'B'] }).items[0].organisers).to.deep.equal(['A', 'B']);
    expectDropped(seminarWith({ organisers: 'Regional utveckling' }), '$.seminars[0].organisers');
    expectDropped(seminarWith({ organisers: ['A', 3] }), '$.seminars[0].organisers');
  });

  it('dates: a date alone or a date-time with offset; anything else drops the item', () => {
    expect(seminarWith({ start: '2020-10-29' }).items[0]).to.include({ start: '2020-10-29', allDay: true });
    expect(seminarWith({ start: '2020-10-29T09:00Z' }).items[0].allDay).to.be.false;
    expect(seminarWith({ start: '2020-10-29T09:00:00.250-05:30' }).items).to.have.length(1);
    expect(seminarWith({ start: '2024-02-29' }).items).to.have.length(1); // a leap day
    for (const bad of [
      '2020-02-30',
      '2021-02-29',
      '2020-13-01',
      '2020-00-10',
      '2020-10-29T25:00:00Z',
      '2020-10-29T09:60Z',
      '2020-10-29T09:00:00',
      '2020-10-29 09:00:00+01:00',
      '29/10/2020',
      'imorgon',
      '2020-10-29T09:00:00+25:00',
      '20201029',
      '',
    ]) {
      expectDropped(seminarWith({ start: bad }), '$.seminars[0].start');
    }
    expectDropped(seminarWith({ start: 1603958400000 }), '$.seminars[0].start');
    expectDropped(seminarWith({ end: '2020-02-30T10:00:00+01:00' }), '$.seminars[0].end');
  });

  it('an end before the start drops the seminar; an end equal to the start, or on the same day, is kept', () => {
    expectDropped(seminarWith({ end: '2020-10-29T08:59:00+01:00' }), '$.seminars[0].end');
    expectDropped(seminarWith({ start: '2020-10-29', end: '2020-10-28' }), '$.seminars[0].end');
    expect(seminarWith({ end: '2020-10-29T09:00:00+01:00' }).items).to.have.length(1);
    // 09:00+01:00 is 08:00Z: an end at 08:30Z is after the start, whatever the offsets.
    expect(seminarWith({ end: '2020-10-29T08:30:00Z' }).items).to.have.length(1);
    expect(seminarWith({ start: '2020-10-29', end: '2020-10-29' }).items).to.have.length(1);
  });

  it('numbers: finite only; a string or non-finite value drops the goal, a missing target value too', () => {
    expect(goalWith({ target: { value: 245000 } }).items[0].target).to.deep.equal({
      value: 245000,
      unit: undefined,
      year: undefined,
    });
    expect(goalWith({ target: { value: -3.5, unit: '%' } }).items[0].target?.value).to.equal(-3.5);
    expectDropped(goalWith({ target: { value: '5000' } }), '$.goals[0].target.value');
    expectDropped(goalWith({ target: { unit: 'jobb' } }), '$.goals[0].target.value');
    expectDropped(goalWith({ target: { value: null } }), '$.goals[0].target.value');
    expectDropped(goalWith({ baseline: { year: 2020 } }), '$.goals[0].baseline.value');
    expectDropped(goalWith({ current: { value: true } }), '$.goals[0].current.value');
    for (const value of [Infinity, -Infinity, NaN]) {
      expectDropped(goalWith({ target: { value } }), '$.goals[0].target.value');
    }
  });

  it('nested objects: null is absent, another type drops the goal', () => {
    expect(goalWith({ target: null }).items[0].target).to.be.undefined;
    expectDropped(goalWith({ target: 5000 }), '$.goals[0].target');
    expectDropped(goalWith({ baseline: [0] }), '$.goals[0].baseline');
    expectDropped(goalWith({ current: '1200' }), '$.goals[0].current');
  });

  it('years: a four-digit whole number', () => {
    expect(goalWith({ target: { value: 1, year: 2030 } }).items[0].target?.year).to.equal(2030);
    for (const year of [2030.5, 30, 20300, '2030']) {
      expectDropped(goalWith({ target: { value: 1, year } }), '$.goals[0].target.year');
    }
  });

  it('the date of current progress: a real date alone', () => {
    expect(goalWith({ current: { value: 1, date: '2024-12-31' } }).items[0].current?.date).to.equal('2024-12-31');
    expectDropped(goalWith({ current: { value: 1, date: '2024-12-32' } }), '$.goals[0].current.date');
    expectDropped(goalWith({ current: { value: 1, date: '2024-12-31T00:00:00Z' } }), '$.goals[0].current.date');
  });

  it('the portrait: an object with src and alt; alt defaults to "" (decorative)', () => {
    expect(quoteWith({ image: { src: 'a.jpg' } }).items[0].image).to.deep.equal({ src: 'a.jpg', alt: '' });
    expect(quoteWith({ image: null }).items[0].image).to.be.undefined;
    expect(quoteWith({ image: {} }).items[0].image).to.be.undefined;
    expectDropped(quoteWith({ image: 'a.jpg' }), '$.quotes[0].image');
    expectDropped(quoteWith({ image: { src: 5 } }), '$.quotes[0].image.src');
    expectDropped(quoteWith({ image: { src: 'a.jpg', alt: 5 } }), '$.quotes[0].image.alt');
  });
});

describe('validator: link and image addresses', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:a@b.se',
    'blob:https://example.org/x',
    '   ',
    'http://[::1',
    'https://[example.org/',
  ];
  const safe = [
    'https://example.org/a?b=c#d',
    'http://example.org',
    'img/bodil.jpg',
    '/img/a.png',
    '../a.png',
    '?page=2',
    '#frag',
    '//cdn.example.org/a.jpg',
    'HTTPS://EXAMPLE.ORG',
  ];

  it('keeps http, https and relative addresses', () => {
    for (const url of safe) {
      const { items, problems } = quoteWith({ url, image: { src: url, alt: '' } });
      expect(items[0].url, url).to.equal(url);
      expect(items[0].image?.src, url).to.equal(url);
      expect(problems, url).to.deep.equal([]);
    }
  });

  it('drops an unsafe link or image address, keeps the item, and reports the field', () => {
    for (const url of unsafe) {
      if (url.trim() === '') continue; // blank is simply absent, not a problem
      const { items, problems } = quoteWith({ url, image: { src: url, alt: 'Porträtt' } });
      expect(items, url).to.have.length(1);
      expect(items[0].url, url).to.be.undefined;
      expect(items[0].image, url).to.be.undefined;
      expect(
        problems.map((p) => [p.path, p.effect]),
        url,
      ).to.deep.equal([
        ['$.quotes[0].url', 'field'],
        ['$.quotes[0].image.src', 'field'],
      ]);
    }
  });

  it('drops unsafe seminar and goal links the same way', () => {
    const s = seminarWith({ url: 'javascript:void(0)', recordingUrl: 'data:,x' });
    expect(s.items).to.have.length(1);
    expect(s.items[0].url).to.be.undefined;
    expect(s.items[0].recordingUrl).to.be.undefined;
    expect(s.problems.map((p) => p.path)).to.deep.equal(['$.seminars[0].url', '$.seminars[0].recordingUrl']);
    const g = goalWith({ url: 'vbscript:x' });
    expect(g.items).to.have.length(1);
    expect(g.items[0].url).to.be.undefined;
    expect(g.problems[0].path).to.equal('$.goals[0].url');
  });

  it('a link of the wrong type drops the item (a type error, not an unsafe address)', () => {
    expectDropped(quoteWith({ url: 42 }), '$.quotes[0].url');
  });

  it('a dropped item reports one problem only, not also its unsafe link', () => {
    const { items, problems } = quoteWith({ url: 'javascript:x', image: 'not an object' });
    expect(items).to.have.length(0);
    expect(problems.map((p) => p.path)).to.deep.equal(['$.quotes[0].image']);
  });
});

describe('validator: the feeds the document names', () => {
  it('reads the calendar and Atom addresses; without "feeds" there are none', () => {
    const feeds = { calendar: 'https://example.org/seminarier.ics', atom: 'seminarier.xml' };
    const { doc, problems } = ok({ version: 1, feeds, seminars: [seminar] });
    expect(doc.feeds).to.deep.equal(feeds);
    expect(problems).to.deep.equal([]);
    expect(ok({ version: 1, seminars: [seminar] }).doc.feeds).to.equal(undefined);
    expect(ok({ version: 1, feeds: null }).doc.feeds).to.equal(undefined);
  });

  it('leaves out an unsafe or mistyped address, and a "feeds" that is no object, keeping the rest', () => {
    const { doc, problems } = ok({
      version: 1,
      feeds: { calendar: 'javascript:alert(1)', atom: 'https://example.org/a.xml' },
      seminars: [seminar],
    });
    expect(doc.feeds).to.deep.equal({ calendar: undefined, atom: 'https://example.org/a.xml' });
    expect(doc.seminars).to.have.length(1);
    expect(problems.map((p) => [p.path, p.effect])).to.deep.equal([['$.feeds.calendar', 'field']]);

    const typed = ok({ version: 1, feeds: { calendar: 42 } });
    expect(typed.doc.feeds).to.equal(undefined);
    expect(typed.problems.map((p) => [p.path, p.effect])).to.deep.equal([['$.feeds.calendar', 'field']]);
    expect(typed.problems[0].message).to.contain('"feeds.calendar" must be a string');

    const notObject = ok({ version: 1, feeds: 'https://example.org/a.ics' });
    expect(notObject.doc.feeds).to.equal(undefined);
    expect(notObject.problems.map((p) => p.path)).to.deep.equal(['$.feeds']);
  });
});
