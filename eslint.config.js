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

/** The files in lib/ that may import extension APIs: each is an adapter the rest is handed. */
const EXTENSION_ADAPTERS = [
  'lib/messaging/handle-messages.ts',
  'lib/messaging/runtime-events.ts',
  'lib/messaging/send-message.ts',
  'lib/notebook/background-notebook.ts',
  'lib/notebook/browser-panel-notebook.ts',
  'lib/page/extension-life.ts',
  'lib/page/lazy-script.ts',
  'lib/page/page-browser.ts',
  'lib/page/shared-browser.ts',
  'lib/page/start-guard.ts',
  'lib/panel/tab-connection.ts',
  'lib/settings/hidden-writer.ts',
  'lib/settings/settings-writer.ts',
  'lib/settings/storage.ts',
];

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
    // Components render what they are given: no extension APIs, no storage, no messages.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...extensionApi,
              group: [...extensionApi.group, 'wxt/utils/*'],
              message: 'components/ must not use extension APIs: pass what they need in props.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'components/ must not use extension APIs.' },
        { name: 'chrome', message: 'components/ must not use extension APIs.' },
      ],
    },
  },
  {
    // lib/ reaches extension APIs only through these adapters; everything else takes them as
    // arguments, so it runs in unit tests without a browser (docs/architecture.md).
    files: ['lib/**/*.{ts,tsx}'],
    ignores: EXTENSION_ADAPTERS,
    rules: { 'no-restricted-imports': ['error', { patterns: [upward, extensionApi] }] },
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
