import type { Migration } from './migration';

// The keyboard inbox (the "SLA at risk" view sorts by triage's sla_due_at, migration 006): merge bookkeeping for conversations and customers (so a merge can be undone),
// internal notes, and saved views with their own shortcut.
export const migration007: Migration = {
  version: 7,
  name: 'merges, internal notes, saved views',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN merged_into_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL;
      ALTER TABLE customers ADD COLUMN merged_into_id INTEGER REFERENCES customers(id) ON DELETE SET NULL;
      CREATE INDEX conversations_by_snooze ON conversations(snoozed_until) WHERE status = 'snoozed';
      CREATE INDEX conversations_by_language ON conversations(language, status, last_message_at DESC);
      -- Counting views and facets reads these instead of whole rows.
      CREATE INDEX conversations_by_status_account ON conversations(status, account_id);
      CREATE INDEX conversations_by_merge ON conversations(merged_into_id);

      -- One row per merge; data_json lists exactly what moved, so undo moves back only that.
      CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('conversation', 'customer')),
        target_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        data_json TEXT NOT NULL CHECK (json_valid(data_json)),
        agent_id INTEGER,
        at INTEGER NOT NULL,
        undone_at INTEGER
      ) STRICT;

      -- Internal notes, never sent to the customer: written by agents (n) and by triage (handoff notes,
      -- notes a rule adds), one list beside the thread that follows the conversation through merges.
      CREATE TABLE conversation_notes (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'agent' CHECK (kind IN ('agent', 'handoff', 'rule')),
        author_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX conversation_notes_by_conversation ON conversation_notes(conversation_id, created_at);

      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        spec_json TEXT NOT NULL CHECK (json_valid(spec_json)),
        shortcut TEXT UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
