// The browser test runner must name a failed DOM comparison: without
// test/support/readable-failures.ts it copies the nodes' object graph to Node and hangs until
// its timeout, so one wrong focus assertion would cost CI two minutes and say nothing.
// Run by `npm run test:browser`, after the browser check and the browser tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import process from 'node:process';

test('a failed comparison of DOM nodes is reported with both nodes described', () => {
  const run = spawnSync('npx', ['wtr', '--files', 'test/build/fixtures/dom-failure.fixture.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const output = run.stdout + run.stderr;
  assert.equal(run.status, 1, output);
  assert.doesNotMatch(output, /did not finish/, output);
  assert.match(output, /AssertionError/, output);
  assert.match(output, /-<div part="state error" class="state error">/, output);
  assert.match(output, /\+<rus-quote-carousel>/, output);
});
