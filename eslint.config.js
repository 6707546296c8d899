// Lint for the whole repository: eslint's and typescript-eslint's recommended rules, the hooks
// rules (preact/hooks follows React's rules of hooks), and the globals each environment has.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    // What .gitignore lists: build output, dependencies, test output.
    ignores: [
      'dist*/**',
      '.dist-*/**',
      '.tmp-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.e2e-tmp/**',
      'screenshots-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding kept on purpose: a rest sibling dropped from an
      // object (`const { background, ...rest }`) or a parameter a signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Extension code: browser and WebExtension globals only.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.webextensions },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Type-aware rules for the shipped code only: a promise nobody awaits loses its rejection
      // in a service worker. (The full type-checked set mostly flags `any` in e2e page code.)
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // preact event handlers may be async: the element ignores what they return.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Node scripts, build plugins and tests; e2e code also hands callbacks to pages and workers,
    // which run with browser and WebExtension globals.
    ignores: ['src/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['e2e/**', 'test/**', 'bench/**', 'scripts/**'],
    rules: {
      // Code passed to `evaluate` runs in the extension, where `chrome` exists but this repository
      // installs no @types/chrome: tests declare it as `any`.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['e2e/**'],
    rules: {
      // Playwright fixtures must destructure their first parameter, even when they use nothing from it.
      'no-empty-pattern': 'off',
    },
  },
);
