import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.*',
      'dist/',
      'demo-dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'RusWidget'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    files: [
      'scripts/**/*.js',
      'bench/server.js',
      'bench/browser.js',
      'bin/**/*.js',
      'test/support/**/*.js',
      '*.config.js',
      '.ci/**/*.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests use non-null assertions on shadow roots they just rendered, and chai's property assertions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
