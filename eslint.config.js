// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'public/', 'node_modules/', 'coverage/', '.cache/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core runs in Node and in the browser alike: no fs, no DOM globals reached by import.
    files: [
      'src/graph/**/*.ts',
      'src/extract/**/*.ts',
      'src/formats/**/*.ts',
      'src/eval/**/*.ts',
      'src/articles/**/*.ts',
      'src/nlp/**/*.ts',
    ],
    ignores: ['**/*.spec.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'],
              message: 'The pure core must not import Node built-ins.',
            },
            {
              group: ['**/cli/**', '**/app/**', '**/pipeline/**'],
              message: 'Dependencies point one way: core never imports a shell.',
            },
          ],
        },
      ],
    },
  },
);
