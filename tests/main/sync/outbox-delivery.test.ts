// Outbox delivery through the engine, against a market server that remembers idempotency keys.
import { afterEach, describe, expect, it } from 'vitest';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { createConnectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import { createSyncEngine } from '../../../src-main/sync/engine/sync-engine';
import { marketTestConnector } from '../../servers/market-test-connector';
import { count, startSyncRig, waitFor, type SyncRig } from './sync-fixtures';

let rig: SyncRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const synced = (r: SyncRig) => () => r.status().state === 'idle' && r.status().lastSyncAt !== null && r.status().progress == null;

async function rigWithConversation(): Promise<{ r: SyncRig; conversationId: number }> {
  const r = await startSyncRig({ messages: 8 });
  rig = r;
  r.engine.start();
  await waitFor(synced(r), 'first sync');
  const conversationId = r.db.prepare("SELECT id FROM conversations WHERE external_id = 'thread-0'").pluck().get() as number;
  return { r, conversationId };
}

const outboxRow = (r: SyncRig, id: number) =>
  r.db.prepare('SELECT status, attempts, external_id, last_error, failure_code, idempotency_key FROM outbox WHERE id = ?').get(id) as {
    status: string;
    attempts: number;
    external_id: string | null;
    last_error: string | null;
    failure_code: string | null;
    idempotency_key: string;
  };

const outboundOnServer = (r: SyncRig) => r.server.messages.filter((m) => m.direction === 'out');

describe('outbox delivery', () => {
  it('sends a queued reply once with its idempotency key, and the next pull does not duplicate it', async () => {
    const { r, conversationId } = await rigWithConversation();
    const queued = r.outbox.queueReply({ conversationId, body: 'Your parcel left our warehouse today.', agentId: 1 });
    r.engine.wake();
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'sent', 'sent');
    const row = outboxRow(r, queued.outboxItem.id);
    expect(r.server.acceptedByKey.get(row.idempotency_key)?.body).toBe('Your parcel left our warehouse today.');
    expect(row.external_id).toBe(r.server.acceptedByKey.get(row.idempotency_key)!.id);
    expect(row.attempts).toBe(1);
    expect(r.db.prepare('SELECT status, external_id FROM messages WHERE id = ?').get(queued.message.id)).toEqual({ status: 'sent', external_id: row.external_id });

    // The platform lists our reply in its history: the pull recognises it by id.
    r.engine.syncNow(r.accountId);
    const cursor = () => r.db.prepare('SELECT cursor_json FROM sync_state').pluck().get() as string;
    await waitFor(() => cursor() === JSON.stringify({ after: '9' }) && synced(r)(), 'pull of the sent message (seq 9)');
    expect(count(r.db, 'SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = ?', conversationId, 'outbound')).toBe(1);
    // thread-0 holds 4 of the 8 buyer messages, plus the one reply.
    expect(count(r.db, 'SELECT message_count FROM conversations WHERE id = ?', conversationId)).toBe(5);
  });

  it('resends with the same key when the answer is lost after the platform accepted: one message on the platform', async () => {
    const { r, conversationId } = await rigWithConversation();
    let lost = 1;
    r.server.onAccepted = () => {
      if (lost-- > 0) throw new Error('connection dropped after accepting');
    };
    const queued = r.outbox.queueReply({ conversationId, body: 'Refund issued.', agentId: 1 });
    r.engine.wake();
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'sent', 'sent after retry');
    const key = outboxRow(r, queued.outboxItem.id).idempotency_key;
    expect(r.server.postsByKey.get(key)).toBe(2);
    expect(outboundOnServer(r)).toHaveLength(1);
    expect(outboxRow(r, queued.outboxItem.id).attempts).toBe(2);
  });

  it('finishes a reply a crash left "sending" without sending it twice, even if a pull saw it first', async () => {
    const { r, conversationId } = await rigWithConversation();
    await r.engine.stop();
    const queued = r.outbox.queueReply({ conversationId, body: 'Sent before the crash.', agentId: 1 });
    const key = outboxRow(r, queued.outboxItem.id).idempotency_key;
    // What a crash after the platform accepted leaves: the platform has it, the row still says sending.
    await fetch(`${r.server.url}/api/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${r.server.apiKey}`, 'idempotency-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ threadId: 'thread-0', text: 'Sent before the crash.' }),
    });
    r.db.prepare("UPDATE outbox SET status = 'sending', attempts = 1 WHERE id = ?").run(queued.outboxItem.id);
    // ... and a pull already stored the platform's copy under its own id.
    const sent = r.server.acceptedByKey.get(key)!;
    createIngestPipeline(r.db).ingestMessages([
      {
        accountId: r.accountId,
        externalId: sent.id,
        conversationExternalId: 'thread-0',
        subject: '',
        direction: 'outbound',
        authorKind: 'agent',
        authorName: 'Seller',
        bodyText: sent.body,
        sentAt: Date.parse(sent.sentAt),
        customer: { channel: 'ebay', handle: 'unknown', name: 'Unknown' },
      },
    ]);
    expect(count(r.db, "SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = 'outbound'", conversationId)).toBe(2);

    // A fresh engine over the same database: the restarted app.
    r.engine = createSyncEngine({
      db: r.db,
      ingest: createIngestPipeline(r.db),
      registry: freshRegistry(),
      secrets: r.secrets,
      dataDir: r.dir,
      pollIntervalMs: 3_600_000,
      backoff: { baseMs: 40, maxMs: 400 },
    });
    r.engine.start();
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'sent', 'sent after restart');
    expect(r.server.postsByKey.get(key)).toBe(2);
    expect(outboundOnServer(r)).toHaveLength(1);
    expect(count(r.db, "SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = 'outbound'", conversationId)).toBe(1);
    // thread-0 holds 4 of the 8 buyer messages, plus the one reply.
    expect(count(r.db, 'SELECT message_count FROM conversations WHERE id = ?', conversationId)).toBe(5);
    expect(count(r.db, "SELECT count(*) FROM message_search WHERE message_search MATCH 'crash'")).toBe(1);
  });

  it('shows a permanent refusal with the platform reason, and sends on retry once the cause is gone', async () => {
    const { r, conversationId } = await rigWithConversation();
    r.server.failNext(1, { status: 422, method: 'POST', body: { error: { code: 'outside_window', message: 'The buyer can no longer be contacted about this order.' } } });
    const queued = r.outbox.queueReply({ conversationId, body: 'Any news?', agentId: 1 });
    r.engine.wake();
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'failed', 'failed');
    const failed = outboxRow(r, queued.outboxItem.id);
    expect(failed.last_error).toBe('The buyer can no longer be contacted about this order.');
    expect(failed.failure_code).toBe('outside_window');
    expect(r.db.prepare('SELECT status FROM messages WHERE id = ?').pluck().get(queued.message.id)).toBe('failed');
    expect(r.outbox.item(queued.outboxItem.id)!.lastError).toBe('The buyer can no longer be contacted about this order.');
    await new Promise((res) => setTimeout(res, 200));
    expect(outboxRow(r, queued.outboxItem.id).attempts).toBe(1);

    r.engine.retryOutbox(queued.outboxItem.id);
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'sent', 'sent on retry');
    expect(outboxRow(r, queued.outboxItem.id).last_error).toBeNull();
    expect(outboundOnServer(r)).toHaveLength(1);
  });

  it('keeps a reply queued while offline and delivers it once when the server is back', async () => {
    const { r, conversationId } = await rigWithConversation();
    await r.server.goDown();
    const queued = r.outbox.queueReply({ conversationId, body: 'Written offline.', agentId: 1 });
    r.engine.wake();
    await waitFor(() => r.status().state === 'offline', 'offline');
    expect(outboxRow(r, queued.outboxItem.id).status).toBe('queued');
    expect(outboxRow(r, queued.outboxItem.id).last_error).toMatch(/Cannot reach/);
    await r.server.comeBack();
    await waitFor(() => outboxRow(r, queued.outboxItem.id).status === 'sent', 'sent after reconnect');
    expect(outboundOnServer(r)).toHaveLength(1);
    expect(r.server.postsByKey.size).toBe(1);
  });
});

function freshRegistry() {
  const registry = createConnectorRegistry();
  registry.register(marketTestConnector('ebay'));
  return registry;
}
