// Endpoints the browser tests load data from: each failure a widget must survive.
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('@web/dev-server-core').Middleware} */
export async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  const param = (name, fallback) => url.searchParams.get(name) ?? fallback;

  if (route === 'count') {
    context.body = { count: counts.get(param('key', '')) ?? 0 };
    return;
  }
  counts.set(param('key', ''), (counts.get(param('key', '')) ?? 0) + 1);
  await sleep(Number(param('delay', 0)));

  switch (route) {
    case 'json':
      // ?body=<JSON text> echoes a document, so each test can state its data in the URL.
      context.type = 'application/json';
      context.body = param('body', '{}');
      return;
    case 'status':
      context.status = Number(param('code', 500));
      context.type = 'text/plain';
      context.body = 'failure for a test';
      return;
    case 'html':
      context.type = 'text/html';
      context.body = '<!doctype html><title>Logga in</title><form>Logga in</form>';
      return;
    case 'broken':
      context.type = 'application/json';
      context.body = '{"version": 1, "quotes": [';
      return;
    case 'hang':
      await sleep(Number(param('ms', 30_000)));
      context.body = {};
      return;
    default:
      context.status = 404;
  }
}
