// The keyboard inbox as a user feels it: the real web host on a 100,000-conversation workspace,
// driven in Chromium (playwright-core, /usr/bin/chromium). Every figure is measured inside the page
// from the key press (or navigation start) to the frame after the DOM shows the result, so CDP
// round trips are not counted; p50/p95 over the repetitions.
//   --ui-conversations N   workspace size (default 100,000); the seeded folder is kept and reused
//   --ui-reps N            repetitions per figure (default 200)
//   --ui-data-dir DIR      where the workspace lives (default: $TMPDIR/agent-console-bench-ui-N)
//   --skip-ui              skip this benchmark (or BENCH_SKIP_UI=1)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { fmt, percentile } from './stats';

export interface UiBenchOptions {
  conversations: number;
  reps: number;
  dataDir?: string | undefined;
  chromium?: string | undefined;
}

const SEARCHES = [
  'Bestellung channel:amazon lang:de',
  'refund channel:email is:unassigned',
  'order channel:ebay lang:en',
  'remboursement channel:amazon lang:fr',
  '返品 channel:amazon lang:ja',
  'tracking is:unassigned lang:en',
  'reembolso channel:ebay lang:es',
  'spedizione channel:amazon is:unassigned',
];

function startHost(root: string, dataDir: string, conversations: number): Promise<{ child: ChildProcess; url: string; startedAt: number; readyAt: number }> {
  const entry = path.join(root, 'dist', 'main', 'web-host.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (the UI benchmark needs the built renderer).`);
  const startedAt = Date.now();
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0', '--demo-conversations', String(conversations)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host not ready within 15 min:\n${output}`)), 15 * 60_000);
    child.stdout!.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, startedAt, readyAt: Date.now() });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}

// Runs in the page: one measurement helper on window. `until` is polled by a MutationObserver; the
// time is taken in the animation frame after the change, when it is on screen.
const PAGE_HELPERS = `
window.__bench = {
  measure(start, done) {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      const timeout = setTimeout(() => { observer.disconnect(); reject(new Error('timed out')); }, 10000);
      const observer = new MutationObserver(() => {
        if (done()) { observer.disconnect(); clearTimeout(timeout); finish(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      start();
      if (done()) { observer.disconnect(); clearTimeout(timeout); finish(); }
    });
  },
  key(key, code, target) {
    (target || document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
  },
  selectedId() {
    return document.querySelector('[data-testid="inbox-row"][aria-selected="true"]')?.getAttribute('data-conversation-id') ?? null;
  },
};
// Launch to interactive: the first inbox row painted after navigation start.
(() => {
  const seen = () => document.querySelector('[data-testid="inbox-row"]');
  const observer = new MutationObserver(() => {
    if (seen()) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__interactiveAt = performance.now(); }, 0));
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true }));
})();
`;

async function pressJ(page: Page): Promise<number> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { measure(s: () => void, d: () => boolean): Promise<number>; key(k: string, c: string): void; selectedId(): string | null } }).__bench;
    const before = b.selectedId();
    return b.measure(
      () => b.key('j', 'KeyJ'),
      () => b.selectedId() !== null && b.selectedId() !== before,
    );
  });
}

async function openSelected(page: Page): Promise<number> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { measure(s: () => void, d: () => boolean): Promise<number>; key(k: string, c: string): void; selectedId(): string | null } }).__bench;
    const id = b.selectedId();
    return b.measure(
      () => b.key('Enter', 'Enter'),
      () => {
        const view = document.querySelector(`[data-testid="conversation-view"][data-conversation-id="${id}"]`);
        return Boolean(view && view.querySelector('[data-testid="message"]'));
      },
    );
  });
}

async function search(page: Page, query: string): Promise<number> {
  return page.evaluate((q) => {
    const b = (window as unknown as { __bench: { measure(s: () => void, d: () => boolean): Promise<number>; key(k: string, c: string, t?: Element): void } }).__bench;
    const input = document.querySelector('[data-testid="search-input"]') as HTMLInputElement;
    // Type the text as React sees typing, then time from Enter to the first page of results on screen.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const key = (v: string) => `all&q=${v.trim()}`;
    return b.measure(
      () => b.key('Enter', 'Enter', input),
      () => {
        const list = document.querySelector('[data-view][data-loaded="true"]');
        return list?.getAttribute('data-view') === key(q);
      },
    );
  }, query);
}

