#!/usr/bin/env node
// The built demo site, served as plain static files (no Vite): a snippet copied from its
// embed builder, pasted into a plain page on that host, must load and render the widget —
// once with the module build and once with the classic script. Run after `npm run build`
// and `npm run build:demo`; CI does.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';

const SITE = resolve(import.meta.dirname, '../demo-dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

if (!existsSync(join(SITE, 'builder.html'))) {
  console.error('No demo-dist/: run `npm run build && npm run build:demo` first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/paste.html') {
    // A partner's plain page with the copied snippet between two paragraphs.
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    res.end(
      `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Partner</title><body><p>Före</p>${url.searchParams.get('html')}<p>Efter</p></body></html>`,
    );
    return;
  }
  let path = normalize(join(SITE, decodeURIComponent(url.pathname)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(SITE) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

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
    await partner.goto(`${origin}/paste.html?html=${encodeURIComponent(snippet)}`);
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
