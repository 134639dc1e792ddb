// A plain static file server for the checks that must not run through Vite: what a partner's
// static host does. `route` may answer a request itself (return true) before the files do.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/atom+xml',
};

/** Sends the file at `pathname` under `folder` (a folder's index.html), or a 404, also for a path that leaves `folder`. */
export function sendFile(folder, pathname, res) {
  let path = normalize(join(folder, decodeURIComponent(pathname)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(folder) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}

/** Serves `folder` on 127.0.0.1 at a free port; resolves with the server and its origin. */
export async function serveStatic(folder, route = () => false) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!route(url, res)) sendFile(folder, url.pathname, res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * `folder` served as above, plus partner pages: `pageWith(html)` gives the address of a plain
 * page (its own heading, a paragraph before and after) with `html` pasted in, as a web editor
 * pastes a snippet into a CMS page. Held in memory: a snapshot snippet is too long for a URL.
 */
export async function servePartnerPages(folder) {
  const pasted = [];
  const { server, origin } = await serveStatic(folder, (url, res) => {
    const match = /^\/paste\/(\d+)\.html$/.exec(url.pathname);
    if (!match) return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>` +
        `<body><main><h1>Partnerns sida</h1><p>Före widgeten.</p>${pasted[match[1]]}<p>Efter widgeten.</p></main></body></html>`,
    );
    return true;
  });
  return { server, origin, pageWith: (html) => `${origin}/paste/${pasted.push(html) - 1}.html` };
}
