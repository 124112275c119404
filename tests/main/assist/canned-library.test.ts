import { beforeEach, describe, expect, it } from 'vitest';
import { createCannedLibrary, type CannedLibrary } from '../../../src-main/assist/canned/canned-library';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { cannedExportSchema } from '../../../src-shared/api/schemas-assist';

const DAY = 86_400_000;
let db: Db;
let clock: number;
let lib: CannedLibrary;

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = Date.UTC(2026, 0, 1);
  lib = createCannedLibrary(db, () => clock);
});

const reply = (name: string, language: string, body = `Body of ${name}`) => ({ name, shortcut: name.toLowerCase().replace(/\W+/g, '-'), folder: 'General', language, body, intents: [] });

describe('canned-reply library', () => {
  it('keeps language variants of one reply and refuses a duplicate variant', () => {
    lib.save(reply('Refund', 'en'));
    lib.save(reply('Refund', 'de', 'Erstattung'));
    expect(lib.list().map((r) => r.language)).toEqual(['de', 'en']);
    expect(() => lib.save(reply('Refund', 'de'))).toThrow(/already has a "de" version/);
  });

  it('lists replies not used in 90 days, never-used old ones included, recently used or new ones not', () => {
    const old = lib.save(reply('Old', 'en'));
    const used = lib.save(reply('Used', 'en'));
    clock += 200 * DAY;
    lib.save(reply('New', 'en'));
    db.prepare('UPDATE canned_replies SET usage_count = 4, last_used_at = ? WHERE id = ?').run(clock - 10 * DAY, used.id);
    expect(lib.review(90).stale.map((r) => r.id)).toEqual([old.id]);
    db.prepare('UPDATE canned_replies SET last_used_at = ? WHERE id = ?').run(clock - 100 * DAY, used.id);
    expect(lib.review(90).stale.map((r) => r.name)).toEqual(['Old', 'Used']);
  });

  it('exports a file that validates and imports into another workspace, updating by name and language', () => {
    lib.save({ ...reply('Tracking', 'de', 'Sendung {{order.trackingNumber}}, Betrag {{prompt:Betrag}}'), intents: ['where_is_my_order'] });
    lib.save(reply('Tracking', 'en'));
    const file = cannedExportSchema.parse(JSON.parse(JSON.stringify(lib.exportFile())));

    const other = createCannedLibrary(openDatabase(':memory:'), () => clock);
    other.save(reply('Tracking', 'en', 'old text'));
    expect(other.importFile(file)).toEqual({ created: 1, updated: 1 });
    const imported = other.list();
    expect(imported.map((r) => [r.language, r.body, r.intents])).toEqual([
      ['de', 'Sendung {{order.trackingNumber}}, Betrag {{prompt:Betrag}}', ['where_is_my_order']],
      ['en', 'Body of Tracking', []],
    ]);
  });

  it('rejects a file of another format before touching anything', () => {
    expect(cannedExportSchema.safeParse({ format: 'something-else', version: 1, replies: [] }).success).toBe(false);
    expect(cannedExportSchema.safeParse({ format: 'agent-console/canned-replies', version: 1, replies: [{ name: '', language: 'de', body: 'x' }] }).success).toBe(false);
  });
});
