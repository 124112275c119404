import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureConnection, openDatabase } from '../../../src-main/db/open-database';
import {
  DatabaseTooNewError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  MigrationError,
  migrate,
  schemaVersion,
} from '../../../src-main/db/migrations';
import type { Migration } from '../../../src-main/db/migrations/migration';

function memoryDb() {
  const db = new Database(':memory:');
  configureConnection(db, true);
  return db;
}

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates accounts, customers with identities, orders with items and shipments, agents and teams', () => {
    const db = memoryDb();
    expect(migrate(db, 1)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['accounts', 'customers', 'customer_identities', 'orders', 'order_items', 'shipments', 'agents', 'teams', 'team_members']),
    );
    db.prepare("INSERT INTO accounts (id, channel, name, created_at) VALUES (1, 'amazon', 'DE', 0)").run();
    db.prepare("INSERT INTO customers (id, name, created_at) VALUES (1, 'Anna', 0)").run();
    db.prepare("INSERT INTO customer_identities (customer_id, channel, handle) VALUES (1, 'amazon', 'x@marketplace.amazon.de')").run();
    db.prepare("INSERT INTO customer_identities (customer_id, channel, handle) VALUES (1, 'email', 'anna@example.de')").run();
    // STRICT tables refuse values of the wrong type; CHECK constraints refuse unknown channels.
    expect(() => db.prepare("INSERT INTO accounts (channel, name, created_at) VALUES ('myspace', 'x', 0)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO accounts (channel, name, created_at) VALUES ('ebay', 'x', 'yesterday')").run()).toThrow(/cannot store TEXT/);
    // Foreign keys are enforced.
    expect(() => db.prepare("INSERT INTO orders (account_id, external_id, placed_at, status, currency, total_minor, updated_at) VALUES (99, 'o', 0, 'shipped', 'EUR', 1, 0)").run()).toThrow(/FOREIGN KEY/);
  });

  it('002 adds conversations, messages unique per (account, external id), tags, events, outbox, sync state', () => {
    const db = memoryDb();
    migrate(db, 1);
    db.prepare("INSERT INTO accounts (id, channel, name, created_at) VALUES (1, 'ebay', 'eBay', 0)").run();
    expect(migrate(db, 2)).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['conversations', 'messages', 'tags', 'conversation_tags', 'events', 'outbox', 'sync_state']));
    db.prepare("INSERT INTO conversations (id, account_id, external_id, last_message_at, created_at, updated_at) VALUES (1, 1, 'c1', 0, 0, 0)").run();
    const insert = db.prepare(
      "INSERT INTO messages (account_id, external_id, conversation_id, direction, author_kind, author_name, body_text, sent_at, created_at) VALUES (1, 'm1', 1, 'inbound', 'customer', 'B', 'hi', 0, 0)",
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO events (at, actor_kind, action, subject_kind, data_json) VALUES (0, 'agent', 'x', 'y', 'not json')").run()).toThrow(/CHECK/);
  });

  it('003 adds a full-text index that finds Latin words and accepts deletes of single rows', () => {
    const db = memoryDb();
    migrate(db, 2);
    expect(migrate(db, 3)).toBe(3);
    db.prepare("INSERT INTO message_search (rowid, subject, body) VALUES (7, 'Rückerstattung', 'Wo ist meine Bestellung')").run();
    expect(db.prepare("SELECT rowid FROM message_search WHERE message_search MATCH 'bestellung'").all()).toEqual([{ rowid: 7 }]);
    expect(db.prepare("SELECT rowid FROM message_search WHERE message_search MATCH 'ruckerstattung'").all()).toEqual([{ rowid: 7 }]);
    db.prepare('DELETE FROM message_search WHERE rowid = 7').run();
    expect(db.prepare("SELECT rowid FROM message_search WHERE message_search MATCH 'bestellung'").all()).toEqual([]);
  });

  it('004 adds canned replies and settings', () => {
    const db = memoryDb();
    migrate(db, 3);
    expect(migrate(db, 4)).toBe(4);
    db.prepare("INSERT INTO canned_replies (name, language, body, created_at, updated_at) VALUES ('Tracking', 'de', 'Hallo {{customer.firstName}}', 0, 0)").run();
    db.prepare("INSERT INTO settings (key, value_json) VALUES ('ui.locale', '\"zh-CN\"')").run();
    expect(() => db.prepare("INSERT INTO settings (key, value_json) VALUES ('bad', '{')").run()).toThrow(/CHECK/);
  });

  /** A database at `version - 1` with one account, conversation and message, as real data would be. */
  function populatedAt(version: number) {
    const db = memoryDb();
    migrate(db, version - 1);
    db.prepare("INSERT INTO accounts (id, channel, name, created_at) VALUES (1, 'amazon', 'Amazon DE', 0)").run();
    db.prepare("INSERT INTO customers (id, name, email, created_at) VALUES (1, 'Anna Müller', 'anna@example.de', 0)").run();
    db.prepare("INSERT INTO conversations (id, account_id, external_id, customer_id, last_message_at, created_at, updated_at) VALUES (1, 1, 'c1', 1, 0, 0, 0)").run();
    db.prepare(
      "INSERT INTO messages (id, account_id, external_id, conversation_id, direction, author_kind, author_name, body_text, sent_at, created_at) VALUES (1, 1, 'm1', 1, 'inbound', 'customer', 'Anna', 'Wo ist meine Bestellung?', 0, 0)",
    ).run();
    expect(migrate(db, version)).toBe(version);
    return db;
  }

  it('005 adds what sync needs: secret references, failure counts, delivery ids and raw sources of unreadable mail', () => {
    const db = populatedAt(5);
    expect(tables(db)).toContain('message_raw_sources');
    db.prepare("UPDATE accounts SET secret_ref = 'agent-console/account-1' WHERE id = 1").run();
    expect(db.prepare('SELECT failures FROM sync_state').all()).toEqual([]);
    const columns = (db.pragma('table_info(outbox)') as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['external_id', 'failure_code']));
  });

  it('006 adds triage: insights, SLA policies with the shipped presets, rules, calendars, routing; existing conversations get defaults', () => {
    const db = populatedAt(6);
    expect(tables(db)).toEqual(expect.arrayContaining(['message_insights', 'sla_policies', 'rules', 'rule_firings', 'business_calendars', 'agent_profiles', 'intent_corrections']));
    expect(db.prepare('SELECT count(*) FROM rules').pluck().get()).toBeGreaterThanOrEqual(2);
    expect(db.prepare('SELECT count(*) FROM sla_policies').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT priority_score, sla_due_at FROM conversations WHERE id = 1').get()).toEqual({ priority_score: 0, sla_due_at: null });
    expect(() => db.prepare("UPDATE conversations SET sentiment = 'furious' WHERE id = 1").run()).toThrow(/CHECK/);
  });

  it('007 adds merges, one list of internal notes (agent and automation), saved views', () => {
    const db = populatedAt(7);
    expect(tables(db)).toEqual(expect.arrayContaining(['merges', 'conversation_notes', 'saved_views']));
    db.prepare("INSERT INTO conversation_notes (conversation_id, author_name, body, created_at) VALUES (1, 'Li', 'Called the carrier', 0)").run();
    db.prepare("INSERT INTO conversation_notes (conversation_id, kind, author_name, body, created_at) VALUES (1, 'handoff', 'Automation', 'Handed to a human', 0)").run();
    expect(db.prepare('SELECT kind FROM conversation_notes ORDER BY id').pluck().all()).toEqual(['agent', 'handoff']);
    expect(() => db.prepare("INSERT INTO conversation_notes (conversation_id, kind, author_name, body, created_at) VALUES (1, 'gossip', 'x', 'y', 0)").run()).toThrow(/CHECK/);
  });

  it('008 adds the knowledge base with its own full-text index', () => {
    const db = populatedAt(8);
    expect(tables(db)).toEqual(expect.arrayContaining(['kb_articles', 'kb_search']));
  });

  it('009 indexes existing customers and orders for search by part of a name, email or order id', () => {
    const db = populatedAt(9);
    expect(tables(db)).toEqual(expect.arrayContaining(['customer_search', 'order_search', 'customer_search_queue']));
    expect(db.prepare("SELECT rowid FROM customer_search WHERE customer_search MATCH '\"ülle\"'").pluck().all()).toEqual([1]);
  });

  it('runs all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const db = memoryDb();
    migrate(db, 1);
    const broken: Migration = { version: 3, name: 'broken', up: (d) => d.exec('CREATE TABLE nope (x INTEGER) STRICT; SELECT * FROM missing_table;') };
    const list = [MIGRATIONS[0]!, MIGRATIONS[1]!, broken];
    expect(() => migrate(db, 3, list)).toThrow(MigrationError);
    expect(() => migrate(db, 3, list)).toThrow(/migration 3 \(broken\) failed.*Nothing was changed/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('conversations');
    expect(tables(db)).not.toContain('nope');
  });

  it('refuses a database written by a newer version, with a message that says what to do', () => {
    const db = memoryDb();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db)).toThrow(/newer version of Agent Console.*Update the app/);
  });
});

describe('openDatabase', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-db-'));

  it('opens in WAL mode with foreign keys on and migrates an older file, keeping its data', () => {
    const file = path.join(tmp(), 'console.sqlite3');
    const old = new Database(file);
    migrate(old, 2);
    old.prepare("INSERT INTO accounts (id, channel, name, created_at) VALUES (1, 'email', 'Support', 0)").run();
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Support' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a newer file without changing it and closes it again', () => {
    const file = path.join(tmp(), 'console.sqlite3');
    const newer = new Database(file);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    const check = new Database(file);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 5);
    check.close();
  });
});
