// Merging two conversations (the buyer wrote twice about one problem) or two customers (the same
// buyer on Amazon and by email). Each merge writes a row in `merges` listing exactly what moved, so
// undo moves back only that, even after new messages arrived in the meantime.
import type { Db } from '../db/open-database';
import type { CustomerMatch } from '../../src-shared/api/contract-inbox';
import type { Channel } from '../../src-shared/domain/types';
import { notFound, ServiceError } from '../services/errors';
import type { EventLog } from '../services/event-log';
import { createStatsRefresher } from './conversation-stats';
import { likeContains } from './view-filter';

interface ConversationMergeData {
  messageIds: number[];
  noteIds: number[];
  outboxIds: number[];
  addedTagIds: number[];
  source: { status: string; snoozedUntil: number | null };
}

interface CustomerMergeData {
  conversationIds: number[];
  orderIds: number[];
  identityIds: number[];
  target: { email: string | null; isVip: number; lifetimeValueMinor: number };
}

export interface MergeService {
  mergeConversations(targetId: number, sourceId: number, agentId: number): { mergeId: number; affected: number[] };
  mergeCustomers(targetId: number, sourceId: number, agentId: number): { mergeId: number; affected: number[] };
  undo(mergeId: number, agentId: number): { affected: number[] };
  searchCustomers(query: string, limit: number): CustomerMatch[];
}

