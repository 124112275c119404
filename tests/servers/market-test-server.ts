// A minimal marketplace-like JSON API for the sync engine's tests: buyer messages in a sequence the
// client pages through (`GET /api/messages?after=<seq>&limit=<n>`), orders referenced by them, and
// `POST /api/messages` that honours an `Idempotency-Key` header the way payment and marketplace APIs
// do: a repeated key returns the first answer and creates nothing. Bearer API key auth, 429 with
// Retry-After, 5xx and malformed entries can be switched on by the test. It remembers every key it
// accepted, so a test can prove that a reply reached the platform exactly once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MarketMessage {
  id: string;
  seq: number;
  threadId: string;
  direction: 'in' | 'out';
  from: { id: string; name: string; email: string | null };
  subject: string;
  body: string;
  sentAt: string;
  orderId: string | null;
}

export interface MarketOrder {
  id: string;
  buyerId: string;
  buyerName: string;
  placedAt: string;
  status: 'unshipped' | 'shipped';
  currency: string;
  total: number;
  items: { sku: string; title: string; quantity: number; price: number }[];
}

export interface InjectedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Which requests: GET (pull) or POST (send). Default: both. */
  method?: 'GET' | 'POST';
}

export interface MarketTestServer {
  readonly url: string;
  readonly port: number;
  apiKey: string;
  /** Every message, inbound and sent, in sequence order. Entries in `malformed` are served broken. */
  messages: MarketMessage[];
  orders: Map<string, MarketOrder>;
  /** Sequence numbers served as an unparsable entry (missing fields, body not text). */
  malformed: Set<number>;
  /** POSTs seen per idempotency key (counts retries) and the message each key created. */
  postsByKey: Map<string, number>;
  acceptedByKey: Map<string, MarketMessage>;
  /** Open push streams (GET /api/events). */
  watching(): number;
  /** GET /api/messages requests served (a test of incremental sync counts these). */
  pulls: { after: number; served: number }[];
  failNext(count: number, failure: InjectedFailure): void;
  /** Delay before each answer (lets a crash test kill the client mid-request). */
  delayMs: number;
  /** Called after a POST was accepted and stored, before the answer is written. */
  onAccepted: ((key: string, message: MarketMessage) => Promise<void> | void) | null;
  addInbound(count: number, options?: { threads?: number; startAt?: number; withOrders?: boolean }): void;
  /** Stops listening (the client sees "connection refused"), keeping all data. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

export async function startMarketTestServer(options: { port?: number; apiKey?: string; idPrefix?: string } = {}): Promise<MarketTestServer> {
  // Distinct ids for a second server feeding the same account (combined connectors).
  const pre = options.idPrefix ? `${options.idPrefix}-` : '';
  const failures: InjectedFailure[] = [];
  // Open `GET /api/events` streams: each gets a line when new messages arrive (push for the engine).
  const watchers = new Set<http.ServerResponse>();
  const sockets = new Set<import('node:net').Socket>();
  let server: http.Server;
  let port = options.port ?? 0;

  const state: MarketTestServer = {
    url: '',
    port: 0,
    apiKey: options.apiKey ?? 'test-api-key-0123456789',
    messages: [],
    orders: new Map(),
    malformed: new Set(),
    postsByKey: new Map(),
    acceptedByKey: new Map(),
    pulls: [],
    delayMs: 0,
    onAccepted: null,
    watching: () => watchers.size,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    addInbound(count, opts = {}) {
      const threads = opts.threads ?? Math.max(1, Math.ceil(count / 4));
      const startAt = opts.startAt ?? Date.UTC(2026, 10, 1);
      for (let i = 0; i < count; i++) {
        const seq = state.messages.length + 1;
        const thread = (seq - 1) % threads;
        const orderId = opts.withOrders === false ? null : `${pre}ORD-${1000 + thread}`;
        if (orderId && !state.orders.has(orderId)) {
          state.orders.set(orderId, {
            id: orderId,
            buyerId: `buyer-${thread}`,
            buyerName: `Buyer ${thread}`,
            placedAt: new Date(startAt - 86_400_000).toISOString(),
            status: 'shipped',
            currency: 'EUR',
            total: 19.99,
            items: [{ sku: `SKU-${thread}`, title: `Item ${thread}`, quantity: 1, price: 19.99 }],
          });
        }
        state.messages.push({
          id: `${pre}msg-${seq}`,
          seq,
          threadId: `${pre}thread-${thread}`,
          direction: 'in',
          from: { id: `buyer-${thread}`, name: `Buyer ${thread}`, email: `buyer${thread}@example.com` },
          subject: `Question about order ${orderId ?? thread}`,
          body: `Message ${seq}: where is my parcel? (thread ${thread})`,
          sentAt: new Date(startAt + seq * 60_000).toISOString(),
          orderId,
        });
      }
      for (const res of watchers) res.write(`data: ${JSON.stringify({ type: 'messages', last: state.messages.length })}\n\n`);
    },
    async goDown() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    async comeBack() {
      await listen();
    },
    async close() {
      await state.goDown().catch(() => undefined);
    },
  };

  const wire = (m: MarketMessage) =>
    state.malformed.has(m.seq)
      ? // Broken on purpose: no thread, no sender, a body that is not text.
        { id: m.id, seq: m.seq, body: { unexpected: true }, raw: `%%broken entry ${m.seq}%%` }
      : m;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
    if (req.headers.authorization !== `Bearer ${state.apiKey}`) {
      return json(res, 401, { error: { code: 'unauthorized', message: 'The API key is not valid.' } });
    }
    const failure = failures[0];
    if (failure && (!failure.method || failure.method === req.method)) {
      failures.shift();
      return json(res, failure.status, failure.body ?? { error: { code: `http_${failure.status}`, message: `Injected ${failure.status}` } }, failure.headers);
    }

    if (req.method === 'GET' && url.pathname === '/api/ping') return json(res, 200, { ok: true });

    if (req.method === 'GET' && url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': watching\n\n');
      watchers.add(res);
      req.on('close', () => watchers.delete(res));
      return;
    }

    if (req.method === 'GET' && url.pathname === '/api/messages') {
      const after = Number(url.searchParams.get('after') ?? '0');
      const limit = Math.min(200, Number(url.searchParams.get('limit') ?? '50'));
      const page = state.messages.filter((m) => m.seq > after).slice(0, limit);
      const last = page.at(-1)?.seq ?? after;
      const hasMore = state.messages.some((m) => m.seq > last);
      const orderIds = new Set(page.map((m) => m.orderId).filter((x): x is string => !!x));
      state.pulls.push({ after, served: page.length });
      return json(res, 200, {
        messages: page.map(wire),
        orders: [...orderIds].map((id) => state.orders.get(id)).filter(Boolean),
        next: hasMore ? String(last) : null,
        last: String(last),
      });
    }

    if (req.method === 'POST' && url.pathname === '/api/messages') {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key.length < 8) return json(res, 400, { error: { code: 'missing_key', message: 'Idempotency-Key header is required.' } });
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      let body: { threadId?: unknown; text?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return json(res, 400, { error: { code: 'bad_json', message: 'Body is not JSON.' } });
      }
      state.postsByKey.set(key, (state.postsByKey.get(key) ?? 0) + 1);
      const earlier = state.acceptedByKey.get(key);
      if (earlier) return json(res, 200, { id: earlier.id, sentAt: earlier.sentAt, replayed: true });
      if (typeof body.threadId !== 'string' || typeof body.text !== 'string') {
        return json(res, 422, { error: { code: 'invalid_message', message: 'threadId and text are required.' } });
      }
      if (!state.messages.some((m) => m.threadId === body.threadId)) {
        return json(res, 422, { error: { code: 'conversation_closed', message: `Conversation ${body.threadId} no longer accepts messages.` } });
      }
      if (body.text.includes('@')) {
        return json(res, 422, { error: { code: 'contains_email', message: 'Messages may not contain email addresses.' } });
      }
      const seq = state.messages.length + 1;
      const message: MarketMessage = {
        id: `${pre}msg-${seq}`,
        seq,
        threadId: body.threadId,
        direction: 'out',
        from: { id: 'seller', name: 'Seller', email: null },
        subject: '',
        body: body.text,
        sentAt: new Date().toISOString(),
        orderId: null,
      };
      state.messages.push(message);
      state.acceptedByKey.set(key, message);
      if (state.onAccepted) await state.onAccepted(key, message);
      return json(res, 201, { id: message.id, sentAt: message.sentAt });
    }

    return json(res, 404, { error: { code: 'not_found', message: `${req.method} ${url.pathname} does not exist.` } });
  }

  function listen(): Promise<void> {
    server = http.createServer((req, res) => {
      handle(req, res).catch((error) => {
        if (!res.headersSent) json(res, 500, { error: { code: 'internal', message: String(error) } });
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        Object.assign(state, { port, url: `http://127.0.0.1:${port}` });
        resolve();
      });
    });
  }

  await listen();
  return state;
}
