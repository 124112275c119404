import { defineConfig } from '@playwright/test';

// Debian's Chromium drives the real web host (built renderer + core + SQLite). No browser download:
// .ci/run installs /usr/bin/chromium; CHROMIUM_PATH can point elsewhere.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // CI runs the tests inside a D-Bus session with a keyring (for keytar): keep Chromium off it.
        '--password-store=basic',
      ],
    },
  },
});
