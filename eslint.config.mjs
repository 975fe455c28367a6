import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', 'test-output/', 'bench/out/', 'reports/mutation/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Office.js batching rules: load before read, sync after load, never sync in a loop.
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'error'])),
  },
  {
    // ExcelJS is the tests' independent reader, never part of the program.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['exceljs', 'jszip'] }] },
  },
  {
    // The .xlsx adapter runs in the browser preview too: only files.ts (the command line's side) may reach Node.
    files: ['src/xlsx/**/*.ts'],
    ignores: ['src/xlsx/files.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['exceljs', 'jszip', 'node:*', 'fs', 'path', 'os', 'zlib', 'crypto', 'util'] }] },
  },
  {
    // The core is pure: it must not reach Office, React, ExcelJS or Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['exceljs', 'react*', '@fluentui/*', 'office*', '@microsoft/*', 'node:*', 'fs', 'path', 'os'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
