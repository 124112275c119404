// Internal notes beside a thread (never sent to the buyer), saved views with their own shortcut,
// the user's key bindings, and cancelling replies still waiting in the outbox (undo of a send).
import type { ConversationNote, SavedView, ViewSpec } from '../../src-shared/inbox/view-spec';
import type { Agent } from '../../src-shared/domain/types';
import type { Db } from '../db/open-database';
import { notFound, ServiceError } from '../services/errors';
import type { EventLog } from '../services/event-log';
import { createStatsRefresher } from './conversation-stats';

const KEYMAP_SETTING = 'keyboard.bindings';

export interface NotesAndViews {
  notes(conversationId: number): ConversationNote[];
  addNote(conversationId: number, body: string, agent: { id: number; name: string }): ConversationNote;
  deleteNote(id: number, agentId: number): void;
  savedViews(): SavedView[];
  saveView(input: { id?: number | undefined; name: string; spec: ViewSpec; shortcut: string | null }, agentId: number): SavedView;
  deleteView(id: number, agentId: number): void;
  keymap(): Record<string, string[]>;
  setKeymap(bindings: Record<string, string[]>): Record<string, string[]>;
  agents(): Agent[];
  cancelReplies(messageIds: readonly number[], agentId: number): { cancelled: number[]; conversationIds: number[] };
}

