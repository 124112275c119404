// Lint that guards the process boundaries (run as `eslint -c tests/lint/eslint.config.mjs .` from the
// repo root, so file patterns below are relative to the root):
// - src-shared is pure: it imports neither side, nor Node built-ins, nor electron;
// - src-renderer talks only to the api contract: never src-main, Node built-ins or electron;
// - only src-main/host/electron imports electron.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

const electronOnly = { group: ['electron', 'electron/*'], message: 'Only src-main/host/electron/ may import electron.' };
const noMain = { group: ['**/src-main', '**/src-main/**'], message: 'The renderer and src-shared must not import src-main: go through the api contract.' };
const noRenderer = { group: ['**/src-renderer', '**/src-renderer/**'], message: 'src-shared and src-main must not import the renderer.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins here: this code also runs in the renderer.' }));

export default [
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'resources/build/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src-shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([electronOnly, noMain, noRenderer], noNode) },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    // The Vite config is build tooling that runs in Node, not renderer code.
    ignores: ['src-renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': restrict([electronOnly, noMain], noNode) },
  },
  {
    files: ['src-main/**/*.{ts,tsx}'],
    ignores: ['src-main/host/electron/**'],
    rules: { 'no-restricted-imports': restrict([electronOnly, noRenderer]) },
  },
  {
    files: ['src-main/host/electron/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([noRenderer]) },
  },
];
