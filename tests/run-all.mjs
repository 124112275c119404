// `npm test`: type-check, lint, unit tests (vitest), end-to-end tests (Playwright + Chromium against
// the real web host), the Electron test (skipped where no Electron binary exists). Runs every step
// even after a failure, then prints one summary line with the counts of all runners together.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

const npx = (args, env = {}) => ({ cmd: 'npx', args, env });

// The keychain tests need a Secret Service on a D-Bus session bus. Where none is running but the tools
// are installed (.ci/run installs gnome-keyring and dbus-x11), a step runs inside a private session
// with an unlocked keyring; otherwise those tests skip themselves and say why.
const onPath = (tool) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, tool)));
const canStartKeyring = !process.env.DBUS_SESSION_BUS_ADDRESS && onPath('dbus-run-session') && onPath('gnome-keyring-daemon');
const withKeyring = (step) =>
  canStartKeyring
    ? {
        ...step,
        cmd: 'dbus-run-session',
        args: ['--', 'sh', '-c', 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"', 'keyring', step.cmd, ...step.args],
      }
    : step;
if (!process.env.DBUS_SESSION_BUS_ADDRESS && !canStartKeyring) {
  console.log('note: no D-Bus session and no dbus-run-session/gnome-keyring-daemon: the OS keychain tests will be skipped');
}
const steps = [
  { name: 'typecheck', ...npx(['tsc', '-p', 'tsconfig.json', '--noEmit']) },
  { name: 'lint', ...npx(['eslint', '-c', 'tests/lint/eslint.config.mjs', '.']) },
  withKeyring({
    name: 'unit',
    ...npx(['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${path.join(results, 'unit.json')}`]),
    report: 'unit.json',
    kind: 'vitest',
  }),
  { name: 'build', cmd: 'npm', args: ['run', 'build'], env: {} },
  withKeyring({
    name: 'e2e',
    ...npx(['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'e2e.json') }),
    report: 'e2e.json',
    kind: 'playwright',
  }),
  {
    name: 'electron',
    ...npx(['playwright', 'test', '-c', 'tests/electron/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'electron.json') }),
    report: 'electron.json',
    kind: 'playwright',
    optional: !fs.existsSync(path.join(root, 'tests/electron/playwright.config.ts')),
  },
];

function counts(step) {
  const file = path.join(results, step.report);
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (step.kind === 'vitest') {
    return { passed: data.numPassedTests, failed: data.numFailedTests, skipped: data.numPendingTests + (data.numTodoTests ?? 0) };
  }
  const s = data.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  if (step.optional) continue;
  if (step.report) fs.rmSync(path.join(results, step.report), { force: true });
  console.log(`\n== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const run = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (run.status !== 0) failedSteps.push(step.name);
  if (step.report) {
    const c = counts(step);
    if (c) {
      // A runner can fail with every test green (e.g. an unhandled error): count that as a failure too.
      const failed = c.failed || (run.status !== 0 ? 1 : 0);
      total.passed += c.passed;
      total.failed += failed;
      total.skipped += c.skipped;
      console.log(`${step.name}: ${c.passed} passed, ${failed} failed, ${c.skipped} skipped`);
    } else if (run.status !== 0) {
      total.failed += 1;
    }
  } else if (run.status !== 0) {
    total.failed += 1;
  }
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
