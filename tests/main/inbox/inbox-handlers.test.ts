import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiEventName, ApiResult, ApiResults } from '../../../src-shared/api/contract';
import { apiParamSchemas, type ApiMethodName } from '../../../src-shared/api/schemas';
import { createDispatcher, type ApiHandlers } from '../../../src-main/core/dispatch';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createInboxHandlers } from '../../../src-main/inbox/inbox-handlers';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { createConversationReader } from '../../../src-main/services/conversations/conversation-detail';
import { createEventLog } from '../../../src-main/services/event-log';
import { createOutboxService } from '../../../src-main/services/outbox/outbox-service';
import { createWorkspaceService } from '../../../src-main/services/workspace/workspace-service';
import { addAccount, message, order } from '../helpers/fixtures';

let db: Db;
let clock = Date.UTC(2026, 10, 24, 10);
const now = () => clock;
let emitted: ApiEventName[];
let call: <M extends ApiMethodName>(method: M, params: unknown) => Promise<ApiResults[M]>;
let callRaw: (method: string, params: unknown) => Promise<ApiResult<unknown>>;

const idOf = (externalId: string) => (db.prepare('SELECT id FROM conversations WHERE external_id = ?').get(externalId) as { id: number }).id;
const customerOf = (externalId: string) => (db.prepare('SELECT customer_id AS id FROM conversations WHERE external_id = ?').get(externalId) as { id: number }).id;
const eventCount = (action: string) => (db.prepare('SELECT count(*) AS n FROM events WHERE action = ?').get(action) as { n: number }).n;

beforeEach(() => {
  clock = Date.UTC(2026, 10, 24, 10);
  db = openDatabase(':memory:');
  addAccount(db, 1);
  addAccount(db, 2, 'email', null);
  addAccount(db, 3, 'ebay', 'ebay.com');
  const ingest = createIngestPipeline(db, now);
  const anna = { channel: 'amazon' as const, handle: 'relay@marketplace.amazon.de', name: 'Anna Schmidt' };
  ingest.ingestOrders([order({ customer: anna })]);
  ingest.ingestMessages([
    message({ externalId: 'a1', conversationExternalId: 'amz', orderExternalId: '302-1234567-7654321', customer: anna, sentAt: Date.UTC(2026, 10, 20), bodyText: 'Wo ist meine Bestellung? Tracking bitte.' }),
    message({ externalId: 'a2', conversationExternalId: 'amz', bodyText: 'Noch keine Antwort?', customer: anna, sentAt: Date.UTC(2026, 10, 21) }),
    // The same buyer by email, not yet known to be Anna on Amazon: a second customer.
    message({ accountId: 2, externalId: 'e1', conversationExternalId: 'mail', subject: 'Order', bodyText: 'Hello, I want a refund for my order', language: 'en', customer: { channel: 'email', handle: 'anna.s@example.de', name: 'Anna S.' }, sentAt: Date.UTC(2026, 10, 22) }),
    message({ accountId: 3, externalId: 'b1', conversationExternalId: 'ebay', subject: '退款', bodyText: '我想申请退款，商品坏了', language: 'zh', customer: { channel: 'ebay', handle: 'wang88', name: '王伟' }, sentAt: Date.UTC(2026, 10, 23) }),
    message({ accountId: 3, externalId: 'b2', conversationExternalId: 'ebay-ja', subject: '返品', bodyText: '返品をお願いします', language: 'ja', customer: { channel: 'ebay', handle: 'tanaka', name: '田中' }, sentAt: Date.UTC(2026, 10, 23, 5) }),
  ]);
  const events = createEventLog(db, now);
  const reader = createConversationReader(db);
  const workspace = createWorkspaceService(db, { dataDir: '/d', defaultLocale: 'en' });
  const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: workspace.agentName });
  emitted = [];
  const handlers = {
    ...createInboxHandlers(db, { now, events, reader, self: () => workspace.selfAgent(), emit: (e) => void emitted.push(e) }),
    'reply.queue': ({ conversationId, body }: { conversationId: number; body: string }) => outbox.queueReply({ conversationId, body, agentId: workspace.selfAgent().id }),
  } as unknown as ApiHandlers;
  const dispatch = createDispatcher(handlers);
  callRaw = (method, params) => dispatch(method, params);
  call = async <M extends ApiMethodName>(method: M, params: unknown) => {
    const result = await dispatch(method, params);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ApiResults[M];
  };
});

const ids = (page: { items: { id: number }[] }) => page.items.map((c) => c.id);
const query = (spec: Record<string, unknown>) => call('inbox.query', { spec, offset: 0, limit: 50 });
const errorOf = (result: ApiResult<unknown>) => (result.ok ? null : result.error);

