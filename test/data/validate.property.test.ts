import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument } from '../../src/data/validate/index.js';
import type { RusDocument, RusListName } from '../../src/data/types.js';
import { isIsoDate, isIsoDateTime } from '../../src/data/iso-date.js';

/**
 * The oracle is the browser itself, independent of the validator's own check: an address
 * is allowed when the browser, resolving it against an http(s) page, lands on http(s).
 */
function allowed(url: string): boolean {
  for (const base of [location.href, 'https://host.example/dir/page.html']) {
    let protocol: string;
    try {
      protocol = new URL(url, base).protocol;
    } catch {
      return false;
    }
    if (protocol !== 'http:' && protocol !== 'https:') return false;
  }
  // An `<a href>` resolves it the same way as the URL parser.
  const a = document.createElement('a');
  a.href = url;
  return a.protocol === 'http:' || a.protocol === 'https:';
}

/** Every link and image address a validated document hands a widget. */
function addresses(doc: RusDocument): string[] {
  return [
    ...doc.quotes.flatMap((q) => [q.url, q.image?.src]),
    ...doc.seminars.flatMap((s) => [s.url, s.recordingUrl]),
    ...doc.goals.map((g) => g.url),
  ].filter((u): u is string => u !== undefined);
}

function checkInvariants(doc: RusDocument): void {
  for (const url of addresses(doc)) expect(allowed(url), `unsafe address kept: ${JSON.stringify(url)}`).to.be.true;
  for (const list of ['quotes', 'seminars', 'goals'] as const) {
    const ids = doc[list].map((item) => item.id);
    expect(new Set(ids).size, `${list} ids unique`).to.equal(ids.length);
    expect(ids.every((id) => typeof id === 'string' && id.trim() !== '')).to.be.true;
  }
  for (const s of doc.seminars) {
    expect(isIsoDate(s.start) || isIsoDateTime(s.start), s.start).to.be.true;
    expect(typeof s.title).to.equal('string');
    expect(s.organisers.every((o) => typeof o === 'string')).to.be.true;
  }
  for (const q of doc.quotes) expect([typeof q.text, typeof q.name]).to.deep.equal(['string', 'string']);
  for (const g of doc.goals) {
    for (const figure of [g.target, g.baseline, g.current]) {
      if (figure) expect(Number.isFinite(figure.value)).to.be.true;
    }
  }
}

const hostileScheme = fc.constantFrom(
  'javascript:',
  'JAVASCRIPT:',
  'JaVaScRiPt:',
  'java\tscript:',
  'java\nscript:',
  'java\rscript:',
  'data:',
  'DATA:',
  'vbscript:',
  'file:',
  'blob:',
  'about:',
  'mailto:',
  'ftp:',
  'ws:',
  'chrome:',
  'jar:',
  'x-evil:',
  'http:',
  'https:',
  '',
);
const prefix = fc.constantFrom(
  '',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '%20',
  '&#106;',
);
/** Addresses an attacker (or a careless editor) might put in the data. */
const hostileUrl = fc.oneof(
  fc
    .tuple(prefix, hostileScheme, fc.constantFrom('', '//', '///', '\\\\', '/\\'), fc.string({ maxLength: 20 }))
    .map((parts) => parts.join('')),
  fc.constantFrom(
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    '//evil.example/x',
    '\\\\evil.example',
    'https://ok.example/a.jpg',
    'img/a.jpg',
    '/a',
    '?q',
    '#h',
    '..',
    'jav&#x09;ascript:alert(1)',
    'javascript://%0aalert(1)',
    '\u0000javascript:alert(1)',
  ),
  fc.webUrl(),
  fc.string(),
);
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '</script>', '', '   ', '\u202e'),
  hostileUrl,
);
/** A field value: usually plausible, sometimes any JSON at all. */
const field = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const isoish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2020-02-30', '2020-10-29T09:00:00+01:00', '2020-10-29T09:00:00', '2021-02-29', '0000-01-01'),
  fc.string(),
);
const figure = fc.record(
  {
    value: field(fc.oneof(fc.double(), fc.integer())),
    unit: field(fc.string()),
    year: field(fc.integer()),
    date: field(isoish),
  },
  { requiredKeys: [] },
);
const id = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.string());

const quoteArb = fc.record(
  {
    id: field(id),
    text: field(hostileString),
    name: field(hostileString),
    role: field(hostileString),
    organisation: field(hostileString),
    url: field(hostileUrl),
    image: field(fc.record({ src: field(hostileUrl), alt: field(hostileString) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
const seminarArb = fc.record(
  {
    id: field(id),
    title: field(hostileString),
    start: field(isoish),
    end: field(isoish),
    preliminary: field(fc.boolean()),
    extended: field(fc.boolean()),
    series: field(hostileString),
    organisers: field(fc.array(hostileString, { maxLength: 3 })),
    description: field(hostileString),
    url: field(hostileUrl),
    recordingUrl: field(hostileUrl),
  },
  { requiredKeys: [] },
);
const goalArb = fc.record(
  {
    id: field(id),
    title: field(hostileString),
    area: field(fc.string()),
    target: field(figure),
    baseline: field(figure),
    current: field(figure),
    owner: field(fc.string()),
    description: field(fc.string()),
    url: field(hostileUrl),
  },
  { requiredKeys: [] },
);
const documentArb = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constant('1.0'), fc.constant(undefined), fc.jsonValue({ maxDepth: 0 })),
    lang: field(fc.string()),
    quotes: field(fc.array(quoteArb, { maxLength: 5 })),
    seminars: field(fc.array(seminarArb, { maxLength: 5 })),
    goals: field(fc.array(goalArb, { maxLength: 5 })),
  },
  { requiredKeys: [] },
);
const rootList = fc.constantFrom<RusListName | undefined>('quotes', 'seminars', 'goals', undefined);

function property(raw: unknown, list: RusListName | undefined): void {
  const result = validateDocument(raw, { rootList: list });
  if (result.ok) checkInvariants(result.document);
  else expect(result.kind).to.be.oneOf(['invalid', 'version']);
  for (const problem of result.problems) expect(problem.path.startsWith('$')).to.be.true;
}

describe('validator: properties (fast-check)', () => {
  it('refuses a scheme without a host ("https:"), found by seed 1442104990', () => {
    for (const url of ['https:', 'http:']) {
      const result = validateDocument({ version: 1, quotes: [{ id: 'q', text: 't', name: 'n', url }] });
      expect(result.ok && result.document.quotes[0].url, url).to.equal(undefined);
    }
  });

  it('the oracle itself tells safe from unsafe', () => {
    expect(['https://a.se', 'img/a.jpg', '//a.se/x'].every(allowed)).to.be.true;
    expect(['javascript:x', ' javascript:x', 'java\tscript:x', 'data:,x'].some(allowed)).to.be.false;
  });

  it('never throws and never keeps an unsafe address, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), rootList, property), { numRuns: 500 });
  });

  it('never throws for any value JSON.parse can produce, parsed from text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), rootList, (value, list) =>
        property(JSON.parse(JSON.stringify(value) ?? 'null'), list),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and never keeps an unsafe address, for plausible documents with hostile strings and addresses', () => {
    fc.assert(fc.property(documentArb, rootList, property), { numRuns: 1000 });
  });

  it('the same for root arrays of plausible items', () => {
    fc.assert(fc.property(fc.array(fc.oneof(quoteArb, seminarArb, goalArb), { maxLength: 6 }), rootList, property), {
      numRuns: 500,
    });
  });
});
