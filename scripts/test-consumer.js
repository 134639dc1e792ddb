#!/usr/bin/env node
// The package as partners get it: `npm pack`, installed into a scratch Vite project, built
// for production, served as static files, and checked in Chromium — every entry defines and
// renders its elements (per-element imports vanished from production builds once, while
// `vite dev` worked). `tsc` in the consumer checks, entry by entry, the element and event types each brings.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';
import { serveStatic } from './static-server.js';

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rus-consumer-'));
const run = (command, args, cwd) => {
  try {
    return execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  } catch (error) {
    // tsc says what is wrong on stdout: show it as text, not as a buffer.
    console.error(`✗ ${[command, ...args].join(' ')}\n${error.stdout?.toString() ?? ''}`);
    throw new Error(`${command} failed`);
  }
};
const version = (name) =>
  JSON.parse(run('node', ['-p', `JSON.stringify(require('${name}/package.json').version)`], ROOT));

/** Each entry a partner imports, and the elements it must define and render. */
const ENTRIES = [
  ['rus-widgets', ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges']],
  ['rus-widgets/quote-carousel', ['rus-quote-carousel']],
  ['rus-widgets/seminar-list', ['rus-seminar-list']],
  ['rus-widgets/goal-badges', ['rus-goal-badges', 'rus-goal-badge']],
  ['rus-widgets/data', ['rus-data']],
];

try {
  console.log('npm pack (prepack builds the package)…');
  const tarball = join(
    work,
    run('npm', ['pack', '--silent', '--pack-destination', work], ROOT).trim().split('\n').pop(),
  );
  const app = join(work, 'app');
  mkdirSync(join(app, 'public'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
  console.log('installing the tarball into a scratch project…');
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball,
      `vite@${version('vite')}`,
      `typescript@${version('typescript')}`,
    ],
    app,
  );
  copyFileSync(join(ROOT, 'public/data/rus2030.json'), join(app, 'public/rus2030.json'));

  // One page per entry; the classic script from rus-widgets/iife, copied as a partner would.
  const tags = (elements) =>
    elements
      .map((tag) =>
        tag === 'rus-data'
          ? '<rus-data src="/rus2030.json"><span>inside</span></rus-data>'
          : tag === 'rus-goal-badge'
            ? '<rus-goal-badge src="/rus2030.json" goal="sundsvall-jobb"></rus-goal-badge>'
            : `<${tag} src="/rus2030.json" now="2020-10-20"></${tag}>`,
      )
      .join('\n');
  const pages = ENTRIES.map(([entry, elements], i) => {
    writeFileSync(join(app, `entry${i}.js`), `import '${entry}';\n`);
    writeFileSync(
      join(app, `page${i}.html`),
      `<!doctype html><meta charset="utf-8"><script type="module" src="./entry${i}.js"></script>\n${tags(elements)}\n`,
    );
    return [`page${i}.html`, entry, elements];
  });
  copyFileSync(join(app, 'node_modules/rus-widgets/dist/rus-widgets.iife.js'), join(app, 'public/rus-widgets.iife.js'));
  writeFileSync(
    join(app, 'classic.html'),
    `<!doctype html><meta charset="utf-8"><script src="/rus-widgets.iife.js" defer></script>\n${tags(ENTRIES[0][1])}\n`,
  );
  pages.push(['classic.html', 'rus-widgets/iife', ENTRIES[0][1]]);
  const input = Object.fromEntries(pages.map(([file], i) => [`p${i}`, join(app, file)]));
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { build: { rollupOptions: { input: ${JSON.stringify(input)} } } };\n`,
  );

  // Types, entry by entry: a file that imports that entry alone must see each of its elements'
  // own class (a member only that class has) and the rus-load / rus-error event details on it.
  const USES = {
    'rus-quote-carousel': (el) => `${el}.goTo(2); const interval: number = ${el}.interval;`,
    'rus-seminar-list': (el) => `const show: 'upcoming' | 'past' | 'all' = ${el}.show;`,
    'rus-goal-badges': (el) => `const variant: 'card' | 'compact' = ${el}.variant;`,
    'rus-goal-badge': (el) => `const goal: string | undefined = ${el}.goal;`,
    'rus-data': (el) => `${el}.load(true); const timeout: number = ${el}.timeout;`,
  };
  const EVENTS = (
    el,
  ) => `${el}.addEventListener('rus-load', (event) => event.detail.document.seminars.map((s) => s.title));
${el}.addEventListener('rus-error', (event) => {
  const kind: 'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'version' | 'no-source' = event.detail.kind;
  const status: number | undefined = event.detail.status;
  return [kind, status];
});`;
  const typeFiles = ENTRIES.map(([entry, elements], i) => {
    const body = elements.map((tag, k) => {
      const el = `el${k}`;
      const uses = [`const ${el} = document.createElement('${tag}');`, `{ ${USES[tag](el)} }`];
      // <rus-data> fires no events of its own: its widgets do.
      if (tag !== 'rus-data') uses.push(EVENTS(el));
      return uses.join('\n');
    });
    writeFileSync(join(app, `types${i}.ts`), `import '${entry}';\n${body.join('\n')}\nexport {};\n`);
    return [`types${i}.ts`, entry, !elements.includes('rus-data')];
  });
  const TSC_OPTIONS = [
    '--target',
    'ES2022',
    '--module',
    'ESNext',
    '--moduleResolution',
    'Bundler',
    '--strict',
    '--noEmit',
  ];
  for (const [file, entry, withEvents] of typeFiles) {
    // One program per entry: types that only another entry brings would hide a gap.
    run(join(app, 'node_modules/.bin/tsc'), [...TSC_OPTIONS, '--lib', 'ES2022,DOM', file], app);
    const events = withEvents ? ' and the rus-load / rus-error details' : '';
    console.log(`✓ types from ${entry}: its elements' classes${events}`);
  }

  console.log('vite build (production)…');
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);

  const { server, origin } = await serveStatic(join(app, 'dist'));
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  let failed = false;
  try {
    for (const [file, entry, elements] of pages) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/${file}`);
      const result = await page
        .waitForFunction(
          (names) =>
            names.every(
              (name) =>
                customElements.get(name) &&
                (name === 'rus-data' ||
                  (document.querySelector(name)?.shadowRoot?.textContent?.trim() &&
                    !document.querySelector(name).shadowRoot.querySelector('[part~="loading"], [part~="error"]'))),
            ),
          elements,
          { timeout: 15_000 },
        )
        .then(() => true)
        .catch(() => false);
      // The calendar button: its writer is a chunk loaded on the first press (per-element build).
      const download =
        result && elements.includes('rus-seminar-list')
          ? await Promise.all([
              page.waitForEvent('download', { timeout: 10_000 }),
              page.locator('rus-seminar-list [part~="calendar-button"]').first().click(),
            ])
              .then(([file]) => file.suggestedFilename())
              .catch(() => 'no download')
          : undefined;
      const ok = result && errors.length === 0 && (download === undefined || download.endsWith('.ics'));
      failed ||= !ok;
      console.log(
        `${ok ? '✓' : '✗'} ${entry}: ${elements.join(', ')} ${result ? 'defined and rendered' : 'NOT rendered'}${download ? `; calendar button: ${download}` : ''}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
