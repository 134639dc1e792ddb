// Runs the benchmark pages in headless Chromium and returns their figures.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.js';
import { startServer } from './server.js';

async function withPage(browser, origin, path, prepare, width = 1000) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await prepare?.(page);
  await page.goto(origin + path);
  return { page, errors };
}

async function memory(browser, origin, cycles) {
  const { page, errors } = await withPage(browser, origin, `/bench/pages/memory.html?cycles=${cycles}`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  return { ...result, errors };
}

async function requests(browser, origin) {
  const { page, errors } = await withPage(browser, origin, '/bench/pages/requests.html');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('body > *')].every(
        (el) => el.shadowRoot?.textContent?.trim() && !el.shadowRoot.querySelector('[part~="loading"]'),
      ),
    null,
    { timeout: 20_000 },
  );
  const { count } = await (await fetch(`${origin}/count?key=shared`)).json();
  const widgets = await page.evaluate(() => document.querySelectorAll('body > *').length);
  await page.close();
  return { widgets, requests: count, errors };
}

/**
 * CLS of a three-widget page with `reserve` (a file in bench/pages/) as the host's reserve
 * stylesheet, or none, at a viewport `width`; `page` is cls.html (plain `src` tags) or
 * cls-snapshot.html (the same tags as snapshot snippets).
 */
async function cls(browser, origin, reserve, width = 1000, path = '/bench/pages/cls.html') {
  const prepare = async (p) => {
    if (reserve !== 'reserve.css') {
      await p.route('**/reserve.css', async (route) =>
        route.fulfill(reserve ? { path: `bench/pages/${reserve}` } : { contentType: 'text/css', body: '' }),
      );
    }
  };
  const { page, errors } = await withPage(browser, origin, path, prepare, width);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('body > [src]')].every(
        (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]'),
      ),
    null,
    { timeout: 20_000 },
  );
  // Past the 1.2 s the data takes, so a refresh from `src` after a snapshot is counted too.
  await page.waitForTimeout(1700);
  const value = await page.evaluate(() => window.cls);
  await page.close();
  return { cls: value, errors };
}

/** The host-CSS-free cases at a phone's and a desktop's width. */
async function clsByWidth(browser, origin) {
  const rows = [];
  for (const [name, reserve, path] of [
    ['plain `src` tags, no host CSS', '', '/bench/pages/cls.html'],
    ['snapshot snippets, no host CSS', '', '/bench/pages/cls-snapshot.html'],
  ]) {
    const [wide, narrow] = [
      await cls(browser, origin, reserve, 1280, path),
      await cls(browser, origin, reserve, 375, path),
    ];
    rows.push({ name, wide: wide.cls, narrow: narrow.cls, errors: [...wide.errors, ...narrow.errors] });
  }
  return { rows, errors: rows.flatMap((row) => row.errors) };
}

async function render(browser, origin) {
  const { page, errors } = await withPage(browser, origin, '/bench/pages/render.html');
  await page.waitForFunction(() => window.benchResult, null, { timeout: 180_000 });
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  return { ...result, errors };
}

export async function browserBenchmarks() {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH');
  const { server, origin } = await startServer();
  const browser = await chromium.launch({
    executablePath,
    args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    return {
      version: browser.version(),
      render: await render(browser, origin),
      requests: await requests(browser, origin),
      clsTuned: await cls(browser, origin, 'reserve.css'),
      clsDefault: await cls(browser, origin, 'reserve-default.css'),
      clsNone: await cls(browser, origin, ''),
      clsByWidth: await clsByWidth(browser, origin),
      memory: await memory(browser, origin, 1000),
      // Three times the cycles: growth that stays put is warm-up (caches, compiled code), not a leak.
      memoryLong: await memory(browser, origin, 3000),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
