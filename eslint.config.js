// Lint enforces the dependency rule of DESIGN.md: entries → ui, adapters → core; core imports only core;
// ui never imports adapters or an SDK; adapters never import ui.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const sdks = ['@microsoft/*', '@azure/*', 'office-*', 'idb', 'fluid-framework', '@fluidframework/*'];
const restrict = (groups, message) => ({ group: groups, message });
// Every layer outside core: neither core nor its tests may import them.
const outsideCore = ['**/adapters/**', '**/ui/**', '**/entries/**', '**/cli/**', '**/emulator/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'manifest/out/**', '.data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Untrusted input: render text, never markup.' },
        { property: 'outerHTML', message: 'Untrusted input: render text, never markup.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(outsideCore, 'core imports only core'),
            restrict(['react', 'react-dom', '@fluentui/*', ...sdks], 'core is pure: no SDK, no UI'),
            restrict(
              ['node:*', 'fs', 'path', 'http', 'https', 'child_process'],
              'core is pure: no Node APIs',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'fetch',
        'window',
        'document',
        'localStorage',
      ],
    },
  },
  {
    // Core's own tests may use Node and timers, but stay inside core: tests that wire core to adapter
    // fakes live in test/core.
    files: ['src/core/**/*.test.ts', 'src/core/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [restrict(outsideCore, 'core tests import only core (see test/core)')],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['**/adapters/**', '**/entries/**', '**/cli/**', '**/emulator/**'],
              'ui talks to ports through the services context, never adapters',
            ),
            restrict(sdks, 'ui never imports an SDK'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['**/ui/**', '**/entries/**'], 'adapters never import ui or entries'),
            restrict(['react', 'react-dom', '@fluentui/*'], 'adapters have no UI'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
