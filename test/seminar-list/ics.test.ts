import { expect, waitUntil } from '@open-wc/testing';
import { escapeText, foldLine, seminarIcs } from '../../src/seminar-list/ics.js';
import type { RusSeminar } from '../../src/data/types.js';
import { $$, mount } from './helpers.js';

const DOC = 'https://region.example/data/rus2030.json';

/** Reads an iCalendar text back: checks line endings and folding, unfolds, and parses properties. */
function parseIcs(ics: string): { name: string; params: string; value: string }[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length, `line "${line}" is at most 75 octets`).to.be.at.most(75);
    expect(line).not.to.match(/[\r\n]/);
  }
  const unfolded = ics
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
  return unfolded.map((line) => {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, `"${line}" is a content line`).to.not.equal(null);
    return { name: m![1], params: m![2], value: m![3] };
  });
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

function props(ics: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, params, value } of parseIcs(ics)) if (!(name in out)) out[name + params] = value;
  return out;
}

const base: RusSeminar = {
  id: 'smarta',
  title: 'Smarta samhällen',
  start: '2020-10-29T09:00:00+01:00',
  end: '2020-10-29T10:00:00+01:00',
  allDay: false,
  preliminary: false,
  extended: false,
  organisers: [],
};

describe('ics writer', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ö'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(folded).not.to.include('\uFFFD');
  });

  it('writes a timed seminar in UTC with UID, DTSTAMP and escaped text', () => {
    const ics = seminarIcs(
      { ...base, description: 'Digitalisering, län; framtid\nRad två' },
      {
        stamp: Date.UTC(2020, 9, 20, 12, 0, 5),
        notes: ['Arrangörer: A och B'],
        url: 'https://example.org/anmalan?id=1,2',
        documentUrl: DOC,
      },
    );
    const lines = parseIcs(ics);
    expect(lines[0]).to.deep.equal({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(lines.at(-1)).to.deep.equal({ name: 'END', params: '', value: 'VCALENDAR' });
    const p = props(ics);
    expect(p.VERSION).to.equal('2.0');
    expect(p.PRODID).to.be.a('string');
    expect(p.UID).to.equal('smarta-20201029T080000Z@region.example/data/rus2030.json');
    expect(p.DTSTAMP).to.equal('20201020T120005Z');
    expect(p.DTSTART).to.equal('20201029T080000Z');
    expect(p.DTEND).to.equal('20201029T090000Z');
    expect(unescapeText(p.SUMMARY)).to.equal('Smarta samhällen');
    expect(unescapeText(p.DESCRIPTION)).to.equal(
      'Digitalisering, län; framtid\nRad två\n\nArrangörer: A och B\n\nhttps://example.org/anmalan?id=1,2',
    );
    expect(p.URL).to.equal('https://example.org/anmalan?id=1,2');
    expect(lines.filter((l) => l.name === 'BEGIN').map((l) => l.value)).to.deep.equal(['VCALENDAR', 'VEVENT']);
  });

  it('gives the same id in two documents two UIDs, and the same UID on every download', () => {
    const uid = (documentUrl: string, stamp: number) => props(seminarIcs(base, { stamp, documentUrl })).UID;
    expect(uid(DOC, 0)).to.equal(uid(DOC, Date.now()));
    expect(uid(DOC, 0)).not.to.equal(uid('https://partner.example/seminarier.json', 0));
    const moved = props(
      seminarIcs({ ...base, start: '2020-11-05T09:00:00+01:00' }, { stamp: 0, documentUrl: DOC }),
    ).UID;
    expect(moved, 'an id reused for another day is another event').not.to.equal(uid(DOC, 0));
  });

  it('makes a date-only seminar an all-day event (end exclusive)', () => {
    const p = props(
      seminarIcs({ ...base, start: '2020-11-26', end: undefined, allDay: true }, { stamp: 0, documentUrl: DOC }),
    );
    expect(p['DTSTART;VALUE=DATE']).to.equal('20201126');
    expect(p['DTEND;VALUE=DATE']).to.equal('20201127');
    expect(p.DTSTART).to.equal(undefined);
    expect(p.DESCRIPTION).to.equal(undefined);
  });

  it('a multi-day date-only seminar ends the day after its last day', () => {
    const p = props(
      seminarIcs({ ...base, start: '2020-12-31', end: '2021-01-01', allDay: true }, { stamp: 0, documentUrl: DOC }),
    );
    expect(p['DTSTART;VALUE=DATE']).to.equal('20201231');
    expect(p['DTEND;VALUE=DATE']).to.equal('20210102');
  });

  it('a timed seminar without an end has no DTEND', () => {
    const p = props(seminarIcs({ ...base, end: undefined }, { stamp: 0, documentUrl: DOC }));
    expect(p.DTSTART).to.equal('20201029T080000Z');
    expect('DTEND' in p).to.equal(false);
  });
});

