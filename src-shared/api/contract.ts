// THE api contract between the console's core (main process) and its renderer. Both hosts (Electron IPC
// and the local web host over WebSocket) carry exactly these requests and events; nothing else crosses.
import type {
  CannedReply,
  ChannelAccount,
  ConversationDetail,
  ConversationSummary,
  Message,
  OutboxItem,
  SearchHit,
  SyncStatus,
  UiLocale,
  Agent,
} from '../domain/types';
import type { ApiMethodName, ApiParams } from './schemas';
import type { AccountsResults } from './contract-accounts';
import type { TriageResults } from './contract-triage';
import type { InboxResults } from './contract-inbox';
import type { AssistEvents, AssistResults } from './contract-assist';

export interface WorkspaceInfo {
  name: string;
  isDemo: boolean;
  dataDir: string;
  conversationCount: number;
  messageCount: number;
  currentAgent: Agent;
  accounts: ChannelAccount[];
}

export interface InboxPage {
  total: number;
  offset: number;
  items: ConversationSummary[];
}

export interface QueuedReply {
  message: Message;
  outboxItem: OutboxItem;
  conversation: ConversationSummary;
}

export interface Settings {
  locale: UiLocale;
}

/** What each request method returns. The keys must match the input schemas one for one. */
export interface ApiResults extends AccountsResults, TriageResults, InboxResults, AssistResults {
  'workspace.info': WorkspaceInfo;
  'inbox.list': InboxPage;
  'conversation.get': ConversationDetail;
  'conversation.markRead': ConversationSummary;
  'conversation.setStatus': ConversationSummary;
  'reply.queue': QueuedReply;
  'outbox.list': OutboxItem[];
  'cannedReplies.list': CannedReply[];
  'search.messages': SearchHit[];
  'settings.get': Settings;
  'settings.setLocale': Settings;
  'sync.status': SyncStatus[];
}

// A compile-time check that every schema has a result type and every result type a schema.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const contractIsComplete: Exact<keyof ApiResults, ApiMethodName> = true;

/** Events the core pushes to every connected renderer. */
export interface ApiEvents extends AssistEvents {
  'messages.new': { conversationIds: number[]; count: number };
  'conversation.changed': { conversation: ConversationSummary };
  'outbox.changed': { item: OutboxItem };
  'sync.status': { statuses: SyncStatus[] };
  'settings.changed': Settings;
  'inbox.changed': { reason: 'actions' | 'merge' | 'snooze-wake' | 'saved-views' };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENT_NAMES: readonly ApiEventName[] = [
  'messages.new',
  'conversation.changed',
  'outbox.changed',
  'sync.status',
  'settings.changed',
  'inbox.changed',
  'ai.delta',
];

export const API_ERROR_CODES = [
  'invalid_request',
  'unknown_method',
  'not_found',
  'conflict',
  'unauthorized',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** A sentence a person can read; safe to show in the UI. */
  message: string;
  /** For invalid_request: which field was wrong and why. */
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What a renderer holds: the Electron preload and the WebSocket client both implement this. */
export interface ApiTransport {
  invoke<M extends ApiMethodName>(method: M, params: ApiParams<M>): Promise<ApiResult<ApiResults[M]>>;
  subscribe<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** The single IPC channel prefix the Electron host uses; the preload exposes only invoke and subscribe. */
export const IPC_CHANNEL = {
  invoke: 'agent-console:invoke',
  event: 'agent-console:event',
} as const;

/** WebSocket frames of the web host. */
export type WireRequest = { id: number; method: string; params: unknown };
export type WireResponse = { id: number; result: ApiResult<unknown> };
export type WireEvent = { event: ApiEventName; payload: unknown };

export type { ApiMethodName, ApiParams } from './schemas';
