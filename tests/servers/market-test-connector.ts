// The connector for tests/servers/market-test-server.ts: a real HTTP client of that API, registered
// only in test registries (never in the app's). It maps the server's entries to the ingest vocabulary,
// turns broken entries into "unparsable" items with their raw text, and its HTTP failures into
// ConnectorErrors the engine acts on (401 auth, 429 rate_limited with Retry-After, 5xx transient).
import { z } from 'zod';
import type { Channel } from '../../src-shared/domain/types';
import type { IncomingMessage, IncomingOrder } from '../../src-main/ingest/incoming';
import type { MarketOrder } from './market-test-server';
import {
  ConnectorError,
  type Connector,
  type ConnectorDefinition,
  type OutgoingReply,
  type PullResult,
  type SentReceipt,
  type UnparsableItem,
} from '../../src-main/sync/connector';

export const marketSettingsSchema = z
  .object({
    baseUrl: z.string().url('baseUrl must be a URL'),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type MarketSettings = z.infer<typeof marketSettingsSchema>;

const wireMessage = z.object({
  id: z.string(),
  seq: z.number(),
  threadId: z.string(),
  direction: z.enum(['in', 'out']),
  from: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
  orderId: z.string().nullable(),
});

/**
 * `prefix` renames the fields (e.g. 'orders' -> ordersBaseUrl, ordersApiKey) so that two of these can
 * be parts of one combined account.
 */
export function marketTestConnector(channel: Channel = 'ebay', prefix = ''): ConnectorDefinition<MarketSettings> {
  const name = (n: string) => (prefix ? `${prefix}${n[0]!.toUpperCase()}${n.slice(1)}` : n);
  const schema = prefix
    ? z
        .object({ [name('baseUrl')]: z.string().url(`${name('baseUrl')} must be a URL`), [name('pageSize')]: z.number().int().min(1).max(200).default(50) })
        .strict()
        .transform((s) => ({ baseUrl: s[name('baseUrl')] as string, pageSize: s[name('pageSize')] as number }))
    : marketSettingsSchema;
  return {
    channel,
    settingsSchema: schema,
    fields: [
      { name: name('baseUrl'), label: 'API address', kind: 'url', required: true, placeholder: 'http://127.0.0.1:8080' },
      { name: name('apiKey'), label: 'API key', kind: 'secret', required: true },
    ],
    create: ({ accountId, settings, secrets }) => createMarketConnector(channel, accountId, settings, secrets[name('apiKey')] ?? ''),
  };
}

function createMarketConnector(channel: Channel, accountId: number, settings: MarketSettings, apiKey: string): Connector {
  const base = new URL(settings.baseUrl);

  async function request(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) {
    let res: Response;
    try {
      res = await fetch(new URL(path, base), {
        method,
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw new ConnectorError('transient', `Cannot reach ${base.host}: ${(error as Error).message}`, { cause: error });
    }
    const text = await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      throw new ConnectorError('transient', `${base.host} answered ${res.status} with a body that is not JSON.`);
    }
    if (res.ok) return data;
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    const reason = err?.message ?? `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) throw new ConnectorError('auth', `Sign-in rejected: ${reason}`, { platformCode: err?.code });
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after'));
      throw new ConnectorError('rate_limited', `Throttled: ${reason}`, {
        retryAfterMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined,
        platformCode: err?.code,
      });
    }
    if (res.status >= 500) throw new ConnectorError('transient', `${base.host} failed (${res.status}): ${reason}`, { platformCode: err?.code });
    throw new ConnectorError('permanent', reason, { platformCode: err?.code });
  }

  const toMessage = (m: z.infer<typeof wireMessage>): IncomingMessage => ({
    accountId,
    externalId: m.id,
    conversationExternalId: m.threadId,
    subject: m.subject,
    direction: m.direction === 'in' ? 'inbound' : 'outbound',
    authorKind: m.direction === 'in' ? 'customer' : 'agent',
    authorName: m.from.name,
    bodyText: m.body,
    sentAt: Date.parse(m.sentAt),
    orderExternalId: m.orderId,
    customer: m.direction === 'in' ? { channel, handle: m.from.id, name: m.from.name, email: m.from.email } : { channel, handle: 'unknown', name: 'Unknown' },
  });

  const toOrder = (o: MarketOrder): IncomingOrder => ({
    accountId,
    externalId: o.id,
    customer: { channel, handle: o.buyerId, name: o.buyerName },
    placedAt: Date.parse(o.placedAt),
    status: o.status,
    currency: o.currency,
    totalMinor: Math.round(o.total * 100),
    items: o.items.map((i) => ({ sku: i.sku, title: i.title, quantity: i.quantity, unitPriceMinor: Math.round(i.price * 100) })),
    shipments: [],
  });

  return {
    channel,
    endpoint: { host: base.hostname, port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)) },
    async test(signal) {
      await request('GET', '/api/ping', undefined, {}, signal);
    },
    async pull(cursor, signal): Promise<PullResult> {
      const after = typeof cursor?.after === 'string' ? cursor.after : '0';
      const page = (await request('GET', `/api/messages?after=${encodeURIComponent(after)}&limit=${settings.pageSize}`, undefined, {}, signal)) as {
        messages: unknown[];
        orders: MarketOrder[];
        next: string | null;
        last: string;
      };
      const messages: IncomingMessage[] = [];
      const unparsable: UnparsableItem[] = [];
      for (const entry of page.messages) {
        const parsed = wireMessage.safeParse(entry);
        if (parsed.success) {
          // Our own replies come back here too; the outbox already holds them under this id.
          messages.push(toMessage(parsed.data));
          continue;
        }
        const id = (entry as { id?: unknown })?.id;
        unparsable.push({
          accountId,
          externalId: typeof id === 'string' ? id : `unparsable-${after}-${unparsable.length}`,
          reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          raw: JSON.stringify(entry),
          receivedAt: Date.now(),
        });
      }
      return { messages, orders: page.orders.map(toOrder), unparsable, cursor: { after: page.last }, more: page.next !== null };
    },
    async watch(onChange, onError) {
      const abort = new AbortController();
      let res: Response;
      try {
        res = await fetch(new URL('/api/events', base), { headers: { authorization: `Bearer ${apiKey}` }, signal: abort.signal });
      } catch (error) {
        throw new ConnectorError('transient', `Cannot watch ${base.host}: ${(error as Error).message}`, { cause: error });
      }
      if (!res.ok || !res.body) throw new ConnectorError('transient', `Cannot watch ${base.host}: HTTP ${res.status}`);
      let stopped = false;
      const reader = res.body.getReader();
      void (async () => {
        const decoder = new TextDecoder();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (decoder.decode(value).includes('data:')) onChange();
          }
          if (!stopped) onError?.(new ConnectorError('transient', 'The event stream ended.'));
        } catch (error) {
          if (!stopped) onError?.(new ConnectorError('transient', `The event stream broke: ${(error as Error).message}`));
        }
      })();
      return async () => {
        stopped = true;
        abort.abort();
      };
    },
    async send(reply: OutgoingReply, signal): Promise<SentReceipt> {
      const sent = (await request(
        'POST',
        '/api/messages',
        { threadId: reply.conversationExternalId, text: reply.bodyText },
        { 'idempotency-key': reply.idempotencyKey },
        signal,
      )) as { id: string; sentAt: string };
      return { externalId: sent.id, sentAt: Date.parse(sent.sentAt) };
    },
  };
}
