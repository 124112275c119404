import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { createConversationReader } from '../../../src-main/services/conversations/conversation-detail';
import { createInboxService } from '../../../src-main/services/conversations/inbox-service';
import { createEventLog } from '../../../src-main/services/event-log';
import { createOutboxService } from '../../../src-main/services/outbox/outbox-service';
import { createWorkspaceService } from '../../../src-main/services/workspace/workspace-service';
import { addAccount, message, order } from '../helpers/fixtures';

let db: Db;
let clock = 1_800_000_000_000;
const now = () => clock;

function services() {
  const events = createEventLog(db, now);
  const reader = createConversationReader(db);
  const workspace = createWorkspaceService(db, { dataDir: '/data', defaultLocale: 'en' });
  const self = () => workspace.selfAgent().id;
  return {
    reader,
    workspace,
    inbox: createInboxService(db, { selfAgentId: self, events, summary: reader.summary, now }),
    outbox: createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: workspace.agentName }),
    self,
  };
}

beforeEach(() => {
  db = openDatabase(':memory:');
  addAccount(db, 1);
  addAccount(db, 2, 'email', null);
  const ingest = createIngestPipeline(db, now);
  const anna = { channel: 'amazon' as const, handle: 'relay@marketplace.amazon.de', name: 'Anna Schmidt', email: 'anna@example.de' };
  ingest.ingestOrders([order({ customer: anna })]);
  ingest.ingestMessages([
    message({ externalId: 'a1', conversationExternalId: 'amz', orderExternalId: '302-1234567-7654321', customer: anna, sentAt: 1000 }),
    message({ externalId: 'a2', conversationExternalId: 'amz', bodyText: 'Noch keine Antwort?', customer: anna, sentAt: 3000 }),
    message({ accountId: 2, externalId: 'e1', conversationExternalId: 'mail', customer: { channel: 'email', handle: 'anna@example.de', name: 'Anna', email: 'anna@example.de' }, sentAt: 2000 }),
  ]);
});

const idOf = (externalId: string) => (db.prepare('SELECT id FROM conversations WHERE external_id = ?').get(externalId) as { id: number }).id;

