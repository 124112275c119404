import type { Migration } from './migration';

// What the sync engine and outbox delivery keep between runs: the keychain entry that holds an
// account's secrets (the secrets themselves never enter SQLite), consecutive sync failures (for
// backoff after a restart), the platform's id of a delivered reply, and the raw source of messages
// that could not be parsed (kept so nothing a buyer sent is ever lost).
export const migration005: Migration = {
  version: 5,
  name: 'sync engine, outbox delivery, unparsable messages',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN secret_ref TEXT;
      ALTER TABLE sync_state ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE outbox ADD COLUMN external_id TEXT;
      ALTER TABLE outbox ADD COLUMN failure_code TEXT;

      CREATE TABLE message_raw_sources (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL
      ) STRICT;
    `);
  },
};
