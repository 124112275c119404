import type { Migration } from './migration';

// Canned replies ("standard replies") shared by agents and automation, and key/value settings.
export const migration004: Migration = {
  version: 4,
  name: 'canned replies, settings',
  up(db) {
    db.exec(`
      CREATE TABLE canned_replies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        shortcut TEXT,
        folder TEXT,
        language TEXT NOT NULL,
        body TEXT NOT NULL,
        usage_count INTEGER NOT NULL DEFAULT 0,
        last_used_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (name, language)
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL CHECK (json_valid(value_json))
      ) STRICT;
    `);
  },
};
