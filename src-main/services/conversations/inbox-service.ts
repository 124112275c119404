// The inbox list and the status changes an agent makes from it.
import type { InboxPage } from '../../../src-shared/api/contract';
import type { InboxView } from '../../../src-shared/api/schemas';
import type { ConversationStatus, ConversationSummary, InboxSort } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import type { EventLog } from '../event-log';
import { notFound } from '../errors';
import { CONVERSATION_SELECT, toConversationSummary, type ConversationRow } from './conversation-rows';

// Each view is a WHERE clause that an index on conversations serves, newest activity first.
const VIEW_FILTERS: Record<InboxView, string> = {
  open: "c.status = 'open'",
  mine: "c.status = 'open' AND c.assignee_id = @self",
  unassigned: "c.status = 'open' AND c.assignee_id IS NULL",
  closed: "c.status = 'closed'",
  all: '1 = 1',
};

// Time left: conversations without a running clock go last; priority: the triage score, highest first.
const SORT_ORDERS: Record<InboxSort, string> = {
  recent: 'c.last_message_at DESC, c.id DESC',
  time_left: 'c.sla_due_at IS NULL, c.sla_due_at ASC, c.priority_score DESC, c.id DESC',
  priority: 'c.priority_score DESC, c.last_message_at DESC, c.id DESC',
};

export interface InboxService {
  list(view: InboxView, offset: number, limit: number, sort?: InboxSort): InboxPage;
  markRead(id: number): ConversationSummary;
  setStatus(id: number, status: ConversationStatus, agentId: number): ConversationSummary;
}

export function createInboxService(db: Db, deps: { selfAgentId: () => number; events: EventLog; summary: (id: number) => ConversationSummary; now: () => number }): InboxService {
  const pages = Object.fromEntries(
    Object.entries(VIEW_FILTERS).map(([view, where]) => [
      view,
      {
        items: Object.fromEntries(
          Object.entries(SORT_ORDERS).map(([sort, order]) => [
            sort,
            db.prepare<{ self: number; limit: number; offset: number }, ConversationRow>(
              `${CONVERSATION_SELECT} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
            ),
          ]),
        ),
        total: db.prepare<{ self: number }, { n: number }>(`SELECT count(*) AS n FROM conversations c WHERE ${where}`),
      },
    ]),
  ) as Record<InboxView, { items: Record<InboxSort, ReturnType<typeof db.prepare>>; total: ReturnType<typeof db.prepare> }>;

  const markReadStmt = db.prepare('UPDATE conversations SET unread = 0 WHERE id = ?');
  const setStatusStmt = db.prepare(
    "UPDATE conversations SET status = ?, snoozed_until = CASE WHEN ? = 'snoozed' THEN snoozed_until END, updated_at = ? WHERE id = ?",
  );
  const statusOf = db.prepare<[number], { status: ConversationStatus }>('SELECT status FROM conversations WHERE id = ?');

  return {
    list(view, offset, limit, sort = 'recent') {
      const self = deps.selfAgentId();
      const { items, total } = pages[view];
      return {
        total: (total.get({ self }) as { n: number }).n,
        offset,
        items: (items[sort].all({ self, limit, offset }) as ConversationRow[]).map(toConversationSummary),
      };
    },
    markRead(id) {
      if (markReadStmt.run(id).changes === 0) throw notFound('Conversation', id);
      return deps.summary(id);
    },
    setStatus(id, status, agentId) {
      const before = statusOf.get(id);
      if (!before) throw notFound('Conversation', id);
      if (before.status !== status) {
        db.transaction(() => {
          setStatusStmt.run(status, status, deps.now(), id);
          deps.events.record({ actorKind: 'agent', actorId: agentId, action: 'conversation.status', subjectKind: 'conversation', subjectId: id, data: { from: before.status, to: status } });
        })();
      }
      return deps.summary(id);
    },
  };
}
