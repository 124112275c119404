// The AI path against a local server that speaks the OpenAI chat-completions wire format.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AiProviderError, parseRetryAfter, streamChat, type ProviderConfig } from '../../../src-main/assist/ai/openai-client';
import { createKeychainStore, createMemorySecretStore } from '../../../src-main/assist/ai/secret-store';
import { startCore } from '../../../src-main/core/start-core';
import type { Core } from '../../../src-main/core/core-types';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../servers/openai-compatible/server';

let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer({ apiKey: 'sk-test-key' });
});
afterAll(() => server.close());

const config = (model: string, apiKey: string | null = 'sk-test-key'): ProviderConfig => ({ baseUrl: server.baseUrl, model, apiKey });
const messages = [{ role: 'user' as const, content: 'Wo ist mein Paket?' }];

async function failure(promise: Promise<unknown>): Promise<AiProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AiProviderError);
  return error as AiProviderError;
}

describe('OpenAI-compatible client', () => {
  it('streams deltas in order and returns the whole text', async () => {
    const deltas: string[] = [];
    const text = await streamChat(config('ok'), messages, { onDelta: (d) => deltas.push(d) });
    expect(text).toBe('Echo: Wo ist mein Paket?');
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toBe(text);
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ model: 'ok', stream: true, authorization: 'Bearer sk-test-key', messages });
  });

  it('accepts a server that answers with one JSON body', async () => {
    expect(await streamChat(config('no-stream'), messages)).toBe('Echo: Wo ist mein Paket?');
  });

  it('reports a refused key as unauthorized, with the provider’s message', async () => {
    const e = await failure(streamChat(config('ok', 'sk-wrong'), messages));
    expect(e.kind).toBe('unauthorized');
    expect(e.status).toBe(401);
    expect(e.message).toContain('Incorrect API key provided');
  });

  it('waits out a short 429 (Retry-After: 1) and retries once', async () => {
    const started = Date.now();
    expect(await streamChat(config('rate-limit-once'), messages)).toBe('Echo: Wo ist mein Paket?');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a long 429 and says how long to wait', async () => {
    const e = await failure(streamChat(config('rate-limit'), messages, { maxRetryWaitMs: 5_000 }));
    expect(e.kind).toBe('rate_limited');
    expect(e.retryAfterMs).toBe(120_000);
    expect(e.message).toContain('try again in 120 s');
  });

  it('times out when no answer comes, and when the stream stalls', async () => {
    const noHeaders = await failure(streamChat(config('slow-headers'), messages, { timeoutMs: 300 }));
    expect(noHeaders.kind).toBe('timeout');
    const deltas: string[] = [];
    const stalled = await failure(streamChat(config('stall'), messages, { timeoutMs: 300, onDelta: (d) => deltas.push(d) }));
    expect(stalled.kind).toBe('timeout');
    expect(deltas).toEqual(['Echo: W']);
  });

  it('reports malformed chunks and streams cut short', async () => {
    expect((await failure(streamChat(config('malformed-json'), messages))).kind).toBe('malformed');
    const truncated = await failure(streamChat(config('truncated'), messages));
    expect(truncated.kind).toBe('malformed');
    expect(truncated.message).toContain('ended the stream');
  });

  it('reports server errors and unreachable servers', async () => {
    const e = await failure(streamChat(config('server-error'), messages));
    expect([e.kind, e.status]).toEqual(['http', 500]);
    const down = await failure(streamChat({ baseUrl: 'http://127.0.0.1:9/v1', model: 'ok', apiKey: null }, messages, { timeoutMs: 2_000 }));
    expect(down.kind).toBe('network');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('keychain', () => {
  it('says clearly when keytar cannot be loaded, and stores nothing', async () => {
    const store = createKeychainStore(() => Promise.reject(new Error("Cannot find module 'keytar'")));
    expect(await store.problem()).toMatch(/OS keychain is not available \(keytar could not be loaded: Cannot find module 'keytar'\)/);
    await expect(store.set('a', 'secret')).rejects.toThrow(/not stored/);
  });

  it('says clearly when the keychain service does not answer', async () => {
    const broken = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      deletePassword: () => Promise.reject(new Error('no')),
    };
    const store = createKeychainStore(async () => broken);
    expect(await store.problem()).toMatch(/keychain did not answer \(Cannot autolaunch D-Bus/);
  });
});

describe('AI through the core', () => {
  let dir: string;
  let core: Core;
  afterEach(() => {
    core?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function start(secrets = createMemorySecretStore()) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-ai-'));
    core = startCore({ dataDir: dir, demoConversations: 120, now: () => Date.UTC(2026, 10, 24, 9), assist: { secrets, aiTimeoutMs: 2_000 } });
    return core;
  }

  async function call<T>(method: string, params: unknown): Promise<T> {
    const result = await core.handle(method, params);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  it('works without a provider: translation says no engine is available, drafts say no provider is set up', async () => {
    start();
    const t = await call<{ text: string | null; problem: string }>('ai.translate', { text: 'Wo ist mein Paket?', to: 'en', from: 'de' });
    expect(t.text).toBeNull();
    expect(t.problem).toMatch(/No translation engine is available/);
    const draft = await core.handle('ai.draft', { conversationId: 1 });
    expect(draft).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!draft.ok) expect(draft.error.message).toMatch(/No AI provider is set up/);
  });

  it('drafts a reply grounded in the order, the thread and articles, streaming deltas as events; never queues it', async () => {
    start();
    await call('ai.config.set', { baseUrl: server.baseUrl, model: 'ok', apiKey: 'sk-test-key' });
    const view = await call<{ hasKey: boolean; configured: boolean }>('ai.config.get', {});
    expect(view).toMatchObject({ hasKey: true, configured: true });

    const deltas: string[] = [];
    core.onEvent((event, payload) => {
      if (event === 'ai.delta') deltas.push((payload as { delta: string }).delta);
    });
    const outboxBefore = (await call<unknown[]>('outbox.list', {})).length;
    // A conversation with a tracked order.
    const page = await call<{ items: { id: number; orderExternalId: string | null }[] }>('inbox.list', { view: 'all', offset: 0, limit: 200 });
    let target: { id: number; tracking: string } | null = null;
    for (const c of page.items) {
      const d = await call<{ orders: { externalId: string; shipments: { trackingNumber: string | null }[] }[] }>('conversation.get', { id: c.id });
      const tracking = d.orders.find((o) => o.externalId === c.orderExternalId)?.shipments.find((s) => s.trackingNumber)?.trackingNumber;
      if (tracking) {
        target = { id: c.id, tracking };
        break;
      }
    }
    expect(target).not.toBeNull();
    const draft = await call<{ text: string }>('ai.draft', { conversationId: target!.id });
    expect(draft.text.startsWith('Echo: Order data:')).toBe(true);
    expect(deltas.join('')).toBe(draft.text);
    const sent = server.requests.at(-1)!;
    expect(sent.messages[0]!.role).toBe('system');
    expect(sent.messages[0]!.content).toContain('Brand voice:');
    expect(sent.messages[1]!.content).toContain(target!.tracking);
    expect(sent.messages[1]!.content).toContain('Conversation so far');
    expect((await call<unknown[]>('outbox.list', {})).length).toBe(outboxBefore);
  });

  it('maps a refused key to unauthorized and a stall to unavailable, with readable messages', async () => {
    start();
    await call('ai.config.set', { baseUrl: server.baseUrl, model: 'ok', apiKey: 'sk-wrong' });
    const r = await core.handle('ai.summarize', { conversationId: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await call('ai.config.set', { baseUrl: server.baseUrl, model: 'stall', apiKey: 'sk-test-key' });
    const s = await core.handle('ai.rewrite', { conversationId: 1, body: 'Sorry for the inconvenience.' });
    expect(s).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!s.ok) expect(s.error.message).toMatch(/stopped sending/);
  });

  it('translates through the provider once one is set up', async () => {
    start();
    await call('ai.config.set', { baseUrl: server.baseUrl, model: 'ok', apiKey: 'sk-test-key' });
    const t = await call<{ text: string; engine: string }>('ai.translate', { text: 'Wo ist mein Paket?', to: 'en', from: 'de' });
    expect(t).toMatchObject({ engine: 'ai', text: 'Echo: Wo ist mein Paket?' });
    expect(server.requests.at(-1)!.messages[0]!.content).toContain('from German into English');
  });

  it('refuses to keep a key when the keychain is unavailable, and says why', async () => {
    start(createKeychainStore(() => Promise.reject(new Error("Cannot find module 'keytar'"))));
    const r = await core.handle('ai.config.set', { baseUrl: server.baseUrl, model: 'ok', apiKey: 'sk-test-key' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!r.ok) expect(r.error.message).toMatch(/keychain is not available/);
    const view = await call<{ keychainAvailable: boolean; keychainProblem: string }>('ai.config.get', {});
    expect(view.keychainAvailable).toBe(false);
    expect(view.keychainProblem).toMatch(/keytar/);
  });
});

// The real OS keychain, where this machine has one (keytar built and a Secret Service running, as
// .ci/run arranges under dbus-run-session); elsewhere the test says why it did not run.
describe('OS keychain (real keytar)', async () => {
  const store = createKeychainStore();
  // A keyring can answer reads yet refuse writes (a locked collection): that too is a reason to skip.
  const problem =
    (await store.problem()) ??
    (await store.set('__write_probe__', 'x').then(
      () => store.delete('__write_probe__').then(() => null),
      (error: Error) => error.message,
    ));
  it.skipIf(problem !== null)(`stores, reads and deletes a key${problem ? ` — skipped: ${problem}` : ''}`, async () => {
    const account = `test-${process.pid}`;
    await store.set(account, 'sk-roundtrip');
    expect(await store.get(account)).toBe('sk-roundtrip');
    await store.delete(account);
    expect(await store.get(account)).toBeNull();
  });
});
