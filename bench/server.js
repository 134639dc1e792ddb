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
