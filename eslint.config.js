import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layer boundaries (docs/architecture.md), enforced: lib/ never reaches up into UI or entrypoints,
// and the pure core (recognize, dataset) never touches the DOM or extension APIs.
const upward = {
  group: ['@/entrypoints/*', '@/components/*', '**/entrypoints/**', '**/components/**'],
  message: 'lib/ must not import entrypoints/ or components/.',
};
const extensionApi = {
  group: ['wxt/browser', 'webextension-polyfill', '#imports'],
  message: 'The pure core must not use extension APIs.',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [upward] }] },
  },
  {
    files: ['lib/recognize/**/*.ts', 'lib/dataset/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [upward, extensionApi] }],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The pure core must not touch the DOM.' },
        { name: 'window', message: 'The pure core must not touch the DOM.' },
        { name: 'browser', message: 'The pure core must not use extension APIs.' },
        { name: 'chrome', message: 'The pure core must not use extension APIs.' },
      ],
    },
  },
);
