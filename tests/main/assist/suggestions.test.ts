import { beforeEach, describe, expect, it } from 'vitest';
import { createCannedLibrary, type CannedLibrary } from '../../../src-main/assist/canned/canned-library';
import { DEMO_CANNED_INTENTS } from '../../../src-main/assist/demo-seed';
import { createKnowledgeBase } from '../../../src-main/assist/knowledge/knowledge-base';
import { seedDemoArticles } from '../../../src-main/assist/knowledge/seed-articles';
import { templatise } from '../../../src-main/assist/suggestions/past-resolutions';
import { createSuggestionEngine, type SuggestionEngine } from '../../../src-main/assist/suggestions/suggestion-engine';
import { tokenize } from '../../../src-main/assist/suggestions/tokenize';
import { DEMO_CANNED_REPLIES } from '../../../src-main/demo/canned-replies';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline, type IngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { addAccount, message, order } from '../helpers/fixtures';

let db: Db;
let canned: CannedLibrary;
let engine: SuggestionEngine;
let ingest: IngestPipeline;
let clock = 1_000;

beforeEach(() => {
  db = openDatabase(':memory:');
  addAccount(db, 1);
  ingest = createIngestPipeline(db, () => clock);
  canned = createCannedLibrary(db, () => clock);
  for (const r of DEMO_CANNED_REPLIES) {
    for (const [language, body] of Object.entries(r.bodies)) {
      canned.save({ name: r.name, shortcut: r.shortcut, folder: r.folder, language, body, intents: DEMO_CANNED_INTENTS[r.name] ?? [] });
    }
  }
  const kb = createKnowledgeBase(db, () => clock);
  seedDemoArticles(kb);
  engine = createSuggestionEngine(db, canned, kb, { now: () => clock, refreshMs: 0 });
});

let n = 0;
/** A conversation with one buyer message; optionally answered and closed. Returns its id. */
function conversation(body: string, opts: { language?: string; reply?: string; orderId?: string; tracking?: string; name?: string } = {}): number {
  const key = `conv-${++n}`;
  const handle = `${key}@marketplace.amazon.de`;
  const customer = { channel: 'amazon' as const, handle, name: opts.name ?? 'Anna Schmidt' };
  if (opts.orderId) {
    ingest.ingestOrders([order({ externalId: opts.orderId, customer, shipments: [{ carrier: 'DHL', trackingNumber: opts.tracking ?? null, status: 'in_transit', shippedAt: 1 }] })]);
  }
  const base = { conversationExternalId: key, customer, language: opts.language ?? 'de', orderExternalId: opts.orderId ?? null, subject: '' };
  ingest.ingestMessages([message({ ...base, externalId: `${key}-0`, bodyText: body })]);
  const id = (db.prepare('SELECT id FROM conversations WHERE external_id = ?').get(key) as { id: number }).id;
  if (opts.reply) {
    ingest.ingestMessages([message({ ...base, externalId: `${key}-1`, bodyText: opts.reply, direction: 'outbound', authorKind: 'agent', authorName: 'Li Wei', sentAt: 1_800_000_000_000 })]);
    clock += 1;
    db.prepare("UPDATE conversations SET status = 'closed', updated_at = ? WHERE id = ?").run(clock, id);
  }
  return id;
}

describe('tokens for similarity', () => {
  it('folds Latin words, drops function words and numbers, splits CJK into bigrams', () => {
    expect(tokenize('Wo ist meine Bestellung 302-1234567-7654321? Rückerstattung!')).toEqual(['wo', 'bestellung', 'ruckerstattung']);
    expect(tokenize('我想申请退款')).toEqual(['我想', '想申', '申请', '请退', '退款']);
  });
});

