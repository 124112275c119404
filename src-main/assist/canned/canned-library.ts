// The canned-reply library: per-language variants of one reply share its name; the intents a reply
// answers rank it among suggestions. Import and export as one JSON file; usage counts feed the
// "not used in 90 days" review.
import type { CannedExportFile, CannedImportResult, CannedReplyFull, CannedReview } from '../../../src-shared/api/contract-assist';
import type { Intent } from '../../../src-shared/domain/triage';
import type { Db } from '../../db/open-database';
import { ServiceError, notFound } from '../../services/errors';

interface Row {
  id: number;
  name: string;
  shortcut: string | null;
  folder: string | null;
  language: string;
  body: string;
  usage_count: number;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
  intents_json: string;
}

const toReply = (r: Row): CannedReplyFull => ({
  id: r.id,
  name: r.name,
  shortcut: r.shortcut,
  folder: r.folder,
  language: r.language,
  body: r.body,
  usageCount: r.usage_count,
  lastUsedAt: r.last_used_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  intents: JSON.parse(r.intents_json) as Intent[],
});

export interface CannedInput {
  id?: number | undefined;
  name: string;
  shortcut: string | null;
  folder: string | null;
  language: string;
  body: string;
  intents: Intent[];
}

export interface CannedLibrary {
  list(): CannedReplyFull[];
  save(input: CannedInput): CannedReplyFull;
  delete(id: number): boolean;
  review(days: number): CannedReview;
  exportFile(): CannedExportFile;
  importFile(file: Pick<CannedExportFile, 'replies'>): CannedImportResult;
  /** Sets the intents of every language variant of a reply (demo seeding, bulk edits). */
  setIntentsByName(name: string, intents: Intent[]): void;
  version(): number;
}

const DAY = 86_400_000;
const COLUMNS = 'id, name, shortcut, folder, language, body, usage_count, last_used_at, created_at, updated_at, intents_json';

export function createCannedLibrary(db: Db, now: () => number): CannedLibrary {
  const listStmt = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM canned_replies ORDER BY folder, name, language`);
  const getStmt = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM canned_replies WHERE id = ?`);
  const byKey = db.prepare<[string, string], { id: number }>('SELECT id FROM canned_replies WHERE name = ? AND language = ?');
  const insert = db.prepare(
    `INSERT INTO canned_replies (name, shortcut, folder, language, body, intents_json, created_at, updated_at)
     VALUES (@name, @shortcut, @folder, @language, @body, @intents, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE canned_replies SET name = @name, shortcut = @shortcut, folder = @folder, language = @language, body = @body,
       intents_json = @intents, updated_at = @now WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM canned_replies WHERE id = ?');
  const staleStmt = db.prepare<{ before: number }, Row>(
    `SELECT ${COLUMNS} FROM canned_replies WHERE coalesce(last_used_at, 0) < @before AND created_at < @before
     ORDER BY coalesce(last_used_at, 0), name, language`,
  );
  const intentsByName = db.prepare('UPDATE canned_replies SET intents_json = ? WHERE name = ?');
  let changes = 0;

  const write = (input: CannedInput): number => {
    const clash = byKey.get(input.name, input.language);
    if (clash && clash.id !== input.id) {
      throw new ServiceError('conflict', `The canned reply "${input.name}" already has a "${input.language}" version.`);
    }
    const params = { ...input, intents: JSON.stringify(input.intents), now: now() };
    if (input.id === undefined) return Number(insert.run(params).lastInsertRowid);
    if (!getStmt.get(input.id)) throw notFound('Canned reply', input.id);
    update.run({ ...params, id: input.id });
    return input.id;
  };

  const importAll = db.transaction((file: Pick<CannedExportFile, 'replies'>): CannedImportResult => {
    const result = { created: 0, updated: 0 };
    for (const r of file.replies) {
      const existing = byKey.get(r.name, r.language);
      write({ ...r, id: existing?.id });
      if (existing) result.updated++;
      else result.created++;
    }
    return result;
  });

  return {
    list: () => listStmt.all().map(toReply),
    save(input) {
      const id = write(input);
      changes++;
      return toReply(getStmt.get(id)!);
    },
    delete(id) {
      const deleted = remove.run(id).changes > 0;
      if (deleted) changes++;
      return deleted;
    },
    review(days) {
      return { days, stale: staleStmt.all({ before: now() - days * DAY }).map(toReply) };
    },
    exportFile() {
      return {
        format: 'agent-console/canned-replies',
        version: 1,
        exportedAt: now(),
        replies: listStmt.all().map((r) => ({
          name: r.name,
          shortcut: r.shortcut,
          folder: r.folder,
          language: r.language,
          body: r.body,
          intents: JSON.parse(r.intents_json) as Intent[],
        })),
      };
    },
    importFile(file) {
      // All or nothing: a clash halfway leaves the library as it was.
      const result = importAll(file);
      changes++;
      return result;
    },
    setIntentsByName(name, intents) {
      intentsByName.run(JSON.stringify(intents), name);
      changes++;
    },
    version: () => changes,
  };
}
