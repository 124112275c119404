// The seam between the sync engine and each platform. A connector knows one platform's wire format;
// the engine owns scheduling, cursors, backoff, persistence and the outbox. Connectors never touch
// the database: they return data in the ingest vocabulary and the engine stores it together with
// the advanced cursor in one transaction.
import type { ZodType } from 'zod';
import type { Channel } from '../../src-shared/domain/types';
import type { IncomingMessage, IncomingOrder } from '../ingest/incoming';

/** Opaque per-account position in the platform's history (UIDs, page tokens, updated-after times). */
export type SyncCursor = Record<string, unknown>;

export interface PullResult {
  messages: IncomingMessage[];
  orders: IncomingOrder[];
  /** Messages that could not be parsed: kept with their raw source, shown as "could not parse". */
  unparsable: UnparsableItem[];
  /** Where to continue from. Stored in the same transaction as the data above. */
  cursor: SyncCursor;
  /** True when the platform has more right now: the engine pulls again at once. */
  more: boolean;
}

export interface UnparsableItem {
  accountId: number;
  externalId: string;
  reason: string;
  raw: string;
  receivedAt: number;
  /** The thread it belongs to, when that much could be read; otherwise it gets a conversation of its own. */
  conversationExternalId?: string;
  subject?: string;
  /** Who sent it, when known (e.g. the From header); shown on the "could not parse" item. */
  from?: string;
}

/** One reply leaving the outbox. */
export interface OutgoingReply {
  outboxId: number;
  accountId: number;
  /** Stable across retries: Message-ID for mail, a stored key for APIs. Resending with it is safe. */
  idempotencyKey: string;
  conversationExternalId: string;
  /** The platform's id of the message being answered (In-Reply-To for mail). */
  inReplyToExternalId: string | null;
  orderExternalId: string | null;
  to: { handle: string; name: string; email: string | null };
  subject: string;
  bodyText: string;
  attachments: { fileName: string; mimeType: string; path: string }[];
  /** For platforms that only send fixed message kinds (Amazon Messaging: 'confirmOrderDetails' ...). */
  messageType?: string | null;
}

export interface SentReceipt {
  /** The platform's id for the sent message, stored so the next pull recognises it. */
  externalId: string;
  sentAt: number;
}

export interface Connector {
  readonly channel: Channel;
  /** Checks credentials and reachability; throws a ConnectorError with a readable message. */
  test(signal?: AbortSignal): Promise<void>;
  /** Fetches what is new after `cursor` (null on the first sync). */
  pull(cursor: SyncCursor | null, signal?: AbortSignal): Promise<PullResult>;
  send(reply: OutgoingReply, signal?: AbortSignal): Promise<SentReceipt>;
  close?(): Promise<void>;
  /** Host and port the connector talks to: the engine probes them to tell "offline" from "failing". */
  readonly endpoint?: { host: string; port: number };
  /**
   * Push, where the platform has it (IMAP IDLE, a streaming endpoint): `onChange` when something new
   * arrived (the engine then pulls), `onError` once if watching ends other than by the returned stop
   * (the engine keeps polling and watches again after its next good pull).
   */
  watch?(onChange: () => void, onError?: (error: ConnectorError) => void): Promise<() => Promise<void>>;
}

/** One field of an account's set-up form. Secret fields go to the OS keychain, never to SQLite. */
export interface ConnectorField {
  name: string;
  /** English label; the renderer translates known names and falls back to this. */
  label: string;
  kind: 'text' | 'url' | 'number' | 'secret' | 'email';
  required: boolean;
  placeholder?: string;
}

/** What a connector gets when the engine creates it for one account. */
export interface ConnectorContext<Settings> {
  accountId: number;
  settings: Settings;
  /** The account's secrets as read from the keychain (passwords, refresh tokens ...). */
  secrets: Readonly<Record<string, string>>;
  /** Stores a rotated secret (e.g. a new refresh token) back into the keychain. */
  saveSecret(name: string, value: string): Promise<void>;
  /** Folder for files such as attachments (inside the data folder). */
  dataDir: string;
}

/**
 * How a platform plugs in: connectors register one of these per channel (see
 * src-main/sync/engine/connector-registry.ts); accounts are validated and created through it.
 */
export interface ConnectorDefinition<Settings = unknown> {
  channel: Channel;
  /** Validates the non-secret settings of an account (host, port, marketplace, region ...). */
  settingsSchema: ZodType<Settings>;
  fields: readonly ConnectorField[];
  create(context: ConnectorContext<Settings>): Connector;
}

export type ConnectorErrorKind =
  /** Credentials rejected even after a refresh: the user must reconnect. */
  | 'auth'
  /** Throttled; retry no earlier than retryAfterMs. */
  | 'rate_limited'
  /** Network down, timeout, 5xx: retry with backoff. */
  | 'transient'
  /** The platform refused for good (e.g. message not allowed for this order): shown with its reason. */
  | 'permanent';

export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly options: { retryAfterMs?: number; platformCode?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ConnectorError';
  }
}
