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
    case 'large':
      context.type = 'application/json';
      context.body = JSON.stringify(
        largeDocument(Number(param('quotes', 1000)), Number(param('seminars', 1000)), Number(param('goals', 200))),
      );
      return;
    case 'hostile':
      context.type = 'application/json';
      context.body = JSON.stringify(hostileDocument());
      return;
    case 'version':
      context.type = 'application/json';
      context.body = JSON.stringify({ version: 2, quotes: [] });
      return;
    case 'portrait':
      // A portrait that arrives after ?delay= ms.
      context.type = 'image/svg+xml';
      context.body =
        '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56"><rect width="56" height="56" fill="#789"/></svg>';
      return;
    case 'hang':
      await sleep(Number(param('ms', 30_000)));
      context.body = {};
      return;
    default:
      context.status = 404;
  }
}

/** A document far larger than any real one: every widget must still render it. */
function largeDocument(quotes, seminars, goals) {
  const pad = (n) => String(n).padStart(2, '0');
  return {
    version: 1,
    quotes: Array.from({ length: quotes }, (_, i) => ({
      id: `q${i}`,
      text: `Uttalande nummer ${i}. `.repeat(1 + (i % 7)),
      name: `Person ${i}`,
      role: 'roll',
      organisation: `Organisation ${i % 40}`,
    })),
    seminars: Array.from({ length: seminars }, (_, i) => ({
      id: `s${i}`,
      title: `Seminarium ${i}`,
      start: `${2020 + (i % 12)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T09:00:00+01:00`,
      organisers: ['Region Västernorrland'],
    })),
    goals: Array.from({ length: goals }, (_, i) => ({
      id: `g${i}`,
      title: `Mål ${i}`,
      area: ['näringsliv', 'folkhälsa', 'besöksnäring', 'okänt'][i % 4],
      target: { value: 1000 + i, unit: 'jobb', year: 2030 },
      current: i % 2 ? { value: i, date: '2024-12-31' } : undefined,
    })),
  };
}

/** Strings and addresses an attacker would put in the data: all must show as text or be dropped. */
function hostileDocument() {
  const img = '<img src=x onerror="window.__pwned = true">';
  return {
    version: 1,
    quotes: [
      {
        id: 'x1',
        text: `${img} <b>fet</b>`,
        name: `<script>window.__pwned = true</script>`,
        organisation: img,
        url: 'javascript:window.__pwned=true',
        image: { src: 'javascript:window.__pwned=true', alt: img },
      },
      {
        id: 'x2',
        text: 'Ett bra uttalande',
        name: 'Anna',
        url: ' JaVaScRiPt:window.__pwned=true',
        image: { src: 'data:image/svg+xml,<svg onload="window.__pwned=true"/>', alt: '' },
      },
      { id: 'broken', text: 42, name: 'Trasig' },
    ],
    seminars: [
      {
        id: 's1',
        title: img,
        start: '2030-10-29T09:00:00+01:00',
        url: 'javascript:window.__pwned=true',
        description: '<iframe src="javascript:window.__pwned=true">',
        organisers: [img],
      },
      { id: 's2', title: 'Trasigt datum', start: '2030-02-30' },
    ],
    goals: [
      {
        id: 'g1',
        title: img,
        owner: img,
        area: '"><img src=x onerror="window.__pwned=true">',
        url: 'vbscript:msgbox',
        target: { value: 5, unit: img, year: 2030 },
      },
      { id: 'g2', title: 'Inget tal', target: { value: 'fem' } },
    ],
  };
}
