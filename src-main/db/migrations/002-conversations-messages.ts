import type { Migration } from './migration';

// Conversations and their messages, tags, the event log, the outbox and per-account sync state.
export const migration002: Migration = {
  version: 2,
  name: 'conversations, messages, tags, events, outbox, sync state',
  up(db) {
    db.exec(`
      CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
        order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        subject TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'snoozed', 'closed')),
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        language TEXT,
        assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
        team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        unread INTEGER NOT NULL DEFAULT 1 CHECK (unread IN (0, 1)),
        message_count INTEGER NOT NULL DEFAULT 0,
        last_message_at INTEGER NOT NULL,
        last_inbound_at INTEGER,
        preview TEXT NOT NULL DEFAULT '',
        snoozed_until INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (account_id, external_id)
      ) STRICT;
      CREATE INDEX conversations_by_status ON conversations(status, last_message_at DESC);
      CREATE INDEX conversations_by_assignee ON conversations(assignee_id, status, last_message_at DESC);
      CREATE INDEX conversations_by_customer ON conversations(customer_id, last_message_at DESC);
      CREATE INDEX conversations_by_recency ON conversations(last_message_at DESC);

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        author_kind TEXT NOT NULL CHECK (author_kind IN ('customer', 'agent', 'system', 'automation')),
        author_name TEXT NOT NULL,
        author_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
        body_text TEXT NOT NULL,
        body_html TEXT,
        language TEXT,
        sent_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'queued', 'sending', 'sent', 'failed')),
        attachments_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments_json)),
        created_at INTEGER NOT NULL,
        UNIQUE (account_id, external_id)
      ) STRICT;
      CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT
      ) STRICT;

      CREATE TABLE conversation_tags (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_tags_by_tag ON conversation_tags(tag_id);

      -- Who did what, when: every change an agent, the automation or a sync makes.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_kind TEXT NOT NULL CHECK (actor_kind IN ('agent', 'automation', 'sync', 'system')),
        actor_id INTEGER,
        action TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id INTEGER,
        data_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data_json))
      ) STRICT;
      CREATE INDEX events_by_subject ON events(subject_kind, subject_id, at);

      -- A reply is committed here before anything is sent; the idempotency key makes a resend safe.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        sent_at INTEGER
      ) STRICT;
      CREATE INDEX outbox_by_status ON outbox(status, next_attempt_at);

      CREATE TABLE sync_state (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        cursor_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cursor_json)),
        state TEXT NOT NULL DEFAULT 'idle' CHECK (state IN ('idle', 'syncing', 'error', 'offline', 'paused')),
        last_sync_at INTEGER,
        last_error TEXT
      ) STRICT;
    `);
  },
};
