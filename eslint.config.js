// ESLint flat config: @eslint/js and typescript-eslint recommended rules for all of knet's source and tests.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'build/', '.prof/', '.astro/', 'node_modules/', '.knet/', 'test-results/', 'playwright-report/', 'bench/results/', 'bin/'],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    rules: {
      // The API machinery handles arbitrary decoded objects; `any` is sometimes the honest type.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Terminal and ANSI code matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Node-side code: the CLI runtime, scripts, benchmarks, tests and config files.
    files: ['scripts/**', 'bench/**', 'tests/**', 'sandbox/runtime/node/**', 'bin/**', '*.config.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser-side code: components and the site's scripts.
    files: ['components/**', 'course/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The sandbox core sees only what its tsconfig allows (ES2022 + structuredClone/TextEncoder).
    files: ['sandbox/**'],
    languageOptions: { globals: { ...globals.es2021, structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' } },
  },
);
