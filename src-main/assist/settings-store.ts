// JSON values in the settings table under the assist's own keys.
import type { Db } from '../db/open-database';

export interface SettingsStore {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
}

export function createSettingsStore(db: Db): SettingsStore {
  const read = db.prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  return {
    get<T>(key: string) {
      const row = read.get(key);
      return row ? (JSON.parse(row.value_json) as T) : null;
    },
    set(key, value) {
      write.run(key, JSON.stringify(value));
    },
  };
}