export function createNotesAndViews(db: Db, deps: { now: () => number; events: EventLog }): NotesAndViews {
  const refresh = createStatsRefresher(db, deps.now);
  const notesStmt = db.prepare<[number], { id: number; conversation_id: number; author_name: string; body: string; created_at: number }>(
    'SELECT id, conversation_id, author_name, body, created_at FROM conversation_notes WHERE conversation_id = ? ORDER BY created_at, id',
  );
  const noteStmt = db.prepare<[number], { id: number; conversation_id: number; author_name: string; body: string; created_at: number }>(
    'SELECT id, conversation_id, author_name, body, created_at FROM conversation_notes WHERE id = ?',
  );
  const conversationExists = db.prepare<[number], { id: number }>('SELECT id FROM conversations WHERE id = ?');
  const insertNote = db.prepare('INSERT INTO conversation_notes (conversation_id, author_agent_id, author_name, body, created_at) VALUES (?, ?, ?, ?, ?)');
  const deleteNoteStmt = db.prepare('DELETE FROM conversation_notes WHERE id = ?');
  const viewsStmt = db.prepare<[], { id: number; name: string; spec_json: string; shortcut: string | null }>(
    'SELECT id, name, spec_json, shortcut FROM saved_views ORDER BY position, id',
  );
  const viewStmt = db.prepare<[number], { id: number; name: string; spec_json: string; shortcut: string | null }>('SELECT id, name, spec_json, shortcut FROM saved_views WHERE id = ?');
  const shortcutOwner = db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM saved_views WHERE shortcut = ?');
  const insertView = db.prepare('INSERT INTO saved_views (name, spec_json, shortcut, position, created_at) VALUES (@name, @spec, @shortcut, (SELECT coalesce(max(position), 0) + 1 FROM saved_views), @now)');
  const updateView = db.prepare('UPDATE saved_views SET name = @name, spec_json = @spec, shortcut = @shortcut WHERE id = @id');
  const deleteViewStmt = db.prepare('DELETE FROM saved_views WHERE id = ?');
  const getSetting = db.prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  const agentsStmt = db.prepare<[], { id: number; name: string; email: string | null; role: 'admin' | 'agent'; languages_json: string }>(
    'SELECT id, name, email, role, languages_json FROM agents ORDER BY is_self DESC, name',
  );
  const queuedReply = db.prepare<[number], { outbox_id: number; conversation_id: number }>(
    "SELECT ob.id AS outbox_id, ob.conversation_id FROM outbox ob WHERE ob.message_id = ? AND ob.status = 'queued'",
  );
  const deleteOutbox = db.prepare('DELETE FROM outbox WHERE id = ?');
  const deleteMessage = db.prepare('DELETE FROM messages WHERE id = ?');
  const unindex = db.prepare('DELETE FROM message_search WHERE rowid = ?');

  const toNote = (r: { id: number; conversation_id: number; author_name: string; body: string; created_at: number }): ConversationNote => ({
    id: r.id,
    conversationId: r.conversation_id,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.created_at,
  });
  const toView = (r: { id: number; name: string; spec_json: string; shortcut: string | null }): SavedView => ({
    id: r.id,
    name: r.name,
    spec: JSON.parse(r.spec_json) as ViewSpec,
    shortcut: r.shortcut,
  });

  const cancel = db.transaction((messageIds: readonly number[], agentId: number) => {
    const cancelled: number[] = [];
    const conversations = new Set<number>();
    for (const id of messageIds) {
      const row = queuedReply.get(id);
      if (!row) continue; // already sending or sent: too late to take back
      deleteOutbox.run(row.outbox_id);
      unindex.run(id);
      deleteMessage.run(id);
      conversations.add(row.conversation_id);
      cancelled.push(id);
      deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'reply.cancelled', subjectKind: 'conversation', subjectId: row.conversation_id, data: { messageId: id } });
    }
    for (const id of conversations) refresh(id);
    return { cancelled, conversationIds: [...conversations] };
  });

  return {
    notes: (conversationId) => notesStmt.all(conversationId).map(toNote),
    addNote(conversationId, body, agent) {
      if (!conversationExists.get(conversationId)) throw notFound('Conversation', conversationId);
      const id = db.transaction(() => {
        const noteId = Number(insertNote.run(conversationId, agent.id, agent.name, body, deps.now()).lastInsertRowid);
        deps.events.record({ actorKind: 'agent', actorId: agent.id, action: 'note.added', subjectKind: 'conversation', subjectId: conversationId, data: { noteId } });
        return noteId;
      })();
      return toNote(noteStmt.get(id)!);
    },
    deleteNote(id, agentId) {
      const note = noteStmt.get(id);
      if (!note) throw notFound('Note', id);
      db.transaction(() => {
        deleteNoteStmt.run(id);
        deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'note.deleted', subjectKind: 'conversation', subjectId: note.conversation_id, data: { noteId: id, body: note.body } });
      })();
    },
    savedViews: () => viewsStmt.all().map(toView),
    saveView(input, agentId) {
      if (input.shortcut) {
        const owner = shortcutOwner.get(input.shortcut);
        if (owner && owner.id !== input.id) throw new ServiceError('conflict', `The shortcut ${input.shortcut} already opens the saved view “${owner.name}”.`);
      }
      const row = { name: input.name, spec: JSON.stringify(input.spec), shortcut: input.shortcut, now: deps.now(), id: input.id };
      const id = db.transaction(() => {
        let viewId = input.id;
        if (viewId !== undefined) {
          if (updateView.run(row).changes === 0) throw notFound('Saved view', viewId);
        } else viewId = Number(insertView.run(row).lastInsertRowid);
        deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'saved_view.saved', subjectKind: 'saved_view', subjectId: viewId, data: { name: input.name } });
        return viewId;
      })();
      return toView(viewStmt.get(id)!);
    },
    deleteView(id, agentId) {
      db.transaction(() => {
        if (deleteViewStmt.run(id).changes === 0) throw notFound('Saved view', id);
        deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'saved_view.deleted', subjectKind: 'saved_view', subjectId: id });
      })();
    },
    keymap() {
      const row = getSetting.get(KEYMAP_SETTING);
      return row ? (JSON.parse(row.value_json) as Record<string, string[]>) : {};
    },
    setKeymap(bindings) {
      putSetting.run(KEYMAP_SETTING, JSON.stringify(bindings));
      return bindings;
    },
    agents: () =>
      agentsStmt.all().map((a) => ({ id: a.id, name: a.name, email: a.email, role: a.role, languages: JSON.parse(a.languages_json) as string[] })),
    cancelReplies: (messageIds, agentId) => cancel(messageIds, agentId),
  };
}
