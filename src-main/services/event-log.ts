// The audit trail: who changed what, when. Written in the same transaction as the change itself.
import type { Db } from '../db/open-database';

export interface EventRecord {
  actorKind: 'agent' | 'automation' | 'sync' | 'system';
  actorId?: number | null;
  action: string;
  subjectKind: string;
  subjectId?: number | null;
  data?: Record<string, unknown>;
}

export interface EventLog {
  record(event: EventRecord): void;
}

export function createEventLog(db: Db, now: () => number): EventLog {
  const insert = db.prepare(
    'INSERT INTO events (at, actor_kind, actor_id, action, subject_kind, subject_id, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    record(e) {
      insert.run(now(), e.actorKind, e.actorId ?? null, e.action, e.subjectKind, e.subjectId ?? null, JSON.stringify(e.data ?? {}));
    },
  };
}
