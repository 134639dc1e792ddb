import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './scripts/chrome-path.js';
import { testApi } from './test/support/test-api.js';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.js';

/** The library's templates reach the tests as they reach visitors: minified like the build does. */
const minifiedTemplates = {
  name: 'minify-template-literals',
  transform(context) {
    if (/^\/src\/.*\.ts$/.test(context.path)) return { body: minifyTemplateLiterals(context.body, context.path) };
  },
};

/** The demo's addresses, as the demo server has them: the sample data and the built library. */
function demoPaths(context, next) {
  if (context.url.startsWith('/data/')) context.url = `/public${context.url}`;
  else if (context.url.startsWith('/rus-widgets/')) context.url = context.url.replace('/rus-widgets/', '/dist/');
  return next();
}

/** The strict Content-Security-Policy a careful host sends, on the pages that test it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * `emulate-forced-colors` ({ active }): Windows high contrast. emulateMedia does not offer it
 * for Chromium (puppeteer refuses the feature), so through the DevTools protocol; the session
 * is kept, because the emulation lasts only as long as the session that set it.
 */
const forcedColorSessions = new Map();
const forcedColors = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!forcedColorSessions.has(session.id)) forcedColorSessions.set(session.id, await page.createCDPSession());
    await forcedColorSessions.get(session.id).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
    });
    return true;
  },
};

async function cspPages(context, next) {
  await next();
  if (context.path.startsWith('/test/embed/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Browser tests in headless Chromium. The browser runs in New York time on purpose:
 * the widgets must show Stockholm times whatever the visitor's zone.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a background tab gets no animation frames, and the carousel
  // measures itself on the next frame; side by side, its file could stall.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  // The default page, plus a module that keeps a failed DOM comparison from hanging the run.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script type="module" src="/test/support/readable-failures.ts"></script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [demoPaths, cspPages, testApi],
  plugins: [minifiedTemplates, forcedColors, esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        // Test files run side by side in tabs; a background tab must not have its timers,
        // animation frames or scrolling throttled, or the carousel's tests stall.
        args: [
          ...chromeArgs,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
        env: { ...process.env, TZ: 'America/New_York' },
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
