/** custom-elements.json is generated from the JSDoc on the sources: one source of truth for docs and Storybook. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
