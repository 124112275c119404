// eBay through its REST APIs: buyer conversations from the Commerce Message API and orders with their
// shipping fulfillments (carrier, tracking number) from the Sell Fulfillment API. OAuth user token minted
// from the refresh token at /identity/v1/oauth2/token (Basic client credentials).
//
// Incremental sync: each stream (messages, orders) pins a window [since, now - 1 min] and walks it by
// offset, one page per pull(), restarting the window when a record left it mid-pass (ebay-windows.ts);
// the next pass starts where this one ended. Only FROM_MEMBERS
// conversations are read (start_time/end_time work only for those; FROM_EBAY notices are not buyer mail).
// A conversation in the window is read whole (getConversation pages) and its messages inside the window
// are returned, so nothing older is fetched twice into the cache.
//
// Sending: sendMessage takes no idempotency key, so before posting, the connector looks in the
// conversation for a message from this seller with the same text sent within `idempotencyWindowMs`
// (default 24 h): when the earlier attempt was accepted but its answer lost, that message is the receipt.
import type { Channel } from '../../../src-shared/domain/types';
import { ConnectorError, type Connector, type OutgoingReply, type PullResult, type SentReceipt, type SyncCursor, type UnparsableItem } from '../../sync/connector';
import type { IncomingMessage, IncomingOrder } from '../../ingest/incoming';
import { ApiClient, readErrorsArray } from '../http/api-client';
import { hostAndPort, unreadableId } from '../http/http-client';
import { isoToMs } from '../http/money';
import { RefreshingTokenSource, requestAccessToken } from '../http/oauth-token';
import { mapEbayMessage, mapEbayOrder, type ConversationContext } from './ebay-mapping';
import { judgePage, openWindow, readWindow, type SyncWindow } from './ebay-windows';

export interface EbayConnectorConfig {
  accountId: number;
  /** This account's eBay username: messages it sent are outbound. */
  sellerUsername: string;
  credentials: { clientId: string; clientSecret: string; refreshToken: string };
  /** Defaults to https://api.ebay.com (tests point it at a local server). */
  apiBaseUrl?: string;
  /** Defaults to `${apiBaseUrl}/identity/v1/oauth2/token`. */
  tokenUrl?: string;
  scopes?: string[];
  initialLookbackDays?: number;
  conversationPageSize?: number;
  orderPageSize?: number;
  idempotencyWindowMs?: number;
  maxInlineWaitMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export const EBAY_API_BASE = 'https://api.ebay.com';
export const EBAY_SCOPES = [
  'https://api.ebay.com/oauth/api_scope/commerce.message',
  'https://api.ebay.com/oauth/api_scope/sell.fulfillment.readonly',
];

const LAG_MS = 60_000;
const MESSAGE_MAX = 2000;
const MSG = '/commerce/message/v1';
const FUL = '/sell/fulfillment/v1';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});

export class EbayConnector implements Connector {
  readonly channel: Channel = 'ebay';
  private readonly api: ApiClient;
  private readonly now: () => number;
  /** Where the engine probes to tell "offline" from "failing". */
  readonly endpoint: { host: string; port: number };

  constructor(private readonly config: EbayConnectorConfig) {
    this.now = config.now ?? Date.now;
    const base = (config.apiBaseUrl ?? EBAY_API_BASE).replace(/\/+$/, '');
    this.endpoint = hostAndPort(base);
    const basic = Buffer.from(`${config.credentials.clientId}:${config.credentials.clientSecret}`).toString('base64');
    const token = new RefreshingTokenSource((signal) =>
      requestAccessToken(
        {
          label: 'eBay',
          tokenUrl: config.tokenUrl ?? `${base}/identity/v1/oauth2/token`,
          headers: { authorization: `Basic ${basic}` },
          form: { grant_type: 'refresh_token', refresh_token: config.credentials.refreshToken, scope: (config.scopes ?? EBAY_SCOPES).join(' ') },
          timeoutMs: config.timeoutMs,
        },
        Date.now,
        signal,
      ),
    );
    this.api = new ApiClient({
      label: 'eBay',
      baseUrl: base,
      token,
      authHeaders: (t) => ({ authorization: `Bearer ${t}` }),
      readError: readErrorsArray,
      defaultRetryAfterMs: 60_000,
      maxInlineWaitMs: config.maxInlineWaitMs,
      timeoutMs: config.timeoutMs,
    });
  }

  async test(signal?: AbortSignal): Promise<void> {
    await this.api.call({ operation: 'getConversations', method: 'GET', path: `${MSG}/conversation`, query: { conversation_type: 'FROM_MEMBERS', limit: 1 }, signal });
  }