describe('rus-seminar-list: add to calendar', () => {
  let captured: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    captured = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      captured.push(this);
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = click;
  });

  it('downloads an .ics made in the browser (a blob: URL, no request elsewhere)', async () => {
    const el = await mount({ now: '2020-10-20' });
    const before = Date.now();
    $$(el, '[part~="calendar-button"]')[0].click();
    // The writer loads on the first press.
    await waitUntil(() => captured.length > 0, 'a download');
    expect(captured).to.have.length(1);
    const link = captured[0];
    expect(link.isConnected, 'nothing is added to the page').to.equal(false);
    expect(link.download).to.equal('smarta.ics');
    expect(link.href.startsWith('blob:')).to.equal(true);
    const response = await fetch(link.href);
    expect(response.headers.get('content-type')).to.include('text/calendar');
    const ics = await response.text();
    const p = props(ics);
    expect(unescapeText(p.SUMMARY)).to.equal('Smarta samhällen');
    expect(p.DTSTART).to.equal('20201029T080000Z');
    expect(p.DTEND).to.equal('20201029T090000Z');
    expect(unescapeText(p.DESCRIPTION)).to.include('Arrangörer: Regional utveckling och Örnsköldsviks kommun');
    expect(unescapeText(p.DESCRIPTION)).to.include('Hur digitaliseringen, förändrar; länet.\nAndra raden.');
    const stamp = p.DTSTAMP.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
    expect(Date.parse(stamp)).to.be.within(Math.floor(before / 1000) * 1000, Date.now());
  });

  it('a date-only seminar downloads as an all-day event; a relative link is made absolute', async () => {
    const el = await mount({ now: '2020-01-01' }, [
      { id: 'juni 11', title: 'Sommarsamtal', start: '2020-06-11', url: '/seminarier/juni' },
    ]);
    $$(el, '[part~="calendar-button"]')[0].click();
    await waitUntil(() => captured.length > 0, 'a download');
    expect(captured[0].download).to.equal('juni-11.ics');
    const p = props(await (await fetch(captured[0].href)).text());
    expect(p['DTSTART;VALUE=DATE']).to.equal('20200611');
    expect(p['DTEND;VALUE=DATE']).to.equal('20200612');
    expect(p.URL).to.equal(new URL('/seminarier/juni', location.href).href);
  });
});

describe('rus-seminar-list: the calendar button', () => {
  /** Presses a seminar's calendar button and reads the file it hands the visitor. */
  async function downloaded(el: Element): Promise<string> {
    const click = HTMLAnchorElement.prototype.click;
    let href = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      href = this.href;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!.click();
      await waitUntil(() => href, 'a download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    return (await fetch(href)).text();
  }

  it('writes a UID from the address the data came from (the page, for inline data)', async () => {
    const el = await mount({ now: '2020-10-20' });
    const uid = props(await downloaded(el)).UID;
    expect(uid).to.equal(`smarta-20201029T080000Z@${location.host}${location.pathname}${location.search}`);
  });
});
