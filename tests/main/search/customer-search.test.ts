// Customer and order search through the trigram indexes of migration 009: the same answers as the
// LIKE '%x%' scans they replace, in Latin and CJK, alone and with operators, and kept current by
// ingest, edits, merges and deletes. Real SQLite throughout.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureConnection, openDatabase, type Db } from '../../../src-main/db/open-database';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS } from '../../../src-main/db/migrations';
import { migration009 } from '../../../src-main/db/migrations/009-customer-order-search';
import { createInboxQueryService, type InboxQueryService } from '../../../src-main/inbox/inbox-query-service';
import { createMergeService, type MergeService } from '../../../src-main/inbox/merge-service';
import { likeContains } from '../../../src-main/inbox/view-filter';
import { createIngestPipeline, type IngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { cjkPairs, customerMatchQuery, orderMatchQuery } from '../../../src-main/search/customer-search-index';
import { createEventLog } from '../../../src-main/services/event-log';
import { addAccount, message, order } from '../helpers/fixtures';

let db: Db;
let ingest: IngestPipeline;
let inbox: InboxQueryService;
let merges: MergeService;
const now = () => Date.UTC(2026, 10, 24, 10);

const conversationOf = (externalId: string) => (db.prepare('SELECT id FROM conversations WHERE external_id = ?').get(externalId) as { id: number }).id;
const customerOf = (externalId: string) => (db.prepare('SELECT customer_id AS id FROM conversations WHERE external_id = ?').get(externalId) as { id: number }).id;
const search = (q: string) =>
  inbox
    .query({ base: 'all', query: q }, 0, 100)
    .items.map((c) => c.id)
    .sort((a, b) => a - b);
const conversations = (...externalIds: string[]) => externalIds.map(conversationOf).sort((a, b) => a - b);

const BUYERS = {
  anna: { channel: 'amazon' as const, handle: 'relay-7f3k@marketplace.amazon.de', name: 'Anna Schmidt', email: 'anna.schmidt@example.de' },
  wang: { channel: 'ebay' as const, handle: 'wangwei_88', name: '王伟明' },
  tanaka: { channel: 'ebay' as const, handle: 'tanaka-jp', name: '田中 花子' },
  mueller: { channel: 'email' as const, handle: 'j.mueller@post.example.ch', name: 'Jürgen Müller' },
};

beforeEach(() => {
  db = openDatabase(':memory:');
  addAccount(db, 1);
  addAccount(db, 2, 'ebay', 'ebay.com');
  addAccount(db, 3, 'email', null);
  ingest = createIngestPipeline(db, now);
  ingest.ingestOrders([order({ customer: BUYERS.anna }), order({ accountId: 2, externalId: '12-34567-89012', marketplace: 'ebay.com', customer: BUYERS.wang })]);
  // Message bodies say nothing about who wrote them: every hit below comes from the customer or order indexes.
  ingest.ingestMessages([
    message({ externalId: 'a1', conversationExternalId: 'anna', orderExternalId: '302-1234567-7654321', customer: BUYERS.anna, bodyText: 'Wo bleibt das Paket?' }),
    message({ accountId: 2, externalId: 'w1', conversationExternalId: 'wang', orderExternalId: '12-34567-89012', language: 'zh', customer: BUYERS.wang, bodyText: '包裹在哪里' }),
    message({ accountId: 2, externalId: 't1', conversationExternalId: 'tanaka', language: 'ja', customer: BUYERS.tanaka, bodyText: '荷物はどこですか' }),
    message({ accountId: 3, externalId: 'm1', conversationExternalId: 'mueller', language: 'de', customer: BUYERS.mueller, bodyText: 'Paket fehlt' }),
  ]);
  const events = createEventLog(db, now);
  inbox = createInboxQueryService(db, { selfAgentId: () => 1, now, events });
  merges = createMergeService(db, { now, events });
});

describe('search forms', () => {
  it('pads CJK pairs and single characters to one trigram each; other text needs three characters', () => {
    expect(cjkPairs('王伟 Anna')).toBe('王\uE000\uE000 王伟\uE000 伟\uE000\uE000');
    expect(cjkPairs('Anna Schmidt')).toBe('');
    expect(customerMatchQuery('伟')).toBe('pairs : "伟\uE000\uE000"');
    expect(customerMatchQuery('王伟')).toBe('pairs : "王伟\uE000"');
    expect(customerMatchQuery('王伟明')).toBe('fields : "王伟明"');
    expect(customerMatchQuery('say "hi"')).toBe('fields : "say ""hi"""');
    expect(customerMatchQuery('an')).toBeNull();
    expect(customerMatchQuery('王a')).toBeNull();
    expect(orderMatchQuery('302')).toBe('"302"');
    expect(orderMatchQuery('30')).toBeNull();
  });
});

describe('customer and order search', () => {
  it('finds a customer by part of a name, Latin (any case, mid-word) and CJK (one, two or three characters)', () => {
    expect(search('chmid')).toEqual(conversations('anna'));
    expect(search('ANNA SCH')).toEqual(conversations('anna'));
    expect(search('Müller')).toEqual(conversations('mueller'));
    expect(search('伟')).toEqual(conversations('wang'));
    expect(search('王伟')).toEqual(conversations('wang'));
    expect(search('伟明')).toEqual(conversations('wang'));
    expect(search('王伟明')).toEqual(conversations('wang'));
    expect(search('花子')).toEqual(conversations('tanaka'));
    // Adjacent only within a run: 中 and 花 are separated by a space.
    expect(search('中花')).toEqual([]);
    expect(search('明王')).toEqual([]);
  });

  it('finds a customer by email, handle or display name, and short text still by LIKE', () => {
    expect(search('example.de')).toEqual(conversations('anna'));
    expect(search('anna.schmidt@')).toEqual(conversations('anna'));
    expect(search('wangwei')).toEqual(conversations('wang'));
    expect(search('tanaka-j')).toEqual(conversations('tanaka'));
    expect(search('post.example.ch')).toEqual(conversations('mueller'));
    expect(search('mü')).toEqual(conversations('mueller'));
    // A % in the text is literal, not a wildcard.
    expect(search('an%a')).toEqual([]);
  });

  it('finds orders by part of their id, in text and with order:', () => {
    expect(search('1234567')).toEqual(conversations('anna'));
    expect(search('4567-76')).toEqual(conversations('anna'));
    expect(search('34567')).toEqual(conversations('anna', 'wang'));
    expect(search('order:89012')).toEqual(conversations('wang'));
    expect(search('order:302-1234567-7654321')).toEqual(conversations('anna'));
    expect(search('order:12')).toEqual(conversations('anna', 'wang'));
    expect(search('order:999')).toEqual([]);
  });

  it('combines customer and order text with operators', () => {
    expect(search('34567 channel:ebay')).toEqual(conversations('wang'));
    expect(search('34567 lang:de')).toEqual(conversations('anna'));
    expect(search('example channel:email')).toEqual(conversations('mueller'));
    expect(search('from:schmidt channel:amazon lang:de')).toEqual(conversations('anna'));
    expect(search('from:schmidt channel:ebay')).toEqual([]);
    expect(search('from:王伟 lang:zh')).toEqual(conversations('wang'));
    expect(search('from:伟 channel:ebay is:unassigned')).toEqual(conversations('wang'));
    expect(search('from:example.ch order:1234567')).toEqual([]);
    expect(search('from:anna order:1234567 is:unassigned')).toEqual(conversations('anna'));
    expect(search('from:an channel:amazon')).toEqual(conversations('anna'));
  });

  it('pages and counts a from: view in view order (candidates taken from the customer index)', () => {
    ingest.ingestMessages(
      [1, 2, 3, 4, 5].map((n) => message({ externalId: `a-more-${n}`, conversationExternalId: `anna-${n}`, customer: BUYERS.anna, sentAt: now() - n * 60_000 })),
    );
    const all = inbox.query({ base: 'all', query: 'from:schmidt' }, 0, 100);
    const expected = ['anna-1', 'anna-2', 'anna-3', 'anna-4', 'anna-5', 'anna'].map(conversationOf);
    expect(all.items.map((c) => c.id)).toEqual(expected);
    const page = inbox.query({ base: 'all', query: 'from:schmidt' }, 2, 2);
    expect(page.total).toBe(6);
    expect(page.items.map((c) => c.id)).toEqual(expected.slice(2, 4));
    db.prepare("UPDATE conversations SET status = 'closed' WHERE id IN (?, ?)").run(expected[0], expected[5]);
    const saved = [{ id: 1, name: 'Anna', spec: { base: 'open' as const, query: 'from:schmidt' }, shortcut: null }];
    expect(inbox.counts(saved).saved[1]).toBe(4);
    expect(inbox.query({ base: 'closed', query: 'from:schmidt order:1234567' }, 0, 10).items.map((c) => c.id)).toEqual([expected[5]]);
  });

  it('customers.search of the merge dialog uses the same index', () => {
    expect(merges.searchCustomers('chmidt', 10).map((c) => c.id)).toEqual([customerOf('anna')]);
    expect(merges.searchCustomers('王伟', 10).map((c) => c.id)).toEqual([customerOf('wang')]);
    expect(merges.searchCustomers('wangwei', 10).map((c) => c.id)).toEqual([customerOf('wang')]);
  });
});

describe('keeping the customer index current', () => {
  it('follows renames, new identities, merges (and their undo) and deletes', () => {
    db.prepare('UPDATE customers SET name = ? WHERE id = ?').run('Anna Schmidt-Weber', customerOf('anna'));
    expect(search('weber')).toEqual(conversations('anna'));

    // A new identity of a known customer, by ingest.
    ingest.ingestMessages([message({ accountId: 3, externalId: 'a2', conversationExternalId: 'anna-mail', customer: { channel: 'email', handle: 'anna.s@web.example', name: 'Anna S.', email: 'anna.schmidt@example.de' } })]);
    expect(search('web.example')).toEqual(conversations('anna', 'anna-mail'));

    // Merging Müller into Anna moves his identity (and conversation); undo moves it back.
    const { mergeId } = merges.mergeCustomers(customerOf('anna'), customerOf('mueller'), 1);
    expect(merges.searchCustomers('post.example.ch', 10).map((c) => c.id)).toEqual([customerOf('anna')]);
    merges.undo(mergeId, 1);
    expect(merges.searchCustomers('post.example.ch', 10).map((c) => c.id)).toEqual([customerOf('mueller')]);

    const tanaka = customerOf('tanaka');
    db.prepare('UPDATE conversations SET customer_id = NULL WHERE customer_id = ?').run(tanaka);
    db.prepare('DELETE FROM customers WHERE id = ?').run(tanaka);
    expect(search('花子')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM customer_search WHERE customer_search MATCH ?').get(customerMatchQuery('花子'))).toEqual({ n: 0 });
  });

  it('keeps order ids current when an order is re-synced or deleted', () => {
    ingest.ingestOrders([order({ customer: BUYERS.anna })]); // the same order again: still found once
    expect(search('7654321')).toEqual(conversations('anna'));
    db.prepare('UPDATE orders SET external_id = ? WHERE external_id = ?').run('302-0000000-1111111', '302-1234567-7654321');
    expect(search('order:7654321')).toEqual([]);
    expect(search('order:0000000')).toEqual(conversations('anna'));
    db.prepare('UPDATE conversations SET order_id = NULL').run();
    db.prepare("DELETE FROM orders WHERE external_id = '302-0000000-1111111'").run();
    expect(db.prepare(`SELECT count(*) AS n FROM order_search WHERE order_search MATCH '"0000000"'`).get()).toEqual({ n: 0 });
  });

  it('answers exactly as the LIKE scan did, for every substring of every customer field', () => {
    const fields = db
      .prepare<[], { text: string }>(
        `SELECT name AS text FROM customers UNION SELECT email FROM customers WHERE email IS NOT NULL
         UNION SELECT handle FROM customer_identities UNION SELECT display_name FROM customer_identities WHERE display_name IS NOT NULL`,
      )
      .all()
      .map((r) => r.text);
    const likeScan = db.prepare<{ like: string }, { id: number }>(
      `SELECT id FROM customers WHERE name LIKE @like ESCAPE '\\' OR email LIKE @like ESCAPE '\\'
       UNION SELECT customer_id FROM customer_identities WHERE handle LIKE @like ESCAPE '\\' OR display_name LIKE @like ESCAPE '\\' ORDER BY 1`,
    );
    const indexed = db.prepare<{ match: string }, { id: number }>('SELECT rowid AS id FROM customer_search WHERE customer_search MATCH @match ORDER BY 1');
    let compared = 0;
    for (const text of fields) {
      const chars = Array.from(text);
      for (let start = 0; start < chars.length; start++) {
        for (let end = start + 1; end <= Math.min(chars.length, start + 6); end++) {
          const part = chars.slice(start, end).join('');
          const match = customerMatchQuery(part);
          if (!match) continue; // short Latin text: still answered by LIKE itself
          expect(indexed.all({ match }), part).toEqual(likeScan.all({ like: likeContains(part) }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('migration 009', () => {
  it('indexes the customers and orders of an existing workspace when it upgrades', () => {
    const old = new Database(':memory:');
    configureConnection(old, true);
    migrate(old, migration009.version - 1);
    addAccount(old, 1);
    insertRowsOfSchema8(old);
    expect(migrate(old)).toBe(LATEST_SCHEMA_VERSION);
    expect(MIGRATIONS).toContain(migration009);
    expect(old.prepare('SELECT count(*) AS n FROM customer_search_queue').get()).toEqual({ n: 0 });
    const ids = (sql: string, match: string) => (old.prepare(sql).all(match) as { id: number }[]).map((r) => r.id);
    expect(ids('SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ?', customerMatchQuery('伟')!)).toEqual([2]);
    expect(ids('SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ?', customerMatchQuery('chmidt')!)).toEqual([1]);
    expect(ids('SELECT rowid AS id FROM order_search WHERE order_search MATCH ?', orderMatchQuery('4567-7')!)).toEqual([1]);
    old.close();
  });
});

/** Customers, an identity and an order, written as before migration 009 (today's ingest pipeline expects it). */
function insertRowsOfSchema8(old: Db) {
  old.exec(`
    INSERT INTO customers (id, name, email, created_at) VALUES (1, 'Anna Schmidt', 'anna@example.de', 0), (2, '王伟', NULL, 0);
    INSERT INTO customer_identities (customer_id, channel, handle, display_name) VALUES (2, 'ebay', 'wang88', '王伟');
    INSERT INTO orders (id, account_id, external_id, customer_id, placed_at, status, currency, total_minor, updated_at)
      VALUES (1, 1, '302-1234567-7654321', 1, 0, 'shipped', 'EUR', 100, 0);
  `);
}
