// Node tests of `rus-widgets snippet`. Run with `npm run test:node` (it builds dist/ first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'public/data/rus2030.json');

function run(args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/rus-widgets.js'), 'snippet', ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rus-snippet-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('writes the tag with the seminars as HTML and the snapshot inside', async () => {
  const { code, stdout } = await run([
    '--widget',
    'seminar-list',
    '--src',
    'https://region.example/rus2030.json',
    '--file',
    sample,
    '--now',
    '2020-10-20',
    '--limit',
    '2',
  ]);
  assert.equal(code, 0);
  assert.match(stdout, /^<rus-seminar-list src="https:\/\/region\.example\/rus2030\.json" now="2020-10-20" limit="2">/);
  assert.match(stdout, /<h2>Kommande webbseminarier<\/h2>/);
  assert.match(stdout, /<h3>Smarta samhällen<\/h3><p><time datetime="2020-10-29">torsdag 29 oktober 2020<\/time><\/p>/);
  assert.equal(stdout.match(/<li>/g).length, 2);
  const snapshot = JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(stdout)[1]);
  assert.deepEqual(Object.keys(snapshot), ['version', 'lang', 'seminars']);
  assert.equal(snapshot.seminars.length, 3);
  assert.match(stdout, /<\/rus-seminar-list>\n$/);
});

test('writes data texts as text and leaves unsafe links out, saying so', async () => {
  const file = join(dir, 'hostile.json');
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      seminars: [
        { id: 'x', title: '</script><script>alert(1)</script>', start: '2099-01-01', url: 'javascript:alert(1)' },
      ],
    }),
  );
  const { code, stdout, stderr } = await run(['--widget', 'seminar-list', '--src', '/data.json', '--file', file]);
  assert.equal(code, 0);
  assert.match(stdout, /<h3>&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h3>/);
  assert.equal(stdout.match(/<\/script>/g).length, 1, 'only the snapshot script closes');
  assert.doesNotMatch(stdout, /javascript:/);
  assert.match(stderr, /\$\.seminars\[0\]\.url/);
});

test('refuses a document the widgets could not use', async () => {
  const file = join(dir, 'v2.json');
  await writeFile(file, JSON.stringify({ version: 2, quotes: [] }));
  const { code, stdout, stderr } = await run(['--widget', 'quote-carousel', '--src', '/data.json', '--file', file]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /no snippet written/);
});

test('writes to --out, and says what is wrong with the command', async () => {
  const out = join(dir, 'badges.html');
  const written = await run(['--widget', 'goal-badges', '--src', '/d.json', '--file', sample, '--out', out]);
  assert.equal(written.code, 0);
  assert.match(await readFile(out, 'utf8'), /^<rus-goal-badges src="\/d\.json">/);
  assert.equal((await run(['--widget', 'slideshow', '--src', '/d.json'])).code, 2);
  assert.equal((await run(['--widget', 'goal-badges'])).code, 2);
  assert.equal((await run(['--widget', 'goal-badges', '--src', '/d.json', '--as-of', 'sometime'])).code, 2);
});
