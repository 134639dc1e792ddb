import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** The demo: every widget on the sample RUS 2030 data, and the embed builder. */
const root = resolve(import.meta.dirname);

export default defineConfig({
  root,
  publicDir: resolve(root, '../public'),
  server: { host: '127.0.0.1', port: 5173, open: false },
  build: {
    outDir: resolve(root, '../demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: resolve(root, 'index.html'), builder: resolve(root, 'builder.html') },
    },
  },
});
