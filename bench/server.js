// A static server for the benchmark pages: the project folder (the build at /dist/), plus a slow,
// counted data endpoint.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sendFile, serveStatic } from '../scripts/static-server.js';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * BENCH_DIST=<folder> serves that build at /dist/ instead of the project's own, so a
 * build made elsewhere (e.g. `vite build --outDir /tmp/x`) can be measured.
 */
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');

/** bench/pages/cls.html with every widget tag replaced by its snapshot snippet (the same attributes). */
async function snapshotPage(sample) {
  const { snippetHtml } = await import(join(DIST, 'snapshot.js'));
  const { validateDocument } = await import(join(DIST, 'validate.js'));
  const { document } = validateDocument(JSON.parse(sample));
  const page = readFileSync(join(ROOT, 'bench/pages/cls.html'), 'utf8');
  return page.replace(/<rus-([a-z-]+)([^>]*)><\/rus-\1>/g, (_, widget, attrs) => {
    const attributes = Object.fromEntries([...attrs.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return snippetHtml({ widget, document, attributes, now: Date.parse(attributes.now ?? '2020-10-20') });
  });
}

export function startServer() {
  const counts = new Map();
  const sample = readFileSync(join(ROOT, 'public/data/rus2030.json'));
  return serveStatic(ROOT, (url, res) => {
    if (url.pathname === '/data') {
      const key = url.searchParams.get('key') ?? '';
      counts.set(key, (counts.get(key) ?? 0) + 1);
      setTimeout(
        () => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(sample);
        },
        Number(url.searchParams.get('delay') ?? 0),
      );
    } else if (url.pathname === '/bench/pages/cls-snapshot.html') {
      // cls.html with each widget as a snapshot snippet, written by the built snippet writer.
      snapshotPage(sample).then((page) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(page);
      });
    } else if (url.pathname === '/count') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ count: counts.get(url.searchParams.get('key') ?? '') ?? 0 }));
    } else if (url.pathname.startsWith('/dist/')) {
      sendFile(DIST, url.pathname.slice('/dist'.length), res);
    } else {
      return false;
    }
    return true;
  });
}
