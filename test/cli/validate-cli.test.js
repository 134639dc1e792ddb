// Node tests of `rus-widgets validate` and of the JSON Schema. Run with `npm run test:node`
// (it builds dist/validate.js first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/rus-widgets.js');
const broken = join(root, 'test/cli/fixtures/broken.json');
const sample = join(root, 'public/data/rus2030.json');

/** Runs the CLI; resolves with its exit code and output, never rejects. */
function run(args, bin = cli) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

let dir;
let server;
let base;
const write = async (name, content) => {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rus-cli-'));
  server = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    const send = (status, type, body, headers = cors) =>
      response.writeHead(status, { 'content-type': type, ...headers }).end(body);
    const good = JSON.stringify({ version: 1, goals: [{ id: 'g', title: 'Mål' }] });
    if (request.url === '/good.json') return send(200, 'application/json', good);
    if (request.url === '/no-cors.json') return send(200, 'application/json', good, {});
    if (request.url === '/text.json') return send(200, 'text/plain', good);
    if (request.url === '/bad.json') return send(200, 'application/json', JSON.stringify({ quotes: [{ id: 'q' }] }));
    if (request.url === '/login') return send(200, 'text/html', '<!doctype html><title>Logga in</title>');
    if (request.url === '/error') return send(500, 'text/plain', 'nope');
    return send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

test('a clean document: a summary, "No problems", exit 0', async () => {
  const { code, stdout } = await run(['validate', sample]);
  assert.equal(code, 0);
  assert.match(stdout, /quotes: 14 kept · seminars: 3 kept · goals: 3 kept/);
  assert.match(stdout, /✓ No problems\./);
});

test('a broken document: every problem with its JSON path, a summary, exit 1', async () => {
  const { code, stdout } = await run(['validate', broken]);
  assert.equal(code, 1);
  const expected = [
    ['left out', '$.quotes[0].url', 'javascript:alert(1)'],
    ['dropped', '$.quotes[1].name', '"name" is missing'],
    ['dropped', '$.quotes[2].id', 'is used by an earlier item'],
    ['dropped', '$.seminars[1].start', '"2020-02-30"'],
    ['dropped', '$.seminars[2].end', 'is before "start"'],
    ['dropped', '$.goals[0].target.value', 'must be a number, not a string'],
  ];
  const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
  assert.equal(lines.length, expected.length, stdout);
  expected.forEach(([label, path, text], i) => {
    assert.ok(lines[i].trim().startsWith(label), lines[i]);
    assert.ok(lines[i].includes(` ${path} `), lines[i]);
    assert.ok(lines[i].includes(text), lines[i]);
  });
  assert.match(stdout, /quotes: 1 kept, 2 dropped · seminars: 1 kept, 2 dropped · goals: 1 kept, 1 dropped/);
  assert.match(stdout, /✗ 6 problems: 5 items dropped, 1 link or image left out\./);
});

test('only a link left out still fails the check', async () => {
  const file = await write('link.json', {
    quotes: [{ id: 'q', text: 't', name: 'n', image: { src: 'data:image/png;base64,AA' } }],
  });
  const { code, stdout } = await run(['validate', file]);
  assert.equal(code, 1);
  assert.match(stdout, /\$\.quotes\[0\]\.image\.src/);
  assert.match(stdout, /quotes: 1 kept/);
});

test('--list checks one list as its widget does, and reads a root array as that list', async () => {
  const file = await write('array.json', [{ id: 'g', title: 'Mål' }, { id: 'g2' }]);
  const alone = await run(['validate', file]);
  assert.equal(alone.code, 1);
  assert.match(alone.stdout, /unusable\s+\$\s+The document is a list/);
  const asGoals = await run(['validate', file, '--list', 'goals']);
  assert.equal(asGoals.code, 1);
  assert.match(asGoals.stdout, /\$\.goals\[1\]\.title/);
  assert.match(asGoals.stdout, /^goals: 1 kept, 1 dropped$/m);
  assert.doesNotMatch(asGoals.stdout, /quotes:/);
  const onlyGoals = await run(['validate', broken, '--list=goals']);
  assert.match(onlyGoals.stdout, /^goals: 1 kept, 1 dropped$/m);
  assert.doesNotMatch(onlyGoals.stdout, /\$\.quotes/);
});

test('an unusable document: version 2, not an object, not JSON, no file', async () => {
  const v2 = await run(['validate', await write('v2.json', { version: '2.0', quotes: [] })]);
  assert.equal(v2.code, 1);
  assert.match(v2.stdout, /unusable\s+\$\s+Unsupported document version "2.0"/);
  assert.match(v2.stdout, /unusable \(version\)/);
  const text = await run(['validate', await write('string.json', '"hej"')]);
  assert.equal(text.code, 1);
  assert.match(text.stdout, /unusable \(invalid\)/);
  const notJson = await run(['validate', await write('broken.json', '{"quotes": [')]);
  assert.equal(notJson.code, 1);
  assert.match(notJson.stdout, /unreadable\s+.*is not valid JSON/);
  const missing = await run(['validate', join(dir, 'nothing-here.json')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /no such file/);
});

test('a missing version reads as 1; a byte-order mark is accepted', async () => {
  const { code } = await run([
    'validate',
    await write('bom.json', `\uFEFF${JSON.stringify({ goals: [{ id: 'g', title: 'Mål' }] })}`),
  ]);
  assert.equal(code, 0);
});

test('URLs are fetched: clean, broken, an HTML login page, HTTP errors', async () => {
  const good = await run(['validate', `${base}/good.json`]);
  assert.equal(good.code, 0, good.stdout);
  assert.match(good.stdout, /goals: 1 kept/);
  const bad = await run(['validate', `${base}/bad.json`]);
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /\$\.quotes\[0\]\.text/);
  const login = await run(['validate', `${base}/login`]);
  assert.equal(login.code, 1);
  assert.match(login.stdout, /returned a web page/);
  for (const [path, status] of [
    ['/error', 500],
    ['/missing.json', 404],
  ]) {
    const result = await run(['validate', `${base}${path}`]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, new RegExp(`HTTP ${status}`));
  }
  const refused = await run(['validate', 'http://127.0.0.1:9/rus.json']);
  assert.equal(refused.code, 1);
  assert.match(refused.stdout, /Could not fetch/);
});

test('usage errors exit 2 with the usage text', async () => {
  for (const args of [
    [],
    ['check', sample],
    ['validate'],
    ['validate', sample, '--list', 'people'],
    ['validate', sample, '--strict'],
    ['validate', sample, sample],
  ]) {
    const { code, stdout, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stdout + stderr, /Usage: rus-widgets validate FILE_OR_URL/);
  }
  const help = await run(['--help']);
  assert.equal(help.code, 0);
});

test('without a build, it says to run npm run build', async () => {
  const copy = join(dir, 'pkg', 'bin', 'rus-widgets.js');
  await mkdir(join(dir, 'pkg', 'bin'), { recursive: true });
  for (const name of await readdir(join(root, 'bin')))
    await copyFile(join(root, 'bin', name), join(dir, 'pkg', 'bin', name));
  const { code, stderr } = await run(['validate', sample], copy);
  assert.equal(code, 1);
  assert.match(stderr, /npm run build/);
});

// --- The JSON Schema agrees with the validator -------------------------------------------

const schema = JSON.parse(await readFile(join(root, 'schema/rus-data.schema.json'), 'utf8'));
const validator = await import(join(root, 'dist/validate.js')).catch(() => undefined);

const full = {
  quotes: {
    id: 'q',
    text: 't',
    name: 'n',
    role: 'r',
    organisation: 'o',
    image: { src: 'a.jpg', alt: 'a' },
    url: 'https://a.se',
  },
  seminars: {
    id: 's',
    title: 't',
    start: '2020-10-29T09:00:00+01:00',
    end: '2020-10-29T10:00:00+01:00',
    preliminary: true,
    extended: true,
    series: 's',
    organisers: ['o'],
    description: 'd',
    url: '/a',
    recordingUrl: '/b',
  },
  goals: {
    id: 'g',
    title: 't',
    area: 'a',
    target: { value: 1, unit: 'u', year: 2030 },
    baseline: { value: 0, year: 2020 },
    current: { value: 1, date: '2024-12-31' },
    owner: 'o',
    description: 'd',
    url: '/c',
  },
};
const itemDef = { quotes: 'quote', seminars: 'seminar', goals: 'goal' };

test('the schema is a draft 2020-12 schema with a definition per list', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const list of Object.keys(itemDef)) {
    assert.deepEqual(schema.$defs.document.properties[list].items, { $ref: `#/$defs/${itemDef[list]}` });
  }
});

