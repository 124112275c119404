// Result types of the keyboard inbox's requests (schemas in schemas-inbox.ts).
import type { Agent, ConversationSummary, Customer } from '../domain/types';
import type { ConversationNote, ConversationSnapshot, InboxCounts, InboxFacets, InboxQueryPage, SavedView } from '../inbox/view-spec';

export interface AppliedAction {
  conversations: ConversationSummary[];
  /** How each conversation was before: hand back to conversations.restore to undo. */
  undo: ConversationSnapshot[];
}

export interface MergeResult {
  mergeId: number;
  conversation?: ConversationSummary;
  customer?: Customer;
}

export interface CustomerMatch {
  id: number;
  name: string;
  email: string | null;
  channels: string[];
  conversationCount: number;
}

export interface InboxResults {
  'inbox.query': InboxQueryPage;
  'inbox.counts': InboxCounts;
  'inbox.facets': InboxFacets;
  'agents.list': Agent[];
  'conversations.apply': AppliedAction;
  'conversations.restore': ConversationSummary[];
  'conversations.merge': MergeResult;
  'customers.search': CustomerMatch[];
  'customers.merge': MergeResult;
  'merges.undo': { conversations: ConversationSummary[] };
  'replies.cancel': { cancelled: number[]; conversations: ConversationSummary[] };
  'notes.list': ConversationNote[];
  'notes.add': ConversationNote;
  'notes.delete': { id: number };
  'savedViews.list': SavedView[];
  'savedViews.save': SavedView;
  'savedViews.delete': { id: number };
  'keymap.get': { bindings: Record<string, string[]> };
  'keymap.set': { bindings: Record<string, string[]> };
}