export function createMergeService(db: Db, deps: { now: () => number; events: EventLog }): MergeService {
  const refresh = createStatsRefresher(db, deps.now);
  const conversation = db.prepare<[number], { id: number; status: string; snoozed_until: number | null; merged_into_id: number | null }>(
    'SELECT id, status, snoozed_until, merged_into_id FROM conversations WHERE id = ?',
  );
  const customer = db.prepare<[number], { id: number; email: string | null; is_vip: number; lifetime_value_minor: number; merged_into_id: number | null }>(
    'SELECT id, email, is_vip, lifetime_value_minor, merged_into_id FROM customers WHERE id = ?',
  );
  const insertMerge = db.prepare('INSERT INTO merges (kind, target_id, source_id, data_json, agent_id, at) VALUES (?, ?, ?, ?, ?, ?)');
  const mergeRow = db.prepare<[number], { id: number; kind: 'conversation' | 'customer'; target_id: number; source_id: number; data_json: string; undone_at: number | null }>(
    'SELECT id, kind, target_id, source_id, data_json, undone_at FROM merges WHERE id = ?',
  );
  const markUndone = db.prepare('UPDATE merges SET undone_at = ? WHERE id = ?');

  const moveMessages = db.prepare<[number, number], { id: number }>('UPDATE messages SET conversation_id = ? WHERE conversation_id = ? RETURNING id');
  const moveNotes = db.prepare<[number, number], { id: number }>('UPDATE conversation_notes SET conversation_id = ? WHERE conversation_id = ? RETURNING id');
  const moveOutbox = db.prepare<[number, number], { id: number }>('UPDATE outbox SET conversation_id = ? WHERE conversation_id = ? RETURNING id');
  const copyTags = db.prepare<[number, number, number], { tag_id: number }>(
    `INSERT INTO conversation_tags (conversation_id, tag_id)
     SELECT ?, tag_id FROM conversation_tags WHERE conversation_id = ? AND tag_id NOT IN (SELECT tag_id FROM conversation_tags WHERE conversation_id = ?)
     RETURNING tag_id`,
  );
  const closeSource = db.prepare("UPDATE conversations SET status = 'closed', snoozed_until = NULL, merged_into_id = ?, updated_at = ? WHERE id = ?");
  const unmergeSource = db.prepare('UPDATE conversations SET status = ?, snoozed_until = ?, merged_into_id = NULL, updated_at = ? WHERE id = ?');
  const messageBack = db.prepare('UPDATE messages SET conversation_id = ? WHERE id = ?');
  const noteBack = db.prepare('UPDATE conversation_notes SET conversation_id = ? WHERE id = ?');
  const outboxBack = db.prepare('UPDATE outbox SET conversation_id = ? WHERE id = ?');
  const dropTag = db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id = ?');

  const conversationsOf = db.prepare<[number, number], { id: number }>('UPDATE conversations SET customer_id = ? WHERE customer_id = ? RETURNING id');
  const ordersOf = db.prepare<[number, number], { id: number }>('UPDATE orders SET customer_id = ? WHERE customer_id = ? RETURNING id');
  const identitiesOf = db.prepare<[number, number], { id: number }>('UPDATE customer_identities SET customer_id = ? WHERE customer_id = ? RETURNING id');
  const absorb = db.prepare(
    `UPDATE customers SET email = coalesce(email, (SELECT email FROM customers WHERE id = @source)),
       is_vip = max(is_vip, (SELECT is_vip FROM customers WHERE id = @source)),
       lifetime_value_minor = lifetime_value_minor + (SELECT lifetime_value_minor FROM customers WHERE id = @source)
     WHERE id = @target`,
  );
  const markCustomerMerged = db.prepare('UPDATE customers SET merged_into_id = ? WHERE id = ?');
  const restoreTarget = db.prepare('UPDATE customers SET email = @email, is_vip = @isVip, lifetime_value_minor = @ltv WHERE id = @id');
  const conversationBack = db.prepare('UPDATE conversations SET customer_id = ? WHERE id = ?');
  const orderBack = db.prepare('UPDATE orders SET customer_id = ? WHERE id = ?');
  const identityBack = db.prepare('UPDATE customer_identities SET customer_id = ? WHERE id = ?');
  const searchStmt = db.prepare<{ like: string; limit: number }, { id: number; name: string; email: string | null; channels: string | null; n: number }>(
    `SELECT cu.id, cu.name, cu.email,
            (SELECT json_group_array(DISTINCT channel) FROM customer_identities WHERE customer_id = cu.id) AS channels,
            (SELECT count(*) FROM conversations WHERE customer_id = cu.id) AS n
     FROM customers cu
     WHERE cu.merged_into_id IS NULL AND (cu.name LIKE @like ESCAPE '\\' OR cu.email LIKE @like ESCAPE '\\'
       OR cu.id IN (SELECT customer_id FROM customer_identities WHERE handle LIKE @like ESCAPE '\\'))
     ORDER BY n DESC, cu.id LIMIT @limit`,
  );

  const log = (agentId: number, action: string, kind: string, id: number, data: Record<string, unknown>) =>
    deps.events.record({ actorKind: 'agent', actorId: agentId, action, subjectKind: kind, subjectId: id, data });

  const mergeConversations = db.transaction((targetId: number, sourceId: number, agentId: number) => {
    if (targetId === sourceId) throw new ServiceError('invalid_request', 'A conversation cannot be merged into itself.');
    const target = conversation.get(targetId);
    const source = conversation.get(sourceId);
    if (!target) throw notFound('Conversation', targetId);
    if (!source) throw notFound('Conversation', sourceId);
    if (source.merged_into_id !== null || target.merged_into_id !== null) throw new ServiceError('conflict', 'One of these conversations was already merged; undo that merge first.');
    const data: ConversationMergeData = {
      messageIds: moveMessages.all(targetId, sourceId).map((r) => r.id),
      noteIds: moveNotes.all(targetId, sourceId).map((r) => r.id),
      outboxIds: moveOutbox.all(targetId, sourceId).map((r) => r.id),
      addedTagIds: copyTags.all(targetId, sourceId, targetId).map((r) => r.tag_id),
      source: { status: source.status, snoozedUntil: source.snoozed_until },
    };
    closeSource.run(targetId, deps.now(), sourceId);
    refresh(targetId);
    refresh(sourceId);
    const mergeId = Number(insertMerge.run('conversation', targetId, sourceId, JSON.stringify(data), agentId, deps.now()).lastInsertRowid);
    log(agentId, 'conversation.merge', 'conversation', targetId, { mergeId, sourceId, messages: data.messageIds.length });
    return mergeId;
  });

  const mergeCustomers = db.transaction((targetId: number, sourceId: number, agentId: number) => {
    if (targetId === sourceId) throw new ServiceError('invalid_request', 'A customer cannot be merged with themselves.');
    const target = customer.get(targetId);
    const source = customer.get(sourceId);
    if (!target) throw notFound('Customer', targetId);
    if (!source) throw notFound('Customer', sourceId);
    if (source.merged_into_id !== null || target.merged_into_id !== null) throw new ServiceError('conflict', 'One of these customers was already merged; undo that merge first.');
    const data: CustomerMergeData = {
      target: { email: target.email, isVip: target.is_vip, lifetimeValueMinor: target.lifetime_value_minor },
      conversationIds: conversationsOf.all(targetId, sourceId).map((r) => r.id),
      orderIds: ordersOf.all(targetId, sourceId).map((r) => r.id),
      identityIds: identitiesOf.all(targetId, sourceId).map((r) => r.id),
    };
    absorb.run({ source: sourceId, target: targetId });
    markCustomerMerged.run(targetId, sourceId);
    const mergeId = Number(insertMerge.run('customer', targetId, sourceId, JSON.stringify(data), agentId, deps.now()).lastInsertRowid);
    log(agentId, 'customer.merge', 'customer', targetId, { mergeId, sourceId, conversations: data.conversationIds.length });
    return { mergeId, affected: data.conversationIds };
  });

  const undo = db.transaction((mergeId: number, agentId: number): number[] => {
    const row = mergeRow.get(mergeId);
    if (!row) throw notFound('Merge', mergeId);
    if (row.undone_at !== null) throw new ServiceError('conflict', 'This merge was already undone.');
    if (row.kind === 'conversation') {
      const data = JSON.parse(row.data_json) as ConversationMergeData;
      for (const id of data.messageIds) messageBack.run(row.source_id, id);
      for (const id of data.noteIds) noteBack.run(row.source_id, id);
      for (const id of data.outboxIds) outboxBack.run(row.source_id, id);
      for (const id of data.addedTagIds) dropTag.run(row.target_id, id);
      unmergeSource.run(data.source.status, data.source.snoozedUntil, deps.now(), row.source_id);
      refresh(row.target_id);
      refresh(row.source_id);
      markUndone.run(deps.now(), mergeId);
      log(agentId, 'conversation.merge_undone', 'conversation', row.target_id, { mergeId, sourceId: row.source_id });
      return [row.target_id, row.source_id];
    }
    const data = JSON.parse(row.data_json) as CustomerMergeData;
    for (const id of data.conversationIds) conversationBack.run(row.source_id, id);
    for (const id of data.orderIds) orderBack.run(row.source_id, id);
    for (const id of data.identityIds) identityBack.run(row.source_id, id);
    restoreTarget.run({ id: row.target_id, email: data.target.email, isVip: data.target.isVip, ltv: data.target.lifetimeValueMinor });
    markCustomerMerged.run(null, row.source_id);
    markUndone.run(deps.now(), mergeId);
    log(agentId, 'customer.merge_undone', 'customer', row.target_id, { mergeId, sourceId: row.source_id });
    return data.conversationIds;
  });

  return {
    mergeConversations(targetId, sourceId, agentId) {
      return { mergeId: mergeConversations(targetId, sourceId, agentId), affected: [targetId, sourceId] };
    },
    mergeCustomers: (targetId, sourceId, agentId) => mergeCustomers(targetId, sourceId, agentId),
    undo: (mergeId, agentId) => ({ affected: undo(mergeId, agentId) }),
    searchCustomers(query, limit) {
      return searchStmt.all({ like: likeContains(query), limit }).map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        channels: r.channels ? (JSON.parse(r.channels) as Channel[]) : [],
        conversationCount: r.n,
      }));
    },
  };
}
