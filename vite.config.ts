import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplateLiteralsPlugin } from './scripts/minify-template-literals.js';

/**
 * Library builds, into dist/:
 * - `vite build`: the ES modules of one element each, and the side-effect-free classes
 *   entry; they share a core chunk (Lit and the data layer), so a page using two elements
 *   loads Lit once.
 * - `vite build --mode bundle`: everything in one file, twice: `rus-widgets.js` (ES module)
 *   and `rus-widgets.iife.js` (classic script for CMSes that allow only `<script src>`).
 *   One file compresses far better than the same code in chunks, and one tag is the
 *   common case.
 * - `vite build --mode validate`: for the `rus-widgets` CLI, in Node: `validate.js` (the
 *   validator alone), `snapshot.js` (the snippet writer) and `feeds.js` (the feed writers),
 *   built apart from the core chunk, which holds Lit; what they share goes to dist/node/.
 */

/**
 * Modules every element needs. An element's own code and its list's reader stay with it,
 * and so does the context *provider* side of @lit/context: only <rus-data> uses it.
 */
const CORE =
  /node_modules[\\/](?!@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|value-notifier))|src[\\/](base|data|i18n|styles|shared|format)[\\/](?!validate[\\/](quote|seminar|goal|index)\.ts)/;

export default defineConfig(({ mode }): UserConfig => {
  const bundle = mode === 'bundle';
  if (mode === 'validate') {
    return {
      publicDir: false,
      build: {
        target: 'node20',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        reportCompressedSize: false,
        lib: {
          entry: {
            validate: 'src/data/validate/index.ts',
            snapshot: 'src/snapshot/index.ts',
            feeds: 'src/feeds/index.ts',
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: { output: { chunkFileNames: 'node/[name]-[hash].js' } },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [minifyTemplateLiteralsPlugin()],
    // The one-file bundles keep the seminar list's calendar-file writer inside (see on-demand.ts).
    resolve: bundle ? { alias: [{ find: /^\.\/on-demand\.js$/, replacement: './on-demand.bundled.ts' }] } : {},
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      lib: bundle
        ? {
            entry: 'src/index.ts',
            name: 'RusWidgets',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'rus-widgets.js' : 'rus-widgets.iife.js'),
          }
        : {
            entry: {
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
        output: bundle
          ? { minify: true }
          : {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // Lit and the shared data layer in one chunk, and each element with its list's
              // reader in another: an element entry is three files (entry, core, element),
              // and the everything entry a handful, not a dozen small ones.
              codeSplitting: {
                groups: [
                  { name: 'core', test: CORE },
                  { name: 'quote-carousel', test: /src[\\/](quote-carousel[\\/]|data[\\/]validate[\\/]quote\.ts)/ },
                  // Not the calendar-file writer: a chunk of its own, loaded on use (on-demand.ts).
                  {
                    name: 'seminar-list',
                    test: /src[\\/](seminar-list[\\/](?!ics\.ts)|data[\\/]validate[\\/]seminar\.ts)/,
                  },
                  { name: 'goal-badges', test: /src[\\/](goal-badges[\\/]|data[\\/]validate[\\/]goal\.ts)/ },
                ],
              },
            },
      },
    },
  };
});
