// Domain types shared by the main process and the renderer. Timestamps are epoch milliseconds (UTC);
// money is an integer amount of minor units (cents) beside an ISO 4217 currency code.
import type { Intent, Sentiment } from './triage';

export const CHANNELS = ['amazon', 'ebay', 'shopify', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const INBOX_VIEWS = ['open', 'mine', 'unassigned', 'closed', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** Inbox orders: newest activity, least SLA time left, highest priority score. */
export const INBOX_SORTS = ['recent', 'time_left', 'priority'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** ISO 639-1 code of a buyer's language; null when not (yet) detected. */
export type LanguageCode = string;

export type Direction = 'inbound' | 'outbound';
export type AuthorKind = 'customer' | 'agent' | 'system' | 'automation';
export type MessageStatus = 'received' | 'queued' | 'sending' | 'sent' | 'failed';

export const ORDER_STATUSES = ['pending', 'unshipped', 'shipped', 'delivered', 'cancelled', 'returned'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const SHIPMENT_STATUSES = [
  'label_created',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface ChannelAccount {
  id: number;
  channel: Channel;
  name: string;
  /** Amazon / eBay site such as "amazon.de" or "ebay.co.uk"; null for plain email. */
  marketplace: string | null;
  address: string | null;
  status: 'active' | 'paused';
  isDemo: boolean;
}

export interface CustomerIdentity {
  channel: Channel;
  accountId: number | null;
  handle: string;
  displayName: string | null;
}

export interface Customer {
  id: number;
  name: string;
  email: string | null;
  country: string | null;
  language: LanguageCode | null;
  isVip: boolean;
  lifetimeValueMinor: number;
  currency: string | null;
  identities: CustomerIdentity[];
}

export interface OrderItem {
  sku: string | null;
  title: string;
  quantity: number;
  unitPriceMinor: number;
}

export interface Shipment {
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  shippedAt: number | null;
  promisedFrom: number | null;
  promisedTo: number | null;
  deliveredAt: number | null;
}

export interface Order {
  id: number;
  accountId: number;
  channel: Channel;
  externalId: string;
  marketplace: string | null;
  customerId: number | null;
  placedAt: number;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  items: OrderItem[];
  shipments: Shipment[];
}

export interface AttachmentMeta {
  fileName: string;
  mimeType: string;
  size: number;
  /** Content hash of the stored file, when the bytes are kept on disk. */
  sha256: string | null;
}

export interface Message {
  id: number;
  conversationId: number;
  direction: Direction;
  authorKind: AuthorKind;
  authorName: string;
  bodyText: string;
  /** Sanitised HTML (scripts, handlers and remote content stripped), or null for plain-text mail. */
  bodyHtml: string | null;
  language: LanguageCode | null;
  sentAt: number;
  status: MessageStatus;
  attachments: AttachmentMeta[];
}

export interface ConversationSummary {
  id: number;
  accountId: number;
  channel: Channel;
  marketplace: string | null;
  subject: string;
  customerId: number | null;
  customerName: string;
  status: ConversationStatus;
  priority: Priority;
  language: LanguageCode | null;
  unread: boolean;
  messageCount: number;
  lastMessageAt: number;
  preview: string;
  orderExternalId: string | null;
  assigneeId: number | null;
  tags: string[];
  // Triage (issue 4). Optional only so that summaries built elsewhere (fixtures) stay valid; the core
  // always fills them.
  /** The nearest running SLA deadline and which target it is; null when no clock runs. */
  slaDueAt?: number | null;
  slaTarget?: 'first_response' | 'next_response' | 'resolution' | null;
  /** 0..100; "why" comes from the triage.explain request. */
  priorityScore?: number;
  intent?: Intent | null;
  sentiment?: Sentiment | null;
  teamId?: number | null;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  id: number;
  conversationId: number;
  messageId: number;
  accountId: number;
  channel: Channel;
  subject: string;
  customerName: string;
  preview: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: number;
}

export interface ConversationDetail {
  conversation: ConversationSummary;
  messages: Message[];
  customer: Customer | null;
  /** The conversation's own order first, then the customer's other orders, newest first. */
  orders: Order[];
  /** The customer's other conversations on every channel, newest first. */
  otherConversations: ConversationSummary[];
  /** What happened with this customer across every channel, newest first (messages, orders, shipments). */
  timeline?: CustomerTimelineEntry[];
}

export type CustomerTimelineEntry =
  | {
      kind: 'message';
      at: number;
      conversationId: number;
      channel: Channel;
      marketplace: string | null;
      direction: Direction;
      subject: string;
      preview: string;
    }
  | { kind: 'order'; at: number; event: 'placed' | 'shipped' | 'delivered'; channel: Channel; orderExternalId: string; carrier: string | null };

export interface Agent {
  id: number;
  name: string;
  email: string | null;
  role: 'admin' | 'agent';
  languages: LanguageCode[];
}

export interface CannedReply {
  id: number;
  name: string;
  shortcut: string | null;
  folder: string | null;
  language: LanguageCode;
  body: string;
  usageCount: number;
}

export interface SearchHit {
  messageId: number;
  conversationId: number;
  subject: string;
  customerName: string;
  channel: Channel;
  sentAt: number;
  /** Matched text with hits wrapped in U+E000 / U+E001 markers, for the renderer to highlight. */
  snippet: string;
}

export type SyncState = 'idle' | 'syncing' | 'error' | 'offline' | 'paused';

export interface SyncStatus {
  accountId: number;
  accountName: string;
  channel: Channel;
  state: SyncState;
  lastSyncAt: number | null;
  lastError: string | null;
  /** While syncing: what this run has pulled so far. */
  progress?: { pulled: number; pages: number } | null;
  /** When the next pull is planned (null: only on "sync now", e.g. after a rejected sign-in). */
  nextSyncAt?: number | null;
}

export type UiLocale = 'en' | 'zh-CN';