describe('ranking', () => {
  it('puts the canned reply of the given intent first, in the buyer’s language', () => {
    const id = conversation('Unverschämt. Ich will mein Geld für Bestellung 302-1111111-2222222 zurück, und zwar sofort!');
    const list = engine.suggest(id, 'refund', 5);
    expect(list.items[0]).toMatchObject({ kind: 'canned', title: 'Refund issued', language: 'de', reasons: expect.arrayContaining(['intent']) });
    expect(list.items.every((s) => s.language === 'de')).toBe(true);
  });

  it('counts a canned reply’s uses made by sending, without a library change', () => {
    const id = conversation('Bitte stornieren Sie meine Bestellung.');
    const score = () => engine.suggest(id, 'cancel', 8).items.find((s) => s.title === 'Cancellation confirmed')!.score;
    const before = score();
    const reply = canned.list().find((r) => r.name === 'Cancellation confirmed' && r.language === 'de')!;
    db.prepare('UPDATE canned_replies SET usage_count = 50 WHERE id = ?').run(reply.id);
    expect(score()).toBeGreaterThan(before);
  });

  it('ranks by text similarity when no intent is known', () => {
    const id = conversation('Können Sie mir bitte eine Rechnung mit ausgewiesener MwSt. schicken?');
    const top = engine.suggest(id, null, 3).items.map((s) => s.title);
    expect(top[0]).toMatch(/Invoice|Rechnungen/);
    expect(top).toEqual(expect.arrayContaining(['Invoice']));
  });

  it('suggests articles of the intent in the buyer’s language, and English ones where the language has none', () => {
    const de = conversation('Wie lange dauert der Versand nach Österreich?');
    expect(engine.suggest(de, 'delivery_time', 8).items.filter((s) => s.kind === 'article').map((s) => s.title)).toContain('Lieferzeiten nach Region');
    const pt = conversation('Quanto tempo demora a entrega?', { language: 'pt' });
    const items = engine.suggest(pt, 'delivery_time', 8).items;
    expect(items.find((s) => s.kind === 'article')?.language).toBe('en');
    expect(items.find((s) => s.kind === 'canned')?.language).toBe('en');
  });

  it('offers the reply that closed the most similar past conversations, as a template for this one', () => {
    const reply = (first: string, orderId: string, tracking: string) =>
      `Hallo ${first}, es tut uns leid, dass Ihr Mixer defekt ist. Wir schicken heute kostenlos einen neuen Mixer für Bestellung ${orderId}, Sendungsnummer ${tracking}. Viele Grüße, Li Wei`;
    const people = [['Jonas Weber', '302-0000001-0000001', '00340000000000000001'], ['Lea Braun', '302-0000002-0000002', '00340000000000000002'], ['Tim Wolf', '302-0000003-0000003', '00340000000000000003']] as const;
    for (const [name, orderId, tracking] of people) {
      conversation(`Der Mixer ist defekt, der Motor brummt nur. Bestellung ${orderId}`, { name, orderId, tracking, reply: reply(name.split(' ')[0]!, orderId, tracking) });
    }
    conversation('Ich möchte eine Rechnung für meine Firma', { reply: 'Hallo, die Rechnung ist im Konto. Li Wei' });
    conversation('Le mixeur est défectueux, le moteur ne marche pas', { language: 'fr', reply: 'Bonjour, nous envoyons un nouveau mixeur. Li Wei' });
    const open = conversation('Mein Mixer ist defekt und der Motor läuft nicht mehr.', { orderId: '302-9999999-9999999', tracking: '0034999' });
    const past = engine.suggest(open, null, 8).items.filter((s) => s.kind === 'past_reply');
    expect(past[0]).toMatchObject({ resolvedCount: 3, language: 'de' });
    expect(past[0]!.body).toBe(
      'Hallo {{customer.firstName}}, es tut uns leid, dass Ihr Mixer defekt ist. Wir schicken heute kostenlos einen neuen Mixer für Bestellung {{order.id}}, Sendungsnummer {{order.trackingNumber}}. Viele Grüße, {{agent.name}}',
    );
    expect(past.some((s) => s.body.includes('mixeur'))).toBe(false);
  });

  it('learns from conversations closed after the first build, and never suggests a conversation to itself', () => {
    const first = conversation('Das Ladegerät wird sehr heiß beim Laden', { reply: 'Bitte benutzen Sie das Ladegerät nicht mehr, wir senden Ersatz. Li Wei' });
    expect(engine.suggest(first, null, 8).items.filter((s) => s.kind === 'past_reply')).toEqual([]);
    const open = conversation('Mein Ladegerät wird heiß');
    expect(engine.suggest(open, null, 8).items.find((s) => s.kind === 'past_reply')?.body).toContain('Ladegerät nicht mehr');
  });

  it('indexes the closed history in pages in the background, the same as at once, and stops when the database closes', async () => {
    for (let i = 0; i < 5; i++) conversation(`Die Lampe flackert seit Tag ${i}`, { reply: `Bitte tauschen Sie das Netzteil ${i}. Li Wei` });
    const paged = createSuggestionEngine(db, canned, createKnowledgeBase(db, () => clock), { now: () => clock, pageSize: 2 });
    const open = conversation('Meine Lampe flackert');
    const warming = paged.warmInBackground(() => db.open);
    // Asked while the load is under way, it answers from what is indexed so far (nothing yet here).
    expect(paged.suggest(open, null, 8).items.filter((s) => s.kind === 'past_reply')).toEqual([]);
    expect(await warming).toBe(5);
    expect(paged.warm()).toBe(5);
    expect(paged.suggest(open, null, 8).items.some((s) => s.kind === 'past_reply' && s.body.includes('Netzteil'))).toBe(true);
    expect(createSuggestionEngine(db, canned, createKnowledgeBase(db, () => clock), { now: () => clock }).warm()).toBe(5);
    const closing = createSuggestionEngine(db, canned, createKnowledgeBase(db, () => clock), { now: () => clock, pageSize: 2 });
    const pending = closing.warmInBackground(() => db.open);
    db.close();
    expect(await pending).toBe(0);
  });

  it('turns a past reply’s names and numbers into variables, full name before first name', () => {
    expect(
      templatise('Dear Anna Schmidt, hi Anna: order 302-1 via DHL (tracking 123).', [
        ['302-1', '{{order.id}}'],
        ['123', '{{order.trackingNumber}}'],
        ['DHL', '{{order.carrier}}'],
        ['Anna Schmidt', '{{customer.name}}'],
        ['Anna', '{{customer.firstName}}'],
        [null, '{{agent.name}}'],
      ]),
    ).toBe('Dear {{customer.name}}, hi {{customer.firstName}}: order {{order.id}} via {{order.carrier}} (tracking {{order.trackingNumber}}).');
  });
});