/** The same searches straight over the api socket: the core's share of the search figure. */
async function coreSearches(url: string, reps: number): Promise<number[]> {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token')!;
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/api?token=${encodeURIComponent(token)}`, { origin });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, () => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as { id?: number };
    if (frame.id !== undefined) pending.get(frame.id)?.();
  });
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const id = i + 1;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method: 'inbox.query', params: { spec: { base: 'all', query: SEARCHES[i % SEARCHES.length] }, offset: 0, limit: 100 } }));
    });
    samples.push(performance.now() - t0);
  }
  ws.close();
  return samples;
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

export async function runUiBenchmark(root: string, options: UiBenchOptions): Promise<string[]> {
  const { chromium } = (await import('playwright-core')) as typeof import('playwright-core');
  const dataDir = options.dataDir ?? path.join(os.tmpdir(), `agent-console-bench-ui-${options.conversations}`);
  const fresh = !fs.existsSync(path.join(dataDir, 'console.sqlite3'));
  fs.mkdirSync(dataDir, { recursive: true });
  const lines: string[] = [];
  const host = await startHost(root, dataDir, options.conversations);
  const seeded = fresh ? `seeded in ${fmt.ms(host.readyAt - host.startedAt)}` : `reused from ${dataDir}`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: options.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(PAGE_HELPERS);

    // Launch to interactive: navigation start to the first rows painted (core already running).
    const launch: number[] = [];
    const launchReps = Math.max(20, options.reps);
    for (let i = 0; i < launchReps; i++) {
      if (i === 0) await page.goto(host.url);
      else await page.reload();
      await page.waitForFunction(() => typeof (window as unknown as { __interactiveAt?: number }).__interactiveAt === 'number', undefined, { timeout: 60_000 });
      launch.push(await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));
    }
    const total = await page.getByTestId('view-count-open').textContent({ timeout: 60_000 }).catch(() => '?');

    // The reloads above leave their garbage in the same isolate: collect it so the heap figures below
    // describe this session (the samples themselves are taken without forcing a collection).
    const gc = await page.context().newCDPSession(page);
    await gc.send('HeapProfiler.collectGarbage');
    await gc.detach();
    const j: number[] = [];
    const memory: number[] = [];
    for (let i = 0; i < options.reps; i++) {
      j.push(await pressJ(page));
      memory.push(await heapUsed(page));
    }

    const open: number[] = [];
    for (let i = 0; i < options.reps; i++) {
      open.push(await openSelected(page));
      await page.evaluate(() => (window as unknown as { __bench: { key(k: string, c: string): void } }).__bench.key('Escape', 'Escape'));
      await pressJ(page);
    }

    const searches: number[] = [];
    for (let i = 0; i < options.reps; i++) searches.push(await search(page, SEARCHES[i % SEARCHES.length]!));
    const hitsShown = await page.getByTestId('inbox-row').count();
    const core = await coreSearches(host.url, options.reps);

    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize: afterGc } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);

    const row = (name: string, samples: number[], goal?: number) => {
      const p95 = percentile(samples, 95);
      const verdict = goal === undefined ? '' : `   (goal p95 < ${goal} ms: ${p95 < goal ? 'met' : 'NOT met'})`;
      return `  ${name.padEnd(40)} p50 ${fmt.ms(percentile(samples, 50)).padStart(9)}   p95 ${fmt.ms(p95).padStart(9)}   n=${samples.length}${verdict}`;
    };
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    lines.push(
      `keyboard inbox in Chromium on ${fmt.int(options.conversations)} conversations (${total} open; workspace ${seeded})`,
      row('keypress j -> next conversation painted', j, 50),
      row('Enter -> conversation open and painted', open, 50),
      row('search with two operators -> results', searches, 100),
      row('  of which the core (api round trip)', core),
      row('launch (navigation) -> interactive inbox', launch),
      `  renderer JS heap while moving            p50 ${mb(percentile(memory, 50)).padStart(9)}   p95 ${mb(percentile(memory, 95)).padStart(9)}   n=${memory.length}; after GC ${mb(afterGc)}; ${fmt.int(dom)} DOM elements`,
      `  last search showed ${hitsShown} rows; queries: ${SEARCHES.length} rotating (text + channel:/lang:/is:)`,
      `  web host start on this workspace (process spawn -> URL printed): ${fmt.ms(host.readyAt - host.startedAt)}${fresh ? ' (includes seeding)' : ''}`,
    );
  } finally {
    await browser?.close();
    host.child.kill('SIGTERM');
  }
  return lines;
}