describe('views', () => {
  it('lists by base view and facet; SLA at risk sorts by the least time left', async () => {
    expect((await query({ base: 'open' })).total).toBe(4);
    expect(ids(await query({ base: 'open', channel: 'ebay' })).sort()).toEqual([idOf('ebay'), idOf('ebay-ja')].sort());
    expect(ids(await query({ base: 'open', language: 'ja' }))).toEqual([idOf('ebay-ja')]);
    expect(ids(await query({ base: 'open', marketplace: 'amazon.de' }))).toEqual([idOf('amz')]);
    expect((await query({ base: 'sla' })).total).toBe(0);
    db.prepare('UPDATE conversations SET sla_due_at = ? WHERE id = ?').run(clock + 3_600_000, idOf('mail'));
    db.prepare('UPDATE conversations SET sla_due_at = ? WHERE id = ?').run(clock + 600_000, idOf('ebay'));
    expect(ids(await query({ base: 'sla' }))).toEqual([idOf('ebay'), idOf('mail')]);
  });

  it('counts every view and saved view, and the counts follow changes', async () => {
    const saved = await call('savedViews.save', { name: 'eBay', spec: { base: 'open', channel: 'ebay' }, shortcut: 'g 1' });
    let counts = await call('inbox.counts', {});
    expect(counts.views).toMatchObject({ open: 4, unassigned: 4, mine: 0, closed: 0, snoozed: 0, sla: 0 });
    expect(counts.saved[saved.id]).toBe(2);
    await call('conversations.apply', { ids: [idOf('ebay')], action: { kind: 'close' } });
    counts = await call('inbox.counts', {});
    expect(counts.views).toMatchObject({ open: 3, closed: 1 });
    expect(counts.saved[saved.id]).toBe(1);
  });

  it('refuses a second saved view on the same shortcut, naming the first', async () => {
    await call('savedViews.save', { name: 'eBay', spec: { base: 'open', channel: 'ebay' }, shortcut: 'g 1' });
    const result = await callRaw('savedViews.save', { name: 'Mail', spec: { base: 'open', channel: 'email' }, shortcut: 'g 1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(errorOf(result)?.message).toContain('eBay');
    expect((await call('savedViews.list', {})).map((v: { name: string }) => v.name)).toEqual(['eBay']);
  });

  it('lists facet values with counts', async () => {
    const facets = await call('inbox.facets', {});
    expect(facets.channel).toEqual(expect.arrayContaining([{ value: 'ebay', count: 2 }, { value: 'amazon', count: 1 }]));
    expect(facets.language.map((f: { value: string }) => f.value).sort()).toEqual(['de', 'en', 'ja', 'zh']);
  });
});

describe('search with operators', () => {
  const search = (q: string) => query({ base: 'all', query: q });

  it('finds Latin, Chinese and Japanese text and highlights the hits', async () => {
    const zh = await search('退款');
    expect(ids(zh)).toEqual([idOf('ebay')]);
    expect(zh.snippets[idOf('ebay')]).toContain('\uE000退款\uE001');
    expect(ids(await search('返品'))).toEqual([idOf('ebay-ja')]);
    const de = await search('bestellung');
    expect(ids(de)).toEqual([idOf('amz')]);
    expect(de.snippets[idOf('amz')]).toMatch(/\uE000Bestellung\uE001/);
  });

  it('combines text with channel:, lang:, is:, before:, after:, from: and order:', async () => {
    expect(ids(await search('refund channel:email'))).toEqual([idOf('mail')]);
    expect(ids(await search('refund channel:ebay'))).toEqual([]);
    expect(ids(await search('lang:zh is:unassigned'))).toEqual([idOf('ebay')]);
    expect(ids(await search('after:2026-11-23')).sort()).toEqual([idOf('ebay'), idOf('ebay-ja')].sort());
    expect(ids(await search('before:2026-11-22'))).toEqual([idOf('amz')]);
    expect(ids(await search('from:"Anna Schmidt"'))).toEqual([idOf('amz')]);
    expect(ids(await search('order:1234567'))).toEqual([idOf('amz')]);
    await call('conversations.apply', { ids: [idOf('mail')], action: { kind: 'tag', tag: 'urgent refund' } });
    expect(ids(await search('tag:"urgent refund"'))).toEqual([idOf('mail')]);
  });

  it('searches customers and orders by plain text too, and reports bad operators', async () => {
    expect(ids(await search('王伟'))).toEqual([idOf('ebay')]);
    expect(ids(await search('302-1234567'))).toEqual([idOf('amz')]);
    const bad = await search('channel:fax refund');
    expect(bad.errors).toEqual([{ token: 'channel:fax', message: expect.stringContaining('amazon') }]);
  });
});

describe('bulk actions and undo', () => {
  it('closes a selection in one logged transaction and restores it exactly', async () => {
    const selection = [idOf('amz'), idOf('mail')];
    await call('conversations.apply', { ids: [idOf('amz')], action: { kind: 'tag', tag: 'vip' } });
    const closed = await call('conversations.apply', { ids: selection, action: { kind: 'close' } });
    expect(closed.conversations.map((c: { status: string }) => c.status)).toEqual(['closed', 'closed']);
    expect(eventCount('conversation.close')).toBe(2);
    expect(emitted).toContain('inbox.changed');
    const restored = await call('conversations.restore', { snapshots: closed.undo });
    expect(restored.map((c: { status: string }) => c.status)).toEqual(['open', 'open']);
    expect(restored[0]!.tags).toEqual(['vip']);
    expect(eventCount('conversation.restore')).toBe(2);
  });

  it('snoozes until a time, and the conversation comes back when it passes', async () => {
    const id = idOf('mail');
    const refused = await callRaw('conversations.apply', { ids: [id], action: { kind: 'snooze', until: clock - 1 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await call('conversations.apply', { ids: [id], action: { kind: 'snooze', until: clock + 3_600_000 } });
    expect(ids(await query({ base: 'snoozed' }))).toEqual([id]);
    expect(ids(await query({ base: 'open' }))).not.toContain(id);
    clock += 3_600_000;
    expect(ids(await query({ base: 'open' }))).toContain(id);
    expect(eventCount('conversation.snooze_ended')).toBe(1);
  });

  it('assigns, sets priority and rolls nothing back halfway when one id is unknown', async () => {
    const me = (await call('agents.list', {}))[0]!;
    await call('conversations.apply', { ids: [idOf('amz')], action: { kind: 'assign', agentId: me.id } });
    expect(ids(await query({ base: 'mine' }))).toEqual([idOf('amz')]);
    const failed = await callRaw('conversations.apply', { ids: [idOf('mail'), 99_999], action: { kind: 'priority', priority: 'urgent' } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((db.prepare('SELECT priority FROM conversations WHERE id = ?').get(idOf('mail')) as { priority: string }).priority).toBe('normal');
  });

  it('cancels a reply still waiting in the outbox, and the thread is as before', async () => {
    const id = idOf('mail');
    const queued = await call('reply.queue', { conversationId: id, body: 'We will refund you today.' });
    const cancelled = await call('replies.cancel', { messageIds: [queued.message.id] });
    expect(cancelled.cancelled).toEqual([queued.message.id]);
    expect(cancelled.conversations[0]).toMatchObject({ messageCount: 1, preview: expect.stringContaining('refund for my order') });
    expect((db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
    expect(eventCount('reply.cancelled')).toBe(1);
  });
});

describe('merge with undo', () => {
  it('merges two customers (Amazon and email) and undoes it', async () => {
    const [amazon, email] = [customerOf('amz'), customerOf('mail')];
    expect((await call('customers.search', { query: 'anna' })).map((c: { id: number }) => c.id).sort()).toEqual([amazon, email].sort());
    const merged = await call('customers.merge', { targetId: amazon, sourceId: email });
    expect(customerOf('mail')).toBe(amazon);
    expect(merged.customer!.identities.map((i: { channel: string }) => i.channel).sort()).toEqual(['amazon', 'email']);
    expect((await call('customers.search', { query: 'anna' })).map((c: { id: number }) => c.id)).toEqual([amazon]);
    await call('merges.undo', { mergeId: merged.mergeId });
    expect(customerOf('mail')).toBe(email);
    const again = await callRaw('merges.undo', { mergeId: merged.mergeId });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(eventCount('customer.merge')).toBe(1);
    expect(eventCount('customer.merge_undone')).toBe(1);
  });

  it('merges two conversations, moving messages and notes, and undoes it', async () => {
    const [target, source] = [idOf('amz'), idOf('mail')];
    await call('notes.add', { conversationId: source, body: 'Same buyer as on Amazon' });
    const merged = await call('conversations.merge', { targetId: target, sourceId: source });
    expect(merged.conversation!.messageCount).toBe(3);
    expect((await call('notes.list', { conversationId: target })).map((n: { body: string }) => n.body)).toEqual(['Same buyer as on Amazon']);
    expect(ids(await query({ base: 'open' }))).not.toContain(source);
    await call('merges.undo', { mergeId: merged.mergeId });
    const page = await query({ base: 'open' });
    expect(ids(page)).toContain(source);
    expect(page.items.find((c) => c.id === target)!.messageCount).toBe(2);
    expect((await call('notes.list', { conversationId: source })).length).toBe(1);
  });
});

describe('key bindings', () => {
  it('stores a remapped keymap and refuses one with a conflict', async () => {
    await call('keymap.set', { bindings: { 'conversation.close': ['y'] } });
    expect((await call('keymap.get', {})).bindings).toEqual({ 'conversation.close': ['y'] });
    const refused = await callRaw('keymap.set', { bindings: { 'conversation.close': ['j'] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call('keymap.get', {})).bindings).toEqual({ 'conversation.close': ['y'] });
  });

  it('a saved view cannot take a key the keymap uses, nor the keymap a saved view’s key', async () => {
    const taken = await callRaw('savedViews.save', { name: 'Mine too', spec: { base: 'mine' }, shortcut: 'g m' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const prefix = await callRaw('savedViews.save', { name: 'G', spec: { base: 'mine' }, shortcut: 'g' });
    expect(prefix).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('savedViews.save', { name: 'eBay', spec: { base: 'open', channel: 'ebay' }, shortcut: 'g 1' });
    const clash = await callRaw('keymap.set', { bindings: { 'view.sla': ['g 1'] } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('every new method has a schema', () => {
    for (const m of ['inbox.query', 'conversations.apply', 'customers.merge', 'keymap.set']) expect(Object.keys(apiParamSchemas)).toContain(m);
  });
});
