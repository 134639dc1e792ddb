import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';

/**
 * Library builds. `vite build` makes the ES modules: one entry for everything, one per
 * element, and one side-effect-free entry with the classes (and the validator).
 * `vite build --mode iife` makes the one-file classic script for CMSes that allow only
 * `<script src>`, with Lit bundled in. `vite build --mode validate` makes `validate.js`, the
 * validator alone for the `rus-widgets validate` CLI: one self-contained file, because the
 * shared core chunk holds Lit, which cannot load in Node.
 */

/** Modules every element needs; an element's own code and its list's reader stay with it. */
const CORE = /node_modules|src[\\/](base|data|i18n|styles|shared|format)[\\/](?!validate[\\/](quote|seminar|goal|index)\.ts)/;

export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  if (mode === 'validate') {
    return {
      publicDir: false,
      build: {
        target: 'node20',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        reportCompressedSize: false,
        lib: { entry: 'src/data/validate/index.ts', formats: ['es'], fileName: () => 'validate.js' },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [minifyCssLiteralsPlugin()],
    build: {
      target: 'es2021',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      lib: iife
        ? { entry: 'src/index.ts', name: 'RusWidgets', formats: ['iife'], fileName: () => 'rus-widgets.iife.js' }
        : {
            entry: {
              'rus-widgets': 'src/index.ts',
              classes: 'src/classes.ts',
              'quote-carousel': 'src/quote-carousel/define.ts',
              'seminar-list': 'src/seminar-list/define.ts',
              'goal-badges': 'src/goal-badges/define.ts',
              data: 'src/data-provider/define.ts',
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: {
        output: iife
          ? {}
          : {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // Lit and the shared data layer in one chunk: an element entry is then
              // three files (entry, core, element), not a dozen small ones.
              codeSplitting: { groups: [{ name: 'core', test: CORE }] },
            },
      },
    },
  };
});
