import type { StorybookConfig } from '@storybook/web-components-vite';
import { minifyTemplateLiteralsPlugin } from '../scripts/minify-template-literals.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../public', to: '/' }],
  core: { disableTelemetry: true },
  // Designers see the templates as visitors get them: minified as in the library build.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), minifyTemplateLiteralsPlugin()],
  }),
};

export default config;