describe('conversation detail', () => {
  it('gathers the thread, the customer on both channels, the order with items and shipment, and the other conversation', () => {
    const detail = services().reader.detail(idOf('amz'));
    expect(detail.messages.map((m) => m.bodyText)).toEqual(['Hallo, wo ist meine Bestellung?', 'Noch keine Antwort?']);
    expect(detail.conversation).toMatchObject({ channel: 'amazon', marketplace: 'amazon.de', orderExternalId: '302-1234567-7654321', unread: true, messageCount: 2 });
    expect(detail.customer?.identities.map((i) => i.channel).sort()).toEqual(['amazon', 'email']);
    expect(detail.orders[0]).toMatchObject({
      externalId: '302-1234567-7654321',
      totalMinor: 2598,
      items: [{ title: 'Handyhülle', quantity: 2 }],
      shipments: [{ carrier: 'DHL', trackingNumber: '00340434161234567890', status: 'in_transit' }],
    });
    expect(detail.otherConversations.map((c) => c.id)).toEqual([idOf('mail')]);
  });

  it('answers an unknown conversation with not_found', () => {
    expect(() => services().reader.detail(999)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('inbox', () => {
  it('lists views newest first with totals, and moves closed conversations out of "open"', () => {
    const { inbox, self } = services();
    expect(inbox.list('open', 0, 10).items.map((c) => c.id)).toEqual([idOf('amz'), idOf('mail')]);
    inbox.setStatus(idOf('mail'), 'closed', self());
    expect(inbox.list('open', 0, 10)).toMatchObject({ total: 1, items: [{ id: idOf('amz') }] });
    expect(inbox.list('closed', 0, 10)).toMatchObject({ total: 1, items: [{ id: idOf('mail'), status: 'closed' }] });
    expect(inbox.list('all', 1, 1)).toMatchObject({ total: 2, offset: 1, items: [{ id: idOf('mail') }] });
    expect(inbox.list('mine', 0, 10).total).toBe(0);
    db.prepare('UPDATE conversations SET assignee_id = ? WHERE id = ?').run(self(), idOf('amz'));
    expect(inbox.list('mine', 0, 10).items.map((c) => c.id)).toEqual([idOf('amz')]);
    expect(inbox.list('unassigned', 0, 10).total).toBe(0);
  });

  it('logs every status change with who made it', () => {
    const { inbox, self } = services();
    inbox.setStatus(idOf('amz'), 'closed', self());
    inbox.setStatus(idOf('amz'), 'closed', self()); // no change, no event
    expect(db.prepare("SELECT actor_kind, actor_id, action, data_json FROM events WHERE subject_kind = 'conversation'").all()).toEqual([
      { actor_kind: 'agent', actor_id: self(), action: 'conversation.status', data_json: '{"from":"open","to":"closed"}' },
    ]);
  });

  it('marks read', () => {
    const { inbox } = services();
    expect(inbox.markRead(idOf('amz')).unread).toBe(false);
  });
});

describe('outbox', () => {
  it('commits a reply to the outbox and the thread in one step, with an idempotency key', () => {
    const { outbox, self, reader, workspace } = services();
    clock += 60_000;
    const queued = outbox.queueReply({ conversationId: idOf('amz'), body: 'Ihre Sendung ist unterwegs: 00340434161234567890', agentId: self() });
    expect(queued.message).toMatchObject({ direction: 'outbound', status: 'queued', authorName: workspace.selfAgent().name, sentAt: clock });
    expect(queued.outboxItem).toMatchObject({ status: 'queued', attempts: 0, customerName: 'Anna Schmidt', channel: 'amazon' });
    expect(queued.conversation).toMatchObject({ messageCount: 3, unread: false, preview: 'Ihre Sendung ist unterwegs: 00340434161234567890' });
    expect(reader.detail(idOf('amz')).messages.at(-1)?.id).toBe(queued.message.id);
    const key = (db.prepare('SELECT idempotency_key FROM outbox').get() as { idempotency_key: string }).idempotency_key;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(outbox.list().map((i) => i.id)).toEqual([queued.outboxItem.id]);
    expect(db.prepare("SELECT action FROM events WHERE action = 'reply.queued'").all()).toHaveLength(1);
  });

  it('counts the use of a canned reply', () => {
    const { outbox, self } = services();
    db.prepare("INSERT INTO canned_replies (id, name, language, body, created_at, updated_at) VALUES (5, 'Tracking', 'de', 'x', 0, 0)").run();
    outbox.queueReply({ conversationId: idOf('amz'), body: 'x', cannedReplyId: 5, agentId: self() });
    expect(db.prepare('SELECT usage_count FROM canned_replies WHERE id = 5').get()).toEqual({ usage_count: 1 });
  });

  it('refuses a reply to a conversation that does not exist, and stores nothing', () => {
    const { outbox, self } = services();
    expect(() => outbox.queueReply({ conversationId: 404, body: 'x', agentId: self() })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(outbox.list()).toEqual([]);
  });
});

describe('workspace', () => {
  it('keeps the UI language the user chose', () => {
    const { workspace } = services();
    expect(workspace.settings()).toEqual({ locale: 'en' });
    expect(workspace.setLocale('zh-CN')).toEqual({ locale: 'zh-CN' });
    expect(createWorkspaceService(db, { dataDir: '/data', defaultLocale: 'en' }).settings()).toEqual({ locale: 'zh-CN' });
  });

  it('reports accounts, counts and sync state', () => {
    const { workspace } = services();
    expect(workspace.info()).toMatchObject({ conversationCount: 2, messageCount: 3, isDemo: false, accounts: [{ id: 1 }, { id: 2 }] });
    expect(workspace.syncStatus().map((s) => s.state)).toEqual(['idle', 'idle']);
  });
});
