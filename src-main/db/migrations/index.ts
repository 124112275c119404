// Numbered migrations tracked by PRAGMA user_version. All pending ones run in a single transaction:
// either the database reaches the latest version or it is left exactly as it was.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { migration001 } from './001-accounts-customers-orders';
import { migration002 } from './002-conversations-messages';
import { migration003 } from './003-message-search';
import { migration004 } from './004-canned-replies-settings';
import { migration005 } from './005-sync-engine-outbox-delivery';
import { migration006 } from './006-triage';
import { migration007 } from './007-inbox-keyboard';
import { migration008 } from './008-agent-assist';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data folder was written by a newer version of Agent Console (database schema ${found}; ` +
        `this version understands up to ${supported}). Update the app, or start it with --data-dir pointing to another folder.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class MigrationError extends Error {
  constructor(
    readonly migration: Migration,
    cause: unknown,
  ) {
    super(`Database migration ${migration.version} (${migration.name}) failed: ${(cause as Error)?.message ?? cause}. Nothing was changed.`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to `target` (default: latest). Throws, never half-migrates. */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const migration of pending) {
      try {
        migration.up(db);
      } catch (error) {
        throw new MigrationError(migration, error);
      }
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  run();
  return schemaVersion(db);
}
