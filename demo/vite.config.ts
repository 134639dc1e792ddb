import { defineConfig, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { minifyTemplateLiteralsPlugin } from '../scripts/minify-template-literals.js';

/** The demo: every widget on the sample RUS 2030 data, and the embed builder. */
const root = resolve(import.meta.dirname);
const project = resolve(root, '..');

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves the built library at /rus-widgets/ and the themes at /themes/, so the snippets
 * the builder gives load real files and work pasted into any page.
 */
function serveFolder(prefix: string, folder: string): Plugin {
  return {
    name: `serve-${prefix}`,
    configureServer(server) {
      server.middlewares.use(prefix, (req, res, next) => {
        const path = normalize(join(folder, decodeURIComponent((req.url ?? '/').split('?')[0])));
        if (!path.startsWith(folder) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
        res.setHeader('Access-Control-Allow-Origin', '*');
        createReadStream(path).pipe(res);
      });
    },
  };
}

/**
 * The built site carries what its snippets name, at the same paths as the dev server: the
 * library (both builds, per-element entries, types) at /rus-widgets/, and /themes/, /docs/,
 * /schema/ — so a published demo hands out snippets that load. Run `npm run build` first.
 */
function hostLibraryFiles(): Plugin {
  const folders: [string, string][] = [
    ['rus-widgets', 'dist'],
    ['themes', 'themes'],
    ['docs', 'docs'],
    ['schema', 'schema'],
  ];
  return {
    name: 'host-library-files',
    apply: 'build',
    writeBundle(options) {
      const out = options.dir ?? resolve(project, 'demo-dist');
      if (!existsSync(resolve(project, 'dist/rus-widgets.js'))) {
        this.error('dist/ has no library build: run `npm run build` before `npm run build:demo`.');
      }
      // The CLI's Node builds (validate, snapshot) are no visitor's business.
      const forVisitors = (path: string) => !/[\\/](node|validate\.js|snapshot\.js)/.test(path.slice(project.length));
      for (const [to, from] of folders) {
        cpSync(resolve(project, from), join(out, to), { recursive: true, filter: forVisitors });
      }
    },
  };
}

export default defineConfig({
  root,
  publicDir: resolve(project, 'public'),
  plugins: [
    minifyTemplateLiteralsPlugin(),
    serveFolder('/rus-widgets', resolve(project, 'dist')),
    serveFolder('/themes', resolve(project, 'themes')),
    // The accessibility statement kit, linked from the builder.
    serveFolder('/docs', resolve(project, 'docs')),
    serveFolder('/schema', resolve(project, 'schema')),
    hostLibraryFiles(),
  ],
  server: { host: '127.0.0.1', port: 5173, open: false, cors: true },
  build: {
    outDir: resolve(project, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        builder: resolve(root, 'builder.html'),
        editor: resolve(root, 'editor.html'),
      },
    },
  },
});
