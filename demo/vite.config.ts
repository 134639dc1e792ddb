import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
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

export default defineConfig({
  root,
  publicDir: resolve(project, 'public'),
  plugins: [
    minifyTemplateLiteralsPlugin(),
    serveFolder('/rus-widgets', resolve(project, 'dist')),
    serveFolder('/themes', resolve(project, 'themes')),
    // The accessibility statement kit, linked from the builder.
    serveFolder('/docs', resolve(project, 'docs')),
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
