// A static server for the benchmark pages: the project folder, plus a slow, counted data endpoint.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

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
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
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
      return;
    }
    if (url.pathname === '/bench/pages/cls-snapshot.html') {
      // cls.html with each widget as a snapshot snippet, written by the built snippet writer.
      snapshotPage(sample).then((page) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(page);
      });
      return;
    }
    if (url.pathname === '/count') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ count: counts.get(url.searchParams.get('key') ?? '') ?? 0 }));
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith('/dist/')
      ? normalize(join(DIST, pathname.slice(6)))
      : normalize(join(ROOT, pathname));
    if (!(path.startsWith(ROOT) || path.startsWith(DIST)) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
