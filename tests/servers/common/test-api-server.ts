// A real local HTTP server for connector tests: routes answer in the platform's wire format, every
// request is recorded with the server's own receive time (so tests measure waits without wall-clock
// asserts), and faults can be injected for the next N matching requests: 401/403 expired token,
// 429 with or without Retry-After, 5xx, and malformed JSON bodies.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface RecordedRequest {
  /** Server receive time, ms (performance clock, monotonic). */
  at: number;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
  /** What the server answered (to tell a THROTTLED GraphQL answer from a normal 200). */
  responseBody: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Object bodies are JSON-encoded; strings are sent as they are. */
  body?: unknown;
}

export interface IncomingTestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
  form(): URLSearchParams;
}

export type Fault =
  | { kind: 'expired-token' }
  | { kind: 'throttle'; retryAfterSeconds?: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'malformed' };

interface PendingFault {
  match: RegExp;
  fault: Fault;
  remaining: number;
}

export type Handler = (req: IncomingTestRequest) => Reply | Promise<Reply>;

/** Issues access tokens and forgets them on demand (to simulate expiry). */
export class TokenIssuer {
  private readonly valid = new Set<string>();
  issued = 0;
  issue(prefix: string): string {
    const token = `${prefix}${randomUUID()}`;
    this.valid.add(token);
    this.issued++;
    return token;
  }
  isValid(token: string | undefined | null): boolean {
    return !!token && this.valid.has(token);
  }
  /** Every token issued so far stops working, as after its expires_in. */
  expireAll(): void {
    this.valid.clear();
  }
}

export abstract class TestApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly tokens = new TokenIssuer();
  private readonly faults: PendingFault[] = [];
  private server: http.Server | null = null;
  baseUrl = '';

  /** The platform's answer to a fault, in its own error format. */
  protected abstract faultReply(fault: Fault, req: IncomingTestRequest): Reply | Promise<Reply>;
  protected abstract route(req: IncomingTestRequest): Reply | Promise<Reply>;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** The next `times` requests whose path matches get `fault` instead of their normal answer. */
  injectFault(match: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ match, fault, remaining: times });
  }

  requestsTo(match: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => match.test(r.path));
  }

  private takeFault(path: string): Fault | null {
    const f = this.faults.find((x) => x.remaining > 0 && x.match.test(path));
    if (!f) return null;
    f.remaining--;
    return f.fault;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const incoming: IncomingTestRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      json: <T>() => JSON.parse(body) as T,
      form: () => new URLSearchParams(body),
    };
    let reply: Reply;
    try {
      const fault = this.takeFault(url.pathname);
      reply = fault ? await this.faultReply(fault, incoming) : await this.route(incoming);
    } catch (err) {
      reply = { status: 500, body: { errors: [{ code: 'InternalFailure', message: String(err) }] } };
    }
    const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
    this.requests.push({ at, method: incoming.method, path: url.pathname, query: url.searchParams, headers: req.headers, body, status: reply.status, responseBody: text });
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(text);
  }
}

/** A body that starts like JSON and breaks off, as from a proxy cutting the connection. */
export const MALFORMED_BODY = '{"payload": {"orders": [ {"truncated": ';
