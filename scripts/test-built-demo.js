#!/usr/bin/env node
// The built demo site, served as plain static files (no Vite): a snippet copied from its
// embed builder, pasted into a plain page on that host, must load and render the widget —
// once with the module build and once with the classic script. Run after `npm run build`
// and `npm run build:demo`; CI does.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { servePartnerPages } from './static-server.js';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';

const SITE = resolve(import.meta.dirname, '../demo-dist');
if (!existsSync(join(SITE, 'builder.html'))) {
  console.error('No demo-dist/: run `npm run build && npm run build:demo` first.');
  process.exit(1);
}

const { server, origin, pageWith } = await servePartnerPages(SITE);

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
let failed = false;
try {
  for (const build of ['module', 'classic']) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/builder.html`);
    await page.waitForFunction(() => document.querySelector('#snippet')?.textContent?.includes('<rus-quote-carousel'));
    await page.selectOption('#widget-build', build);
    const snippet = await page.locator('#snippet').textContent();
    const partner = await browser.newPage();
    partner.on('pageerror', (error) => errors.push(error.message));
    await partner.goto(pageWith(snippet));
    const shown = await partner
      .waitForFunction(
        () => document.querySelector('rus-quote-carousel')?.shadowRoot?.querySelectorAll('[part~="slide"]').length,
        null,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 0);
    const ok = shown > 0 && errors.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? '✓' : '✗'} ${build} snippet from the built builder: ${shown} statements shown${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
    );
    if (!ok) console.log(snippet);
    await partner.close();
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
