// The keyboard inbox's api handlers, spread into start-core's `handlers`. Every write emits the
// events renderers need to update rows and live counts.
import type { ApiEvents } from '../../src-shared/api/contract';
import type { ApiHandlers } from '../core/dispatch';
import type { Db } from '../db/open-database';
import type { ConversationReader } from '../services/conversations/conversation-detail';
import type { EventLog } from '../services/event-log';
import { findConflicts } from '../../src-shared/keyboard/key-bindings';
import { ServiceError } from '../services/errors';
import { createConversationActions } from './conversation-actions';
import { createInboxQueryService } from './inbox-query-service';
import { createMergeService } from './merge-service';
import { createNotesAndViews } from './notes-and-views';

type InboxMethod =
  | 'inbox.query'
  | 'inbox.counts'
  | 'inbox.facets'
  | 'agents.list'
  | 'conversations.apply'
  | 'conversations.restore'
  | 'conversations.merge'
  | 'customers.search'
  | 'customers.merge'
  | 'merges.undo'
  | 'replies.cancel'
  | 'notes.list'
  | 'notes.add'
  | 'notes.delete'
  | 'savedViews.list'
  | 'savedViews.save'
  | 'savedViews.delete'
  | 'keymap.get'
  | 'keymap.set';

export interface InboxHandlerDeps {
  now: () => number;
  events: EventLog;
  reader: ConversationReader;
  self: () => { id: number; name: string };
  emit: <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => void;
  /** Lets triage recompute a changed conversation's SLA clocks and priority (closing stops clocks, snoozing pauses them). */
  afterChange?: (conversationId: number) => void;
}

export function createInboxHandlers(db: Db, deps: InboxHandlerDeps): Pick<ApiHandlers, InboxMethod> {
  const selfAgentId = () => deps.self().id;
  const query = createInboxQueryService(db, { selfAgentId, now: deps.now, events: deps.events });
  const actions = createConversationActions(db, { now: deps.now, events: deps.events, summary: deps.reader.summary });
  const merges = createMergeService(db, { now: deps.now, events: deps.events });
  const extras = createNotesAndViews(db, { now: deps.now, events: deps.events });

  const retriage = (ids: readonly number[]) => {
    if (deps.afterChange) for (const id of ids) deps.afterChange(id);
  };
  const changed = (ids: readonly number[], reason: ApiEvents['inbox.changed']['reason']) => {
    retriage(ids);
    for (const id of ids) deps.emit('conversation.changed', { conversation: deps.reader.summary(id) });
    deps.emit('inbox.changed', { reason });
  };
  /** Saved views' shortcuts as extra bindings for the conflict check ("view:<name>"). */
  const viewShortcuts = (except?: number) =>
    Object.fromEntries(extras.savedViews().filter((v) => v.shortcut && v.id !== except).map((v) => [`view:${v.name}`, [v.shortcut!]]));
  const wake = () => {
    const woken = query.wakeSnoozed();
    if (woken.length) changed(woken, 'snooze-wake');
  };

  return {
    'inbox.query': ({ spec, offset, limit }) => {
      wake();
      return query.query(spec, offset, limit);
    },
    'inbox.counts': () => {
      wake();
      return query.counts(extras.savedViews());
    },
    'inbox.facets': () => query.facets(),
    'agents.list': () => {
      deps.self(); // the self agent exists from the first request on
      return extras.agents();
    },
    'conversations.apply': ({ ids, action }) => {
      const applied = actions.apply(ids, action, selfAgentId());
      retriage(applied.conversations.map((c) => c.id));
      const result = deps.afterChange ? { ...applied, conversations: applied.conversations.map((c) => deps.reader.summary(c.id)) } : applied;
      changed([], 'actions');
      for (const conversation of result.conversations) deps.emit('conversation.changed', { conversation });
      return result;
    },
    'conversations.restore': ({ snapshots }) => {
      const restored = actions.restore(snapshots, selfAgentId());
      retriage(restored.map((c) => c.id));
      const conversations = deps.afterChange ? restored.map((c) => deps.reader.summary(c.id)) : restored;
      for (const conversation of conversations) deps.emit('conversation.changed', { conversation });
      deps.emit('inbox.changed', { reason: 'actions' });
      return conversations;
    },
    'conversations.merge': ({ targetId, sourceId }) => {
      const { mergeId, affected } = merges.mergeConversations(targetId, sourceId, selfAgentId());
      changed(affected, 'merge');
      return { mergeId, conversation: deps.reader.summary(targetId) };
    },
    'customers.search': ({ query: text, limit }) => merges.searchCustomers(text, limit),
    'customers.merge': ({ targetId, sourceId }) => {
      const { mergeId, affected } = merges.mergeCustomers(targetId, sourceId, selfAgentId());
      changed(affected, 'merge');
      const anyConversation = affected[0];
      const customer = anyConversation !== undefined ? deps.reader.detail(anyConversation).customer ?? undefined : undefined;
      return customer ? { mergeId, customer } : { mergeId };
    },
    'merges.undo': ({ mergeId }) => {
      const { affected } = merges.undo(mergeId, selfAgentId());
      changed(affected, 'merge');
      return { conversations: affected.map(deps.reader.summary) };
    },
    'replies.cancel': ({ messageIds }) => {
      const { cancelled, conversationIds } = extras.cancelReplies(messageIds, selfAgentId());
      changed(conversationIds, 'actions');
      return { cancelled, conversations: conversationIds.map(deps.reader.summary) };
    },
    'notes.list': ({ conversationId }) => extras.notes(conversationId),
    'notes.add': ({ conversationId, body }) => extras.addNote(conversationId, body, deps.self()),
    'notes.delete': ({ id }) => {
      extras.deleteNote(id, selfAgentId());
      return { id };
    },
    'savedViews.list': () => extras.savedViews(),
    'savedViews.save': (input) => {
      if (input.shortcut) {
        const clash = findConflicts(extras.keymap(), { ...viewShortcuts(input.id), 'view:new': [input.shortcut] }).find((c) => c.actions.includes('view:new'));
        if (clash) throw new ServiceError(clash.kind === 'invalid' ? 'invalid_request' : 'conflict', clash.message ?? `The shortcut ${input.shortcut} is already used by ${clash.actions.find((a) => a !== 'view:new')}.`);
      }
      const view = extras.saveView(input, selfAgentId());
      deps.emit('inbox.changed', { reason: 'saved-views' });
      return view;
    },
    'savedViews.delete': ({ id }) => {
      extras.deleteView(id, selfAgentId());
      deps.emit('inbox.changed', { reason: 'saved-views' });
      return { id };
    },
    'keymap.get': () => ({ bindings: extras.keymap() }),
    'keymap.set': ({ bindings }) => {
      const conflicts = findConflicts(bindings, viewShortcuts());
      if (conflicts.length) {
        const first = conflicts[0]!;
        throw new ServiceError('conflict', `${first.sequence} is used by both ${first.actions.join(' and ')}.`);
      }
      return { bindings: extras.setKeymap(bindings) };
    },
  };
}