  async pull(cursor: SyncCursor | null, signal?: AbortSignal): Promise<PullResult> {
    const initial = new Date(this.now() - (this.config.initialLookbackDays ?? 30) * 86_400_000).toISOString();
    const msgWin = readWindow(cursor?.messages) ?? { since: initial };
    const ordWin = readWindow(cursor?.orders) ?? { since: initial };
    const result: PullResult = { messages: [], orders: [], unparsable: [], cursor: {}, more: false };

    const m = await this.pullConversations(msgWin, result.messages, result.unparsable, signal);
    const o = await this.pullOrders(ordWin, result.orders, result.unparsable, signal);
    result.cursor = { messages: m.next, orders: o.next };
    result.more = m.more || o.more;
    return result;
  }

  private passEnd(): string {
    return new Date(this.now() - LAG_MS).toISOString();
  }

  private async pullConversations(cursor: SyncWindow, out: IncomingMessage[], bad: UnparsableItem[], signal?: AbortSignal): Promise<{ next: SyncWindow; more: boolean }> {
    const w = openWindow(cursor, this.passEnd());
    if (!w) return { next: { since: cursor.since }, more: false };
    const until = w.until;
    const limit = this.config.conversationPageSize ?? 50;
    const res = await this.api.call({
      operation: 'getConversations',
      method: 'GET',
      path: `${MSG}/conversation`,
      query: { conversation_type: 'FROM_MEMBERS', start_time: w.since, end_time: until, limit, offset: w.offset },
      signal,
    });
    const body = obj(res.body);
    // An empty result may omit the list but says total 0; any other shape must not advance the cursor.
    if (!Array.isArray(body.conversations) && body.total !== 0) throw malformed('getConversations', 'conversations', res.text);
    const verdict = judgePage(w, { total: typeof body.total === 'number' ? body.total : null, hasNext: typeof body.next === 'string' && body.next !== '', limit });
    if (!verdict.use) return verdict;
    const from = Date.parse(w.since);
    const to = Date.parse(until);
    for (const raw of (body.conversations as unknown[] | undefined) ?? []) {
      const c = obj(raw);
      if (typeof c.conversationId !== 'string') {
        bad.push(this.unparsable(unreadableId('conversation', raw), 'eBay conversation has no conversationId', raw));
        continue;
      }
      const ctx: ConversationContext = {
        conversationId: c.conversationId,
        title: typeof c.conversationTitle === 'string' ? c.conversationTitle : 'eBay message',
        referenceId: typeof c.referenceId === 'string' ? c.referenceId : null,
        referenceType: typeof c.referenceType === 'string' ? c.referenceType : null,
      };
      for (const rawMsg of await this.conversationMessages(ctx.conversationId, signal)) {
        const t = isoToMs(obj(rawMsg).createdDate);
        if (t !== null && (t < from || t >= to)) continue;
        try {
          out.push(mapEbayMessage(rawMsg, ctx, this.config.sellerUsername, this.config.accountId));
        } catch (err) {
          const id = obj(rawMsg).messageId;
          bad.push(this.unparsable(typeof id === 'string' ? `message:${id}` : unreadableId('message', rawMsg), `eBay message could not be read: ${(err as Error).message}`, rawMsg));
        }
      }
    }
    return verdict;
  }

  /** Every message of one conversation (all pages). */
  private async conversationMessages(conversationId: string, signal?: AbortSignal, maxPages = Infinity): Promise<unknown[]> {
    const all: unknown[] = [];
    for (let offset = 0, page = 0; page < maxPages; page++) {
      const res = await this.api.call({
        operation: 'getConversation',
        method: 'GET',
        path: `${MSG}/conversation/${encodeURIComponent(conversationId)}`,
        query: { conversation_type: 'FROM_MEMBERS', limit: 50, offset },
        signal,
      });
      const body = obj(res.body);
      if (!Array.isArray(body.messages)) throw malformed('getConversation', 'messages', res.text);
      all.push(...body.messages);
      if (typeof body.next !== 'string' || body.next === '' || body.messages.length === 0) break;
      offset += body.messages.length;
    }
    return all;
  }

  private async pullOrders(cursor: SyncWindow, out: IncomingOrder[], bad: UnparsableItem[], signal?: AbortSignal): Promise<{ next: SyncWindow; more: boolean }> {
    const w = openWindow(cursor, this.passEnd());
    if (!w) return { next: { since: cursor.since }, more: false };
    const until = w.until;
    const limit = this.config.orderPageSize ?? 100;
    const res = await this.api.call({
      operation: 'getOrders',
      method: 'GET',
      path: `${FUL}/order`,
      query: { filter: `lastmodifieddate:[${w.since}..${until}]`, limit, offset: w.offset },
      signal,
    });
    const body = obj(res.body);
    if (!Array.isArray(body.orders) && body.total !== 0) throw malformed('getOrders', 'orders', res.text);
    const verdict = judgePage(w, { total: typeof body.total === 'number' ? body.total : null, hasNext: typeof body.next === 'string' && body.next !== '', limit });
    if (!verdict.use) return verdict;
    for (const raw of (body.orders as unknown[] | undefined) ?? []) {
      const o = obj(raw);
      const id = typeof o.orderId === 'string' ? o.orderId : null;
      try {
        const fulfillments = id && Array.isArray(o.fulfillmentHrefs) && o.fulfillmentHrefs.length > 0 ? await this.shippingFulfillments(id, signal) : [];
        out.push(mapEbayOrder(raw, fulfillments, this.config.accountId));
      } catch (err) {
        if (err instanceof ConnectorError) throw err;
        bad.push(this.unparsable(id ? `order:${id}` : unreadableId('order', raw), `eBay order could not be read: ${(err as Error).message}`, raw));
      }
    }
    return verdict;
  }

