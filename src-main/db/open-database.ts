// Opens (or creates) the console's SQLite cache: WAL, foreign keys, then migrations to the latest
// schema. A database written by a newer app version is refused before anything touches it.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { migrate } from './migrations';

export type { Db };

export interface OpenDatabaseOptions {
  /** Path of an Electron-ABI build of better-sqlite3 (set only by the Electron host). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    configureConnection(db, file === ':memory:');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function configureConnection(db: Db, inMemory = false): void {
  if (!inMemory) db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
}
