// The dependency rule of docs/architecture (ARCHITECTURE.md) is enforced here, folder by folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electron = { name: 'electron', message: 'Only src/main/electron, src/main/index.ts and src/preload may import electron.' };
const mainSide = ['**/main/**', 'better-sqlite3', 'kysely', 'exceljs', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process'];
const mainPatterns = [{ group: ['**/renderer/**', '**/preload/**'], message: 'main may import shared and main only.' }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // shared: pure, deterministic, runs anywhere.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron, { name: 'react', message: 'src/shared is pure: no React.' }],
        patterns: [
          { group: [...mainSide, '**/renderer/**', '**/preload/**', 'react-dom', 'react/*'], message: 'src/shared is pure: it imports only src/shared and pure libraries.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/shared runs anywhere.' },
        { name: 'document', message: 'src/shared runs anywhere.' },
        { name: 'process', message: 'src/shared runs anywhere.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/shared is deterministic: pass the clock in.' },
        { object: 'Math', property: 'random', message: 'src/shared is deterministic.' },
      ],
    },
  },
  {
    // main, except its electron shell: plain Node, testable without Electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: mainPatterns,
      }],
    },
  },
  {
    // main's inner layers (repositories -> services -> handlers): no arrow runs upward.
    files: ['src/main/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [...mainPatterns, { group: ['**/services/**', '**/handlers/**'], message: 'A repository imports no services or handlers: it is SQL over the database types only.' }],
      }],
    },
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [...mainPatterns, { group: ['**/handlers/**', '**/electron/**', '**/cli/**', '**/workspace/**'], message: 'A service imports no handlers, electron, cli or workspace: those call services, never the reverse.' }],
      }],
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main may import shared and main only.' }],
      }],
    },
  },
  {
    // preload: the contract only.
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '**/renderer/**'], message: 'preload imports the contract only.' },
          { group: ['**/shared/*', '!**/shared/api'], message: 'preload imports the contract (src/shared/api) only.' },
        ],
      }],
    },
  },
  {
    // renderer: React; talks to main only through its client.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          { group: mainSide, message: 'The renderer never imports main-side code; use the API client.' },
          { group: ['**/preload/**'], allowTypeImports: true, message: 'The renderer may import preload types only.' },
        ],
      }],
    },
  },
);
