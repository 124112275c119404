import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests of the core (Node) and of the renderer (jsdom, chosen per file with a
// `// @vitest-environment jsdom` comment). End-to-end tests run under Playwright instead.
export default defineConfig({
  root: path.resolve(__dirname, '..'),
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/main/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}', 'tests/shared/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
