// Bulk changes to conversations (close, reopen, snooze, assign, tag, priority), each returning how
// every conversation was before so that the renderer can undo with `restore`. Every change is one
// transaction together with its event-log entries: all of a selection changes, or none.
import type { ConversationAction, ConversationSnapshot } from '../../src-shared/inbox/view-spec';
import type { ConversationStatus, ConversationSummary, Priority } from '../../src-shared/domain/types';
import type { Db } from '../db/open-database';
import { notFound, ServiceError } from '../services/errors';
import type { EventLog } from '../services/event-log';

export interface ConversationActions {
  snapshot(id: number): ConversationSnapshot;
  apply(ids: readonly number[], action: ConversationAction, agentId: number): { conversations: ConversationSummary[]; undo: ConversationSnapshot[] };
  restore(snapshots: readonly ConversationSnapshot[], agentId: number): ConversationSummary[];
}

export function createConversationActions(db: Db, deps: { now: () => number; events: EventLog; summary: (id: number) => ConversationSummary }): ConversationActions {
  const stateStmt = db.prepare<[number], { id: number; status: ConversationStatus; snoozed_until: number | null; assignee_id: number | null; priority: Priority }>(
    'SELECT id, status, snoozed_until, assignee_id, priority FROM conversations WHERE id = ?',
  );
  const tagsStmt = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ? ORDER BY t.name',
  );
  const setStatus = db.prepare('UPDATE conversations SET status = @status, snoozed_until = @until, updated_at = @now WHERE id = @id');
  const setAssignee = db.prepare('UPDATE conversations SET assignee_id = @agentId, updated_at = @now WHERE id = @id');
  const setPriority = db.prepare('UPDATE conversations SET priority = @priority, updated_at = @now WHERE id = @id');
  const agentExists = db.prepare<[number], { id: number }>('SELECT id FROM agents WHERE id = ?');
  const ensureTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagId = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ? COLLATE NOCASE');
  const addTag = db.prepare('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)');
  const removeTag = db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id = ?');
  const clearTags = db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ?');

  function snapshot(id: number): ConversationSnapshot {
    const row = stateStmt.get(id);
    if (!row) throw notFound('Conversation', id);
    return { id, status: row.status, snoozedUntil: row.snoozed_until, assigneeId: row.assignee_id, priority: row.priority, tags: tagsStmt.all(id).map((t) => t.name) };
  }

  function tagIdOf(name: string): number {
    ensureTag.run(name);
    return tagId.get(name)!.id;
  }

  function applyOne(id: number, action: ConversationAction, now: number) {
    switch (action.kind) {
      case 'close':
        setStatus.run({ id, status: 'closed', until: null, now });
        return;
      case 'reopen':
        setStatus.run({ id, status: 'open', until: null, now });
        return;
      case 'snooze':
        setStatus.run({ id, status: 'snoozed', until: action.until, now });
        return;
      case 'assign':
        setAssignee.run({ id, agentId: action.agentId, now });
        return;
      case 'priority':
        setPriority.run({ id, priority: action.priority, now });
        return;
      case 'tag':
        if (action.remove) {
          const existing = tagId.get(action.tag);
          if (existing) removeTag.run(id, existing.id);
        } else addTag.run(id, tagIdOf(action.tag));
        return;
    }
  }

  const applyAll = db.transaction((ids: readonly number[], action: ConversationAction, agentId: number) => {
    const now = deps.now();
    if (action.kind === 'snooze' && action.until <= now) throw new ServiceError('invalid_request', 'A snooze must end in the future.');
    if (action.kind === 'assign' && action.agentId !== null && !agentExists.get(action.agentId)) throw notFound('Agent', action.agentId);
    const undo = ids.map(snapshot);
    for (const id of ids) applyOne(id, action, now);
    for (const before of undo) {
      deps.events.record({ actorKind: 'agent', actorId: agentId, action: `conversation.${action.kind}`, subjectKind: 'conversation', subjectId: before.id, data: { action, before, batch: ids.length } });
    }
    return undo;
  });

  const restoreAll = db.transaction((snapshots: readonly ConversationSnapshot[], agentId: number) => {
    const now = deps.now();
    for (const s of snapshots) {
      const current = snapshot(s.id);
      if (s.assigneeId !== null && !agentExists.get(s.assigneeId)) throw notFound('Agent', s.assigneeId);
      setStatus.run({ id: s.id, status: s.status, until: s.status === 'snoozed' ? s.snoozedUntil : null, now });
      setAssignee.run({ id: s.id, agentId: s.assigneeId, now });
      setPriority.run({ id: s.id, priority: s.priority, now });
      clearTags.run(s.id);
      for (const tag of s.tags) addTag.run(s.id, tagIdOf(tag));
      deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'conversation.restore', subjectKind: 'conversation', subjectId: s.id, data: { from: current, to: s } });
    }
  });

  return {
    snapshot,
    apply(ids, action, agentId) {
      const unique = [...new Set(ids)];
      const undo = applyAll(unique, action, agentId);
      return { conversations: unique.map(deps.summary), undo };
    },
    restore(snapshots, agentId) {
      restoreAll(snapshots, agentId);
      return snapshots.map((s) => deps.summary(s.id));
    },
  };
}
