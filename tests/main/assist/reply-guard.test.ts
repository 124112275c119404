// The platform-rule check enforced by the core when a reply is queued, whatever the renderer did.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../src-main/core/start-core';
import type { Core } from '../../../src-main/core/core-types';

let dir: string;
let core: Core;
let ids: { amazonDe: number; ebayPresale: number; shopify: number };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-guard-'));
  core = startCore({ dataDir: dir, demoConversations: 300, now: () => Date.UTC(2026, 10, 24, 9) });
  const ro = new Database(path.join(dir, 'console.sqlite3'), { readonly: true });
  const pick = (sql: string) => (ro.prepare(sql).get() as { id: number }).id;
  ids = {
    amazonDe: pick("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE a.channel = 'amazon' AND c.language = 'de' AND c.order_id IS NOT NULL LIMIT 1"),
    ebayPresale: pick("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE a.channel = 'ebay' AND c.order_id IS NULL LIMIT 1"),
    shopify: pick("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE a.channel IN ('shopify', 'email') LIMIT 1"),
  };
  ro.close();
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function events(action: string) {
  const ro = new Database(path.join(dir, 'console.sqlite3'), { readonly: true });
  const rows = ro.prepare('SELECT subject_id, data_json FROM events WHERE action = ? ORDER BY id').all(action) as { subject_id: number; data_json: string }[];
  ro.close();
  return rows.map((r) => ({ subjectId: r.subject_id, data: JSON.parse(r.data_json) as Record<string, unknown> }));
}
const outboxSize = async () => {
  const r = await core.handle('outbox.list', {});
  return r.ok ? (r.value as unknown[]).length : -1;
};

const LINKED = 'Hallo, die Anleitung finden Sie unter https://mein-shop-beispiel.de/anleitung. Viele Grüße';

describe('reply.queue enforces platform rules', () => {
  it('refuses an Amazon reply with an outside link, naming the rule and the text, and queues nothing', async () => {
    const before = await outboxSize();
    const r = await core.handle('reply.queue', { conversationId: ids.amazonDe, body: LINKED });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) {
      expect(r.error.message).toContain('amazon.external_link');
      expect(r.error.message).toContain('https://mein-shop-beispiel.de/anleitung');
    }
    expect(await outboxSize()).toBe(before);
  });

  it('queues the fixed draft', async () => {
    const r = await core.handle('reply.queue', { conversationId: ids.amazonDe, body: 'Hallo, die Anleitung liegt dem Paket bei. Viele Grüße' });
    expect(r.ok).toBe(true);
  });

  it('accepts an override only when it names every broken rule, and logs it with the reason and the text', async () => {
    const body = `${LINKED} Rufen Sie uns an: 030 12345678`;
    const partial = await core.handle('reply.queue', { conversationId: ids.amazonDe, body, override: { rules: ['amazon.external_link'], reason: 'Buyer asked for the manual' } });
    expect(partial).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!partial.ok) expect(partial.error.message).toContain('amazon.phone_number');

    const full = await core.handle('reply.queue', {
      conversationId: ids.amazonDe,
      body,
      override: { rules: ['amazon.external_link', 'amazon.phone_number'], reason: 'Buyer asked for the manual' },
    });
    expect(full.ok).toBe(true);
    const logged = events('reply.rules_overridden');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      subjectId: ids.amazonDe,
      data: { rules: ['amazon.external_link', 'amazon.phone_number'], reason: 'Buyer asked for the manual' },
    });
    expect(JSON.stringify(logged[0]!.data.excerpts)).toContain('030 12345678');
    if (full.ok) expect((logged[0]!.data as { messageId: number }).messageId).toBe((full.value as { message: { id: number } }).message.id);
  });

  it('rejects an override without a reason or with an unknown rule as an invalid request', async () => {
    const noReason = await core.handle('reply.queue', { conversationId: ids.amazonDe, body: LINKED, override: { rules: ['amazon.external_link'], reason: '' } });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const unknown = await core.handle('reply.queue', { conversationId: ids.amazonDe, body: LINKED, override: { rules: ['amazon.anything'], reason: 'because' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('refuses an eBay reply with contact details before a sale and an off-platform offer', async () => {
    const r = await core.handle('reply.queue', { conversationId: ids.ebayPresale, body: 'Write to sales@example.com, we can sell it outside eBay.' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toMatch(/ebay\.contact_details.*ebay\.off_platform/);
  });

  it('lets a Shopify or email reply carry a link', async () => {
    const r = await core.handle('reply.queue', { conversationId: ids.shopify, body: 'See https://myshop-example.com/returns for the form.' });
    expect(r.ok).toBe(true);
  });

  it('notes stock phrases of the brand voice in the event log without blocking the reply', async () => {
    const r = await core.handle('reply.queue', { conversationId: ids.shopify, body: 'Hi, sorry for the inconvenience. Sorry for the inconvenience!' });
    expect(r.ok).toBe(true);
    const flagged = events('reply.brand_voice_flagged');
    expect(flagged.at(-1)).toMatchObject({ subjectId: ids.shopify, data: { phrases: ['sorry for the inconvenience'] } });
  });

  it('checks a draft without queueing it: violations and brand-voice flags', async () => {
    const r = await core.handle('assist.checkDraft', { conversationId: ids.amazonDe, body: 'Sorry for the inconvenience. Mail uns: a@b-shop.de', attachments: [{ fileName: 'film.mp4', size: 11 * 1024 * 1024 }] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      const v = r.value as { violations: { rule: string }[]; brandVoice: { phrase: string }[] };
      expect(v.violations.map((x) => x.rule)).toEqual(expect.arrayContaining(['amazon.email_address', 'amazon.attachment_size']));
      expect(v.brandVoice.map((b) => b.phrase)).toEqual(['sorry for the inconvenience']);
    }
  });
});

describe('canned replies for the automation', () => {
  it('renders the buyer’s language version with the order’s data and is ready only when complete and within the rules', async () => {
    const { createAssist } = await import('../../../src-main/assist/assist-handlers');
    const { createEventLog } = await import('../../../src-main/services/event-log');
    const { createConversationReader } = await import('../../../src-main/services/conversations/conversation-detail');
    const db = new Database(path.join(dir, 'console.sqlite3'));
    try {
      const reader = createConversationReader(db);
      const assist = createAssist(db, { now: () => 1, events: createEventLog(db, () => 1), detail: reader.detail, agentName: () => 'Li Wei', emitDelta: () => {} });
      const tracked = (db.prepare(
        `SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id JOIN shipments s ON s.order_id = c.order_id
         WHERE a.channel = 'amazon' AND c.language = 'de' AND s.tracking_number IS NOT NULL LIMIT 1`,
      ).get() as { id: number }).id;
      const tracking = reader.detail(tracked).orders[0]!.shipments.find((s) => s.trackingNumber)!.trackingNumber!;
      const ok = assist.automated.prepare(tracked, 'Tracking information')!;
      expect(ok).toMatchObject({ ready: true, language: 'de', problems: [] });
      expect(ok.text).toContain(tracking);
      expect(ok.text).toContain('Li Wei');

      const presale = (db.prepare(
        "SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE a.channel = 'ebay' AND c.order_id IS NULL LIMIT 1",
      ).get() as { id: number }).id;
      const notReady = assist.automated.prepare(presale, 'Tracking information')!;
      expect(notReady.ready).toBe(false);
      expect(notReady.problems.join(' ')).toMatch(/No value for order\.trackingNumber/);
      expect(assist.automated.prepare(presale, 'No such reply')).toBeNull();
    } finally {
      db.close();
    }
  });
});
