// Node tests of `rus-widgets feeds`: the files are read back with a real iCalendar parser
// (ical.js) and a real XML parser (@xmldom/xmldom). Run with `npm run test:node`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import ICAL from 'ical.js';
import { DOMParser } from '@xmldom/xmldom';
import { serveStatic } from '../../scripts/static-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/rus-widgets.js');
const broken = join(root, 'test/cli/fixtures/broken.json');
const BASE = 'https://example.org/rus/';

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const doc = {
  version: 1,
  lang: 'sv',
  seminars: [
    {
      id: '2021-05-20',
      title: 'Sommar, sol; och\nny rad',
      start: '2021-05-20T09:00:00+02:00',
      end: '2021-05-20T10:30:00+02:00',
      series: 'Här och nu',
      organisers: ['Region Västernorrland'],
      description: 'En lång beskrivning med åäö '.repeat(8),
      url: 'https://example.org/anmalan',
    },
    { id: '2020-11-26', title: 'Heldag', start: '2020-11-26', series: 'Annat', url: 'heldag.html' },
    { id: '2020-10-29', title: 'Vinter & <b>', start: '2020-10-29T09:00:00+01:00' },
  ],
  quotes: [{ id: 'q1', text: 'Tillsammans <b>&</b> "nu".', name: 'Anna Andersson', organisation: 'Kommun' }],
};

let dir;
let source;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rus-feeds-'));
  source = join(dir, 'rus2030.json');
  await writeFile(source, JSON.stringify(doc));
});
after(() => rm(dir, { recursive: true, force: true }));

const feed = (out, name) => readFile(join(out, name), 'utf8');
const write = (out, extra = []) =>
  run(['feeds', source, '--out', out, '--base-url', BASE, '--updated', '2026-12-01T10:00:00Z', ...extra]);

test('writes a calendar feed that ical.js reads: Stockholm time zone, UIDs, refresh, names', async () => {
  const out = join(dir, 'a');
  const { code, stdout } = await write(out);
  assert.equal(code, 0, stdout);
  const text = await feed(out, 'seminarier.ics');
  for (const line of text.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Webbseminarier');
  assert.equal(calendar.getFirstPropertyValue('x-published-ttl'), 'PT12H');
  assert.equal(calendar.getFirstPropertyValue('refresh-interval').toString(), 'PT12H');
  const zone = calendar.getFirstSubcomponent('vtimezone');
  assert.equal(zone.getFirstPropertyValue('tzid'), 'Europe/Stockholm');
  ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.deepEqual(
    events.map((e) => e.summary),
    ['Vinter & <b>', 'Heldag', 'Sommar, sol; och\nny rad'],
  );
  // Summer time (+02:00) and winter time (+01:00) through the VTIMEZONE.
  assert.equal(events[2].startDate.toJSDate().toISOString(), '2021-05-20T07:00:00.000Z');
  assert.equal(events[2].endDate.toJSDate().toISOString(), '2021-05-20T08:30:00.000Z');
  assert.equal(events[2].startDate.zone.tzid, 'Europe/Stockholm');
  assert.equal(events[0].startDate.toJSDate().toISOString(), '2020-10-29T08:00:00.000Z');
  assert.equal(events[1].startDate.isDate, true);
  assert.equal(events[2].description.includes('Arrangörer: Region Västernorrland'), true);
  assert.equal(events[2].uid, '2021-05-20-20210520T070000Z@example.org/rus/rus2030.json');
  for (const v of calendar.getAllSubcomponents('vevent')) {
    assert.equal(v.getFirstPropertyValue('sequence'), 0);
    assert.equal(v.getFirstPropertyValue('dtstamp').toString(), '2026-12-01T10:00:00Z');
  }
  assert.ok(text.includes(`URL;VALUE=URI:${BASE}heldag.html`), 'a relative link resolved against --base-url');
  // One calendar per series.
  const series = new ICAL.Component(ICAL.parse(await feed(out, 'seminarier-har-och-nu.ics')));
  assert.deepEqual(
    series.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary')),
    ['Sommar, sol; och\nny rad'],
  );
  assert.equal(series.getFirstPropertyValue('x-wr-calname'), 'Webbseminarier: Här och nu');
});

test('writes Atom feeds an XML parser reads: seminars newest first, statements, escaped text', async () => {
  const out = join(dir, 'b');
  assert.equal((await write(out)).code, 0);
  const parse = async (name) => {
    const errors = [];
    const xml = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      await feed(out, name),
      'application/xml',
    );
    assert.deepEqual(errors, []);
    assert.equal(xml.documentElement.namespaceURI, 'http://www.w3.org/2005/Atom');
    return xml;
  };
  const texts = (xml, tag) => Array.from(xml.getElementsByTagName(tag)).map((e) => e.textContent);
  const seminars = await parse('seminarier.xml');
  assert.deepEqual(texts(seminars, 'title'), ['Webbseminarier', 'Sommar, sol; och\nny rad', 'Heldag', 'Vinter & <b>']);
  assert.equal(texts(seminars, 'updated')[0], '2026-12-01T10:00:00.000Z');
  assert.deepEqual(
    Array.from(seminars.getElementsByTagName('link')).map((l) => l.getAttribute('href')),
    [`${BASE}seminarier.xml`, 'https://example.org/anmalan', `${BASE}heldag.html`],
  );
  const quotes = await parse('uttalanden.xml');
  assert.deepEqual(texts(quotes, 'content'), ['Tillsammans <b>&</b> "nu".']);
  assert.deepEqual(texts(quotes, 'id').slice(1), ['https://example.org/rus/rus2030.json#quotes/q1']);
});