  private async shippingFulfillments(orderId: string, signal?: AbortSignal): Promise<unknown[]> {
    const res = await this.api.call({ operation: 'getShippingFulfillments', method: 'GET', path: `${FUL}/order/${encodeURIComponent(orderId)}/shipping_fulfillment`, signal });
    const list = obj(res.body).fulfillments;
    if (list !== undefined && !Array.isArray(list)) throw malformed('getShippingFulfillments', 'fulfillments', res.text);
    return (list as unknown[] | undefined) ?? [];
  }

  async send(reply: OutgoingReply, signal?: AbortSignal): Promise<SentReceipt> {
    const text = reply.bodyText;
    if (text.trim() === '') throw new ConnectorError('permanent', 'The eBay message is empty.');
    if (text.length > MESSAGE_MAX) throw new ConnectorError('permanent', `eBay messages are limited to ${MESSAGE_MAX} characters (this one has ${text.length}).`);
    if (reply.attachments.length > 0) throw new ConnectorError('permanent', 'eBay messages take media by public HTTPS URL only; attach files by email instead.');
    const conversationId = reply.conversationExternalId || null;
    // An earlier attempt may have been accepted with its answer lost: find it before sending again.
    for (const id of conversationId ? [conversationId] : await this.conversationsWith(reply.to.handle, signal)) {
      const earlier = await this.findSentCopy(id, text, signal);
      if (earlier) return earlier;
    }
    const res = await this.api.call({
      operation: 'sendMessage',
      method: 'POST',
      path: `${MSG}/send_message`,
      json: conversationId ? { conversationId, messageText: text } : { otherPartyUsername: reply.to.handle, messageText: text },
      signal,
    });
    const body = obj(res.body);
    if (typeof body.messageId !== 'string') throw malformed('sendMessage', 'messageId', res.text);
    return { externalId: body.messageId, sentAt: isoToMs(body.createdDate) ?? this.now() };
  }

  /** The most recent conversations with one member (a first message to a buyer has no conversation id yet). */
  private async conversationsWith(username: string, signal?: AbortSignal): Promise<string[]> {
    const res = await this.api.call({
      operation: 'getConversations',
      method: 'GET',
      path: `${MSG}/conversation`,
      query: { conversation_type: 'FROM_MEMBERS', other_party_username: username, limit: 10 },
      signal,
    });
    const list = obj(res.body).conversations;
    return (Array.isArray(list) ? list : []).map((c) => obj(c).conversationId).filter((id): id is string => typeof id === 'string');
  }

  /** A message this seller already sent in the conversation with the same text, recently: the earlier attempt's result. */
  private async findSentCopy(conversationId: string, text: string, signal?: AbortSignal): Promise<SentReceipt | null> {
    const oldest = this.now() - (this.config.idempotencyWindowMs ?? 86_400_000);
    const seller = this.config.sellerUsername.toLowerCase();
    for (const raw of await this.conversationMessages(conversationId, signal, 4)) {
      const m = obj(raw);
      const at = isoToMs(m.createdDate);
      if (
        typeof m.messageId === 'string' &&
        String(m.senderUsername ?? '').toLowerCase() === seller &&
        m.messageBody === text &&
        at !== null &&
        at >= oldest
      ) {
        return { externalId: m.messageId, sentAt: at };
      }
    }
    return null;
  }

  /** updateConversation: mark read/unread, or move to ACTIVE / ARCHIVE / DELETE. */
  async updateConversation(conversationId: string, change: { read: boolean } | { status: 'ACTIVE' | 'ARCHIVE' | 'DELETE' }, signal?: AbortSignal): Promise<void> {
    await this.api.call({
      operation: 'updateConversation',
      method: 'POST',
      path: `${MSG}/update_conversation`,
      json: { conversationId, conversationType: 'FROM_MEMBERS', ...('read' in change ? { read: change.read } : { conversationStatus: change.status }) },
      signal,
    });
  }

  private unparsable(externalId: string, reason: string, raw: unknown): UnparsableItem {
    return { accountId: this.config.accountId, externalId, reason, raw: JSON.stringify(raw), receivedAt: this.now() };
  }
}

function malformed(operation: string, field: string, text: string): ConnectorError {
  return new ConnectorError('transient', `eBay ${operation}: the answer has no "${field}" list (starts with ${JSON.stringify(text.slice(0, 80))}).`, {
    platformCode: 'malformed_body',
  });
}
