import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../src-shared/api/contract';
import type { Core } from '../../../src-main/core/core-types';
import { startCore } from '../../../src-main/core/start-core';

const cores: Core[] = [];
function start(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-core-'))) {
  const core = startCore({ dataDir, demoConversations: 120, now: () => Date.UTC(2026, 10, 20, 9) });
  cores.push(core);
  return core;
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('the core over a fresh data folder', () => {
  it('ranks agent-assist suggestions by the intent triage detected, when the caller names none', async () => {
    const core = start();
    const page = value(await core.handle('inbox.list', { view: 'all', offset: 0, limit: 120 })) as { items: { id: number; intent?: string | null }[] };
    const refund = page.items.find((c) => c.intent === 'refund');
    expect(refund, 'the demo has refund requests, detected by triage').toBeDefined();
    const list = value(await core.handle('assist.suggestions', { conversationId: refund!.id })) as { intent: string | null; items: { reasons: string[] }[] };
    expect(list.intent).toBe('refund');
    expect(list.items.some((s) => s.reasons.includes('intent'))).toBe(true);
  });

  it('offers every platform the app can sync with when adding an account', async () => {
    const core = start();
    const channels = value(await core.handle('accounts.channels', {})) as { channel: string }[];
    expect(channels.map((c) => c.channel).sort()).toEqual(['amazon', 'ebay', 'email', 'shopify']);
  });

  it('opens on the demo workspace and serves the inbox, a conversation and the canned replies', async () => {
    const core = start();
    const info = value(await core.handle('workspace.info', {})) as { isDemo: boolean; conversationCount: number; messageCount: number; accounts: unknown[] };
    expect(info.isDemo).toBe(true);
    expect(info.conversationCount).toBe(120);
    expect(info.messageCount).toBeGreaterThan(120);
    expect(info.accounts.length).toBeGreaterThanOrEqual(4);

    const page = value(await core.handle('inbox.list', { view: 'all', offset: 0, limit: 50 })) as { total: number; items: { id: number; lastMessageAt: number }[] };
    expect(page.total).toBe(120);
    expect(page.items).toHaveLength(50);
    const times = page.items.map((c) => c.lastMessageAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const detail = value(await core.handle('conversation.get', { id: page.items[0]!.id })) as { messages: unknown[]; customer: unknown };
    expect(detail.messages.length).toBeGreaterThan(0);
    expect(detail.customer).not.toBeNull();
    expect((value(await core.handle('cannedReplies.list', {})) as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers bad requests with errors and keeps serving', async () => {
    const core = start();
    expect(await core.handle('conversation.get', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.handle('conversation.get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.handle('reply.queue', { conversationId: 1, body: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: expect.stringContaining('A reply cannot be empty') },
    });
    expect(await core.handle('nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect((await core.handle('settings.get', {})).ok).toBe(true);
  });

  it('pushes events when a conversation changes or a reply is queued', async () => {
    const core = start();
    const seen: string[] = [];
    core.onEvent((event) => seen.push(event));
    const page = value(await core.handle('inbox.list', { view: 'open', offset: 0, limit: 1 })) as { items: { id: number }[] };
    const id = page.items[0]!.id;
    value(await core.handle('reply.queue', { conversationId: id, body: 'Thanks, on its way.' }));
    value(await core.handle('conversation.setStatus', { id, status: 'closed' }));
    expect(seen).toEqual(['outbox.changed', 'conversation.changed', 'conversation.changed']);
  });

  it('seeds the demo once: reopening the folder keeps what the user did', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-core-'));
    const first = start(dir);
    const page = value(await first.handle('inbox.list', { view: 'open', offset: 0, limit: 1 })) as { items: { id: number }[] };
    value(await first.handle('reply.queue', { conversationId: page.items[0]!.id, body: 'Queued before a restart' }));
    first.close();
    const second = start(dir);
    expect(value(await second.handle('workspace.info', {}))).toMatchObject({ conversationCount: 120 });
    expect(value(await second.handle('outbox.list', {}))).toHaveLength(1);
  });

  it('refuses requests after close instead of touching a closed database', async () => {
    const core = start();
    core.close();
    expect(await core.handle('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
