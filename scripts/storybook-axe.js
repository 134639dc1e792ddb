#!/usr/bin/env node
// Runs axe over every story of the built Storybook (storybook-static/), in Swedish and in
// English, the way the accessibility addon would: a story with a violation fails the run.
// It also sets an arg through the address, as a control would, and checks the story's element
// takes it: every story renders from its args.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';
import { serveStatic } from './static-server.js';

const ROOT = resolve('storybook-static');
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No storybook-static/: run "npm run build-storybook" first.');
  process.exit(1);
}
const { server, origin } = await serveStatic(ROOT);

const stories = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const axe = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage();
let failures = 0;

/** axe's violations in the story; the a11y addon may be running its own axe in the page, so wait for it. */
async function runAxe(page, attempts = 20) {
  try {
    return await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
    });
  } catch (error) {
    if (attempts === 0 || !String(error).includes('Axe is already running')) throw error;
    await page.waitForTimeout(250);
    return runAxe(page, attempts - 1);
  }
}
for (const story of stories) {
  for (const locale of ['sv', 'en']) {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
    // Settled: no widget still shows its loading state (the Loading stories are meant to).
    await page
      .waitForFunction(
        () =>
          ![...document.querySelectorAll('#storybook-root *')].some((el) =>
            el.shadowRoot?.querySelector('[part~="loading"]'),
          ),
        null,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    await page.addScriptTag({ content: axe });
    const violations = await runAxe(page);
    if (violations.length) {
      failures++;
      console.log(`✗ ${story.title} / ${story.name} (${locale})\n    ${violations.join('\n    ')}`);
    }
  }
  // The control a designer reaches for first, set as Storybook's address sets args.
  await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&args=heading-level:5`);
  const taken = await page
    .waitForFunction(
      () => {
        const element = document.querySelector(
          '#storybook-root :is(rus-quote-carousel, rus-seminar-list, rus-goal-badges, rus-goal-badge, rus-data)',
        );
        return element && (element.localName === 'rus-data' || element.getAttribute('heading-level') === '5');
      },
      null,
      { timeout: 5000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!taken) {
    failures++;
    console.log(`✗ ${story.title} / ${story.name}: the heading-level arg does not reach the element`);
  }
}
await browser.close();
server.close();
console.log(
  `axe on ${stories.length} stories × 2 languages, and an arg on each: ${failures ? `${failures} failures` : 'no violations, every arg taken'}`,
);
process.exit(failures ? 1 : 0);
