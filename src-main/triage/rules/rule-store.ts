// Rules as the editor manages them: list, save, enable, reorder, delete, export and import as JSON.
// Every change is one transaction with its event-log entry; an import that fails validation names the
// rule and field at fault and changes nothing.
import { rulesExportSchema } from '../../../src-shared/api/schemas-triage';
import type { RuleDefinition, RuleRecord, RulesExport } from '../../../src-shared/domain/rules';
import type { Db } from '../../db/open-database';
import { notFound, ServiceError } from '../../services/errors';
import type { EventLog } from '../../services/event-log';

interface RuleRow {
  id: number;
  position: number;
  enabled: number;
  definition_json: string;
  updated_at: number;
}

const toRecord = (row: RuleRow): RuleRecord => ({
  id: row.id,
  position: row.position,
  enabled: row.enabled === 1,
  definition: JSON.parse(row.definition_json) as RuleDefinition,
  updatedAt: row.updated_at,
});

export interface RuleStore {
  list(): RuleRecord[];
  save(input: { id?: number | undefined; enabled: boolean; definition: RuleDefinition }, agentId: number | null): RuleRecord;
  setEnabled(id: number, enabled: boolean, agentId: number | null): RuleRecord;
  remove(id: number, agentId: number | null): { deleted: number };
  reorder(ids: number[], agentId: number | null): RuleRecord[];
  exportJson(): string;
  importJson(json: string, mode: 'append' | 'replace', agentId: number | null): RuleRecord[];
}

export function createRuleStore(db: Db, deps: { now: () => number; events: EventLog; onChange: () => void }): RuleStore {
  const listStmt = db.prepare<[], RuleRow>('SELECT id, position, enabled, definition_json, updated_at FROM rules ORDER BY position, id');
  const getStmt = db.prepare<[number], RuleRow>('SELECT id, position, enabled, definition_json, updated_at FROM rules WHERE id = ?');
  const nextPosition = db.prepare<[], { p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM rules');
  const insert = db.prepare(
    'INSERT INTO rules (position, name, enabled, stop, definition_json, created_at, updated_at) VALUES (@position, @name, @enabled, @stop, @json, @now, @now)',
  );
  const update = db.prepare('UPDATE rules SET name = @name, enabled = @enabled, stop = @stop, definition_json = @json, updated_at = @now WHERE id = @id');
  const enable = db.prepare('UPDATE rules SET enabled = ?, updated_at = ? WHERE id = ?');
  const del = db.prepare('DELETE FROM rules WHERE id = ?');
  const delAll = db.prepare('DELETE FROM rules');
  const move = db.prepare('UPDATE rules SET position = ? WHERE id = ?');

  const record = (agentId: number | null, action: string, subjectId: number | null, data: Record<string, unknown>) =>
    deps.events.record({ actorKind: agentId === null ? 'system' : 'agent', actorId: agentId, action, subjectKind: 'rule', subjectId, data });

  function get(id: number): RuleRecord {
    const row = getStmt.get(id);
    if (!row) throw notFound('Rule', id);
    return toRecord(row);
  }

  function insertRule(definition: RuleDefinition, enabled: boolean, now: number): number {
    return Number(
      insert.run({ position: nextPosition.get()!.p, name: definition.name, enabled: enabled ? 1 : 0, stop: definition.stop ? 1 : 0, json: JSON.stringify(definition), now })
        .lastInsertRowid,
    );
  }

  function changed<T>(run: () => T): T {
    const result = db.transaction(run)();
    deps.onChange();
    return result;
  }

  return {
    list: () => listStmt.all().map(toRecord),
    save(input, agentId) {
      return changed(() => {
        const now = deps.now();
        let id = input.id;
        if (id === undefined) {
          id = insertRule(input.definition, input.enabled, now);
        } else {
          get(id);
          update.run({ id, name: input.definition.name, enabled: input.enabled ? 1 : 0, stop: input.definition.stop ? 1 : 0, json: JSON.stringify(input.definition), now });
        }
        record(agentId, input.id === undefined ? 'rule.created' : 'rule.updated', id, { name: input.definition.name, enabled: input.enabled });
        return get(id);
      });
    },
    setEnabled(id, enabled, agentId) {
      return changed(() => {
        get(id);
        enable.run(enabled ? 1 : 0, deps.now(), id);
        record(agentId, enabled ? 'rule.enabled' : 'rule.disabled', id, {});
        return get(id);
      });
    },
    remove(id, agentId) {
      return changed(() => {
        const rule = get(id);
        del.run(id);
        record(agentId, 'rule.deleted', id, { name: rule.definition.name, definition: rule.definition });
        return { deleted: id };
      });
    },
    reorder(ids, agentId) {
      return changed(() => {
        const existing = listStmt.all().map((r) => r.id);
        const unique = new Set(ids);
        if (unique.size !== ids.length) throw new ServiceError('invalid_request', 'The new order names a rule twice.');
        const unknown = ids.filter((id) => !existing.includes(id));
        if (unknown.length) throw notFound('Rule', unknown[0]!);
        // Rules not named keep their relative order after the named ones.
        const order = [...ids, ...existing.filter((id) => !unique.has(id))];
        order.forEach((id, i) => move.run(i + 1, id));
        record(agentId, 'rules.reordered', null, { order });
        return listStmt.all().map(toRecord);
      });
    },
    exportJson() {
      const file: RulesExport = {
        format: 'agent-console.rules',
        version: 1,
        rules: listStmt.all().map((r) => ({ enabled: r.enabled === 1, definition: JSON.parse(r.definition_json) as RuleDefinition })),
      };
      return JSON.stringify(file, null, 2);
    },
    importJson(json, mode, agentId) {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (error) {
        throw new ServiceError('invalid_request', `The file is not JSON: ${(error as Error).message}`);
      }
      const parsed = rulesExportSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = issue.path.length >= 2 && issue.path[0] === 'rules' ? `rule ${Number(issue.path[1]) + 1}, ${issue.path.slice(2).join('.') || 'rule'}` : issue.path.join('.') || 'file';
        throw new ServiceError('invalid_request', `Cannot import these rules (${where}): ${issue.message}. Nothing was changed.`);
      }
      return changed(() => {
        const now = deps.now();
        if (mode === 'replace') delAll.run();
        for (const r of parsed.data.rules) insertRule(r.definition, r.enabled, now);
        record(agentId, 'rules.imported', null, { mode, count: parsed.data.rules.length });
        return listStmt.all().map(toRecord);
      });
    },
  };
}
