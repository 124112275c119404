import { defineConfig } from '@playwright/test';

// The Electron app itself, driven by Playwright's _electron. It needs the Electron binary, which
// machines without access to Electron's download host do not have: the test then reports skipped.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