test(
  'the schema names exactly the fields the validator reads, and requires the ones it requires',
  { skip: !validator && 'dist/validate.js not built' },
  () => {
    for (const [list, item] of Object.entries(full)) {
      const def = schema.$defs[itemDef[list]];
      assert.deepEqual(Object.keys(def.properties).sort(), Object.keys(item).sort(), list);
      const result = validator.validateDocument({ [list]: [item] });
      assert.deepEqual(result.problems, [], list);
      for (const field of Object.keys(item)) {
        const without = { ...item };
        delete without[field];
        const kept = validator.validateDocument({ [list]: [without] }).document[list].length === 1;
        assert.equal(kept, !def.required.includes(field), `${list}.${field} required?`);
      }
    }
    for (const figure of ['target', 'baseline', 'current']) {
      assert.deepEqual(schema.$defs.goal.properties[figure].required, ['value']);
      const kept = validator.validateDocument({ goals: [{ ...full.goals, [figure]: {} }] }).document.goals.length;
      assert.equal(kept, 0, figure);
    }
  },
);

test(
  "every address the schema's URL pattern allows, the validator keeps",
  { skip: !validator && 'dist/validate.js not built' },
  () => {
    const pattern = new RegExp(schema.$defs.url.pattern, 'u');
    const candidates = [
      'https://a.se',
      'HTTP://a.se',
      'img/a.jpg',
      '/a',
      '?q',
      '#f',
      '//cdn.a.se/x',
      '',
      ' https://a.se',
      'javascript:alert(1)',
      ' javascript:x',
      'JAVASCRIPT:x',
      'java\tscript:x',
      'data:,x',
      'mailto:a@b.se',
      'ftp://a',
      'a:b',
      'vbscript:x',
    ];
    for (const url of candidates) {
      const keptByValidator =
        validator.validateDocument({ goals: [{ id: 'g', title: 't', url }] }).document.goals[0].url === url;
      if (pattern.test(url) && url.trim() !== '')
        assert.ok(keptByValidator, `schema allows ${JSON.stringify(url)}, the validator drops it`);
      if (!keptByValidator && url.trim() !== '')
        assert.ok(!pattern.test(url), `schema allows unsafe ${JSON.stringify(url)}`);
    }
    for (const unsafe of ['javascript:alert(1)', '\u0001javascript:x', 'java\nscript:x', 'data:,x'])
      assert.ok(!pattern.test(unsafe), unsafe);
  },
);