test('the addresses it tells the data owner to name serve the feeds from a plain static host', async () => {
  const out = join(dir, 'hosted');
  const { server, origin } = await serveStatic(out);
  try {
    const { code, stdout } = await run(['feeds', source, '--out', out, '--base-url', `${origin}/`]);
    assert.equal(code, 0, stdout);
    // "Name them in the document: "feeds": { … }" — the object to paste, read back as JSON.
    const feeds = JSON.parse(/"feeds": (\{.*\})/.exec(stdout)[1]);
    assert.deepEqual(Object.keys(feeds), ['calendar', 'atom']);
    const calendar = await fetch(feeds.calendar);
    assert.equal(calendar.status, 200);
    assert.match(calendar.headers.get('content-type'), /^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(await calendar.text())).getAllSubcomponents('vevent');
    assert.equal(events.length, doc.seminars.length);
    const atom = await fetch(feeds.atom);
    assert.equal(atom.status, 200);
    const entries = new DOMParser().parseFromString(await atom.text(), 'application/xml').getElementsByTagName('entry');
    assert.equal(entries.length, doc.seminars.length);
  } finally {
    server.close();
  }
});

test('rerunning on unchanged data writes identical files; a changed seminar gets SEQUENCE 1 and a new DTSTAMP', async () => {
  const out = join(dir, 'c');
  await write(out);
  const first = await feed(out, 'seminarier.ics');
  const firstAtom = await feed(out, 'seminarier.xml');
  await run(['feeds', source, '--out', out, '--base-url', BASE, '--updated', '2027-01-01T00:00:00Z']);
  assert.equal(await feed(out, 'seminarier.ics'), first);
  assert.equal(await feed(out, 'seminarier.xml'), firstAtom);

  const changed = structuredClone(doc);
  changed.seminars[2].title = 'Vinter, ny titel';
  await writeFile(source, JSON.stringify(changed));
  try {
    await run(['feeds', source, '--out', out, '--base-url', BASE, '--updated', '2027-01-01T00:00:00Z']);
    const events = new ICAL.Component(ICAL.parse(await feed(out, 'seminarier.ics'))).getAllSubcomponents('vevent');
    const revisions = events.map((v) => [
      v.getFirstPropertyValue('summary'),
      v.getFirstPropertyValue('sequence'),
      v.getFirstPropertyValue('dtstamp').toString(),
    ]);
    assert.deepEqual(revisions, [
      ['Vinter, ny titel', 1, '2027-01-01T00:00:00Z'],
      ['Heldag', 0, '2026-12-01T10:00:00Z'],
      ['Sommar, sol; och\nny rad', 0, '2026-12-01T10:00:00Z'],
    ]);
  } finally {
    await writeFile(source, JSON.stringify(doc));
  }
});

test('refuses a document with problems with the same messages as validate, and writes nothing', async () => {
  const out = join(dir, 'd');
  const validate = await run(['validate', broken]);
  const { code, stdout } = await run(['feeds', broken, '--out', out, '--base-url', BASE]);
  assert.equal(code, 1);
  assert.ok(stdout.startsWith(validate.stdout), stdout);
  assert.match(stdout, /No feeds written/);
  await assert.rejects(readFile(join(out, 'seminarier.ics')));
});

test('usage errors: no --base-url, a non-http base, exit 2', async () => {
  assert.equal((await run(['feeds', source, '--out', dir])).code, 2);
  const { code, stderr } = await run(['feeds', source, '--out', dir, '--base-url', 'ftp://x/']);
  assert.equal(code, 2);
  assert.match(stderr, /--base-url/);
});