test("the date patterns of the schema accept the validator's dates", () => {
  const [date, dateTime] = schema.$defs.seminar.properties.start.anyOf.map((p) => new RegExp(p.pattern));
  assert.ok(date.test('2020-10-29') && !date.test('2020-10-29T09:00Z'));
  assert.ok(
    dateTime.test('2020-10-29T09:00:00+01:00') &&
      dateTime.test('2020-10-29T09:00Z') &&
      dateTime.test('2020-10-29T09:00:00.5-05:30'),
  );
  assert.ok(!dateTime.test('2020-10-29T09:00:00') && !dateTime.test('2020-10-29T24:00:00Z'));
});

test('the sample document uses only fields the schema knows', async () => {
  const doc = JSON.parse(await readFile(sample, 'utf8'));
  assert.deepEqual(
    Object.keys(doc).filter((k) => !(k in schema.$defs.document.properties)),
    [],
  );
  for (const list of Object.keys(itemDef)) {
    for (const item of doc[list]) {
      const unknown = Object.keys(item).filter((k) => !(k in schema.$defs[itemDef[list]].properties));
      assert.deepEqual(unknown, [], `${list} ${item.id}`);
    }
  }
});

test('a clean document its server does not let other sites read: the header to add, exit 1', async () => {
  const { code, stdout } = await run(['validate', `${base}/no-cors.json`]);
  assert.equal(code, 1);
  assert.match(stdout, /sends no Access-Control-Allow-Origin header/);
  assert.match(stdout, /"Access-Control-Allow-Origin: \*"/);
  assert.doesNotMatch(stdout, /✓ No problems/);
});

test('data served as text/plain: the content type to send, exit 1', async () => {
  const { code, stdout } = await run(['validate', `${base}/text.json`]);
  assert.equal(code, 1);
  assert.match(stdout, /"Content-Type: application\/json"/);
});
